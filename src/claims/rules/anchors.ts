import { classEnd, groupBody, quantifierAt } from './regex-source.js'

/**
 * Literal prefixes of a rule's patterns. The scanner's gate is a trie of all prefixes: one small
 * regular expression that V8 runs at hundreds of MB/s, where a union of the full patterns would be
 * too large for V8 to optimise. At each hit only the rules whose prefixes fit are tried.
 *
 * A prefix is the literal text every match must begin with, read up to the first construct that is
 * not a plain literal (a class, an optional part, a lookaround after the start). A space stands for any whitespace.
 * `DIGIT` marks patterns that begin with `\d`. `null` means no prefix could be found: such a rule is
 * still matched, by a pass of its own over the whole text.
 */

export const DIGIT = '\\d'

const MAX_PREFIX_LENGTH = 10
const MANY_PREFIXES = 16
const STEM_LENGTH = 5
const MAX_PREFIXES = 1024
const MAX_CLASS_EXPANSION = 8

interface Parsed {
  prefixes: string[]
  /** The whole (sub)pattern was literal, so what follows it may extend the prefixes. */
  complete: boolean
  end: number
}

class PrefixParser {
  /** By start position: a group is parsed once to find its end and once for its strings. */
  private readonly alternations = new Map<number, Parsed>()

  constructor(
    private readonly source: string,
    private readonly caseSensitive: boolean,
  ) {}

  parseAlternation(position: number): Parsed {
    let parsed = this.alternations.get(position)
    if (parsed === undefined) {
      parsed = this.alternationAt(position)
      this.alternations.set(position, parsed)
    }
    return parsed
  }

  private alternationAt(position: number): Parsed {
    const prefixes: string[] = []
    let complete = true
    let at = position
    for (;;) {
      const branch = this.parseSequence(at)
      prefixes.push(...branch.prefixes)
      complete &&= branch.complete
      at = branch.end
      if (this.source[at] !== '|') return { prefixes, complete, end: at }
      at++
    }
  }

  /** Index after the atom starting at `at` (a group, a class, an escape or one character). */
  atomEnd(at: number): number {
    const char = this.source[at]
    if (char === '\\') return at + 2
    if (char === '[') return classEnd(this.source, at)
    if (char === '(') return this.parseAlternation(groupBody(this.source, at).start).end + 1
    return at + 1
  }

  private literal(char: string): string {
    return this.caseSensitive ? char : char.toLowerCase()
  }

  /** The strings an atom can stand for, or null when it is not a short list of literals. */
  private atomStrings(at: number): {
    strings: string[] | null
    complete: boolean
    zeroWidth: boolean
  } {
    const char = this.source[at]!
    if (char === '(') {
      const body = groupBody(this.source, at)
      // Lookarounds match no text: at a pattern's start, the prefix is read after them.
      if (body.lookaround) return { strings: [''], complete: true, zeroWidth: true }
      const inner = this.parseAlternation(body.start)
      return { strings: inner.prefixes, complete: inner.complete, zeroWidth: false }
    }
    if (char === '[') {
      const end = this.atomEnd(at)
      const body = this.source.slice(at + 1, end - 1)
      if (body.startsWith('^') || /\\[a-zA-Z]|.-./.test(body.replace(/\\[-\\\]'"/.]/g, 'x'))) {
        return { strings: null, complete: false, zeroWidth: false }
      }
      const chars = [
        ...new Set(
          body
            .replace(/\\(.)/g, '$1')
            .split('')
            .map((c) => this.literal(c)),
        ),
      ]
      return chars.length > MAX_CLASS_EXPANSION
        ? { strings: null, complete: false, zeroWidth: false }
        : { strings: chars, complete: true, zeroWidth: false }
    }
    if (char === '\\') {
      const escaped = this.source[at + 1] ?? ''
      if (escaped === 'd') return { strings: [DIGIT], complete: false, zeroWidth: false }
      if (escaped === 's') return { strings: [' '], complete: false, zeroWidth: false }
      if (escaped === 'b' || escaped === 'B')
        return { strings: [''], complete: true, zeroWidth: true }
      if (/[a-zA-Z0-9]/.test(escaped)) return { strings: null, complete: false, zeroWidth: false }
      return { strings: [this.literal(escaped)], complete: true, zeroWidth: false }
    }
    if ('.^$'.includes(char)) return { strings: null, complete: false, zeroWidth: false }
    return { strings: [this.literal(char)], complete: true, zeroWidth: false }
  }

  parseSequence(position: number): Parsed {
    let prefixes = ['']
    let extending = true
    let at = position
    while (at < this.source.length && this.source[at] !== '|' && this.source[at] !== ')') {
      const atomEnd = this.atomEnd(at)
      const { min, max, end } = quantifierAt(this.source, atomEnd)
      if (extending) {
        const atom = this.atomStrings(at)
        const atStart = prefixes.length === 1 && prefixes[0] === ''
        if (atom.zeroWidth) {
          if (!(atStart && atom.strings !== null)) extending = false
        } else if (
          atom.strings === null ||
          (min === 0 && max > 1) ||
          (!atStart && atom.strings.includes(DIGIT))
        ) {
          extending = false
        } else {
          const joined = prefixes.flatMap((prefix) =>
            prefix.endsWith(DIGIT) ? [prefix] : atom.strings!.map((s) => prefix + s),
          )
          // An optional atom ("s?", "(?:a )?") branches: with it and without it.
          const next = min === 0 ? [...prefixes, ...joined] : joined
          if (next.length > MAX_PREFIXES || prefixes.every((p) => p.length >= MAX_PREFIX_LENGTH)) {
            extending = false
          } else {
            prefixes = next
            const repeats = max !== min && !(min === 0 && max === 1)
            if (!atom.complete || repeats || prefixes.some((p) => p.endsWith(DIGIT)))
              extending = false
          }
        }
      }
      at = end
    }
    return { prefixes: prefixes.map((p) => p.replace(/\s+/g, ' ')), complete: extending, end: at }
  }
}

/**
 * `source` with its forward part tried before a lookbehind it opens with: `(?<=X)Y` becomes
 * `(?=Y)(?<=X)Y`, which matches the same. V8 runs a lookbehind where it stands, here scanning back
 * over up to some 80 characters at every place the gate sends the rule, where the forward part
 * most often fails on its first word. Measured on a 5,000-word article: the rule matchers' time
 * fell by a tenth.
 */
export function lookAheadFirst(source: string): string {
  if (!source.startsWith('(?<=')) return source
  const end = new PrefixParser(source, false).atomEnd(0)
  const rest = source.slice(end)
  return rest === '' ? source : `(?=${rest})${source.slice(0, end)}${rest}`
}

/** The top-level alternatives of a regular-expression source: each gets its own prefixes. */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(from, i))
      from = i + 1
    }
  }
  branches.push(source.slice(from))
  return branches
}

/**
 * Literal prefixes of a regular-expression source (with macros expanded, spaces still literal):
 * the gate's prefixes. A branch with many alternatives (a verb list with its inflections) is cut
 * to STEM_LENGTH characters, but not at the first word: `{num}` gives "a hun" and "a tho", not "a",
 * so the gate skips the many places ("a", "as", "at") where no rule can match.
 */
export function gatePrefixes(source: string, caseSensitive: boolean): string[] | null {
  const parsed = new PrefixParser(source, caseSensitive).parseAlternation(0).prefixes
  // Short prefixes keep the gate's trie small enough for V8 to optimise. Measured on the bench
  // article: stems of 5 characters cut the rule tries from 6,253 to 4,888 per scan (4 was the
  // setting before); stems of 6 made the gate itself five times slower.
  const length = parsed.length > MANY_PREFIXES ? STEM_LENGTH : MAX_PREFIX_LENGTH
  const prefixes = [...new Set(parsed.map((p) => (p === DIGIT ? p : p.slice(0, length))))]
  return prefixes.some((prefix) => prefix === '' || prefix === ' ') ? null : prefixes
}

/** Literal prefixes of a term: up to its first hyphen, which may also be a space or nothing. */
export function termPrefix(term: string, caseSensitive: boolean): string {
  const prefix = term.trim().replace(/\s+/g, ' ').split('-')[0]!.trim()
  return caseSensitive ? prefix : prefix.toLowerCase()
}

const escape = (char: string) => (/[.*+?^${}()|[\]\\/-]/.test(char) ? `\\${char}` : char)

interface TrieNode {
  children: Map<string, TrieNode>
  terminal: boolean
}

/** A regular-expression source matching the longest prefix of the set that starts at a position. */
export function trieSource(prefixes: string[]): string {
  const root: TrieNode = { children: new Map(), terminal: false }
  let digit = false
  for (const prefix of prefixes) {
    if (prefix === DIGIT) {
      digit = true
      continue
    }
    let node = root
    for (const char of prefix) {
      let next = node.children.get(char)
      if (next === undefined) {
        next = { children: new Map(), terminal: false }
        node.children.set(char, next)
      }
      node = next
    }
    node.terminal = true
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(
      ([char, child]) => (char === ' ' ? '\\s+' : escape(char)) + emit(child),
    )
    if (branches.length === 0) return ''
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
    if (!node.terminal) return body
    return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`
  }
  const words = root.children.size === 0 ? [] : [emit(root)]
  if (digit) words.push('\\d')
  return words.join('|')
}
