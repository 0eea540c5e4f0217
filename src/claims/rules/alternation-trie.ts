import { topLevelBranches } from './anchors.js'

/** Characters that begin something other than a plain literal in a regular expression. */
const SPECIAL = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$'])
const QUANTIFIER = new Set(['?', '*', '+', '{'])

/** How many leading characters of an alternative are plain literals, none of them quantified. */
function literalPrefixLength(source: string): number {
  let length = 0
  while (length < source.length && !SPECIAL.has(source[length]!) && !QUANTIFIER.has(source[length + 1] ?? '')) length++
  return length
}

type Entry = { rest: string }
/** One run of alternatives at a trie node: literal branches by first character, then a tail. */
type Segment = { branches: Map<string, Entry[]>; tail?: string }

/**
 * The same alternation with shared literal beginnings written once: `cancer|cancers|cataract`
 * becomes `ca(?:ncer(?:|s)|taract)`. A lexicon of hundreds of words is otherwise tried word by
 * word at every position a rule reaches it, the bulk of the scan's time.
 *
 * It matches exactly what the original matches, in the same order of preference: branches that
 * begin with different characters can never both match at one position, so only an alternative
 * that is not a plain literal (kept in place as a "tail") fixes the order of what surrounds it.
 */
export function alternationTrie(alternatives: string[]): string {
  const segments: Segment[] = [{ branches: new Map() }]
  for (const alternative of alternatives) {
    if (literalPrefixLength(alternative) === 0) {
      segments[segments.length - 1]!.tail = alternative
      segments.push({ branches: new Map() })
      continue
    }
    const branches = segments[segments.length - 1]!.branches
    const first = alternative[0]!
    const entries = branches.get(first) ?? []
    entries.push({ rest: alternative.slice(1) })
    branches.set(first, entries)
  }
  const parts: string[] = []
  for (const { branches, tail } of segments) {
    for (const [first, entries] of branches) parts.push(first + alternationTrie(entries.map((entry) => entry.rest)))
    if (tail !== undefined) parts.push(tail)
  }
  if (parts.length === 1) return parts[0]!
  return `(?:${parts.join('|')})`
}

/** A word list (`a|b|c` source) as one group, its shared beginnings factored out. */
export const wordList = (alternatives: string) => `(?:${alternationTrie(topLevelBranches(alternatives))})`
