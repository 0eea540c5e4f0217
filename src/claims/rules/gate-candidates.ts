import { compiledNow } from '../native-regexp.js'
import { DIGIT } from './anchors.js'
import type { CompiledRule } from './compile.js'

/** A rule's branch, matched only where its word boundaries are. */
export const bounded = (source: string) => `(?<!\\w)(?:${source})(?!\\w)`

/** One top-level alternative of a rule's term or pattern, and the prefixes its matches begin with. */
export interface GatedBranch {
  rule: CompiledRule
  source: string
  gates: string[]
}

/** What to try where the gate matched: the rules in pack order, each with a sticky matcher. */
export interface GateCandidates {
  rules: CompiledRule[]
  /** Per rule (same order): its branches that may start there, as one sticky pattern. */
  matchers: RegExp[]
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'

/**
 * The rules that may match where a pass's gate matched, by the text it matched. The gate is a trie
 * of every branch's gate prefixes and matches the longest one there, so a branch can start there
 * only if one of its gate prefixes is a prefix of that text (or is DIGIT and the text starts with
 * a digit). Each rule is tried on its own: measured on a 5,000-word article, one sticky union of
 * a prefix's rules tried first cost more than trying them one by one.
 */
export class GateCandidateIndex {
  /** Branch indexes by the first character of their gate prefixes, in pack order. */
  private readonly byFirstChar = new Map<string, number[]>()
  private readonly digitGated: number[] = []
  private readonly known = new Map<string, GateCandidates | null>()
  private readonly matcherBySource = new Map<string, RegExp>()

  constructor(
    private readonly branches: GatedBranch[],
    private readonly flags: string,
  ) {
    branches.forEach((branch, index) => {
      const firstChars = new Set(branch.gates.filter((gate) => gate !== DIGIT).map((gate) => gate[0]!))
      for (const char of firstChars) {
        const list = this.byFirstChar.get(char) ?? []
        list.push(index)
        this.byFirstChar.set(char, list)
      }
      if (branch.gates.includes(DIGIT)) this.digitGated.push(index)
    })
  }

  /** `gated`: the gate's match, lower-cased unless the pass is case-sensitive, single-spaced. */
  at(gated: string): GateCandidates | null {
    const known = this.known.get(gated)
    if (known !== undefined) return known
    const candidates = this.build(gated)
    this.known.set(gated, candidates)
    return candidates
  }

  private build(gated: string): GateCandidates | null {
    const indexes = new Set(this.byFirstChar.get(gated[0]!) ?? [])
    if (isDigit(gated[0])) this.digitGated.forEach((index) => indexes.add(index))
    const fitting = [...indexes]
      .sort((a, b) => a - b)
      .map((index) => this.branches[index]!)
      .filter((branch) =>
        branch.gates.some((gate) => (gate === DIGIT ? isDigit(gated[0]) : gated.startsWith(gate))),
      )
    if (fitting.length === 0) return null
    const sourcesByRule = new Map<CompiledRule, string[]>()
    for (const { rule, source } of fitting) sourcesByRule.set(rule, [...(sourcesByRule.get(rule) ?? []), source])
    return {
      rules: [...sourcesByRule.keys()],
      matchers: [...sourcesByRule.values()].map((sources) => this.matcher(sources.join('|'))),
    }
  }

  /** One sticky RegExp per source, shared by every gate text that tries it. */
  private matcher(source: string): RegExp {
    let matcher = this.matcherBySource.get(source)
    if (matcher === undefined) {
      matcher = compiledNow(new RegExp(bounded(source), this.flags))
      this.matcherBySource.set(source, matcher)
    }
    return matcher
  }
}
