import { ClaimScanInputError } from './errors.js'
import { claimKey, collapseSentence } from './key.js'
import { normalizeText } from './normalize.js'
import { computePolarity, findCues, type SentenceCues } from './polarity.js'
import { DIGIT } from './rules/anchors.js'
import type { CompiledPack, CompiledRule } from './rules/compile.js'
import { sentenceBounds } from './sentences.js'
import type { Finding, SentenceSpan, Severity } from './types.js'

/**
 * The hot path. Candidates come from one pass of each finder over the normalised text; sentence
 * bounds, polarity and keys are then computed only for the candidates, so a text without claims
 * costs little more than the regular-expression scan itself.
 */

interface Candidate {
  rule: CompiledRule
  start: number
  end: number
}

interface Sentence {
  span: SentenceSpan
  normalised: string
  cues: SentenceCues | null
}

interface Mention {
  start: number
  end: number
}

const WHITESPACE = /\s+/g

const ONE_STEP_LOWER: Record<Severity, Severity> = {
  error: 'warning',
  warning: 'suggestion',
  suggestion: 'suggestion',
}

function findCandidates(
  pack: CompiledPack,
  text: string,
): { claims: Candidate[]; products: Mention[] } {
  const claims: Candidate[] = []
  const products: Mention[] = []
  for (const { finder, caseSensitive, candidatesByPrefix } of pack.passes) {
    finder.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = finder.exec(text)) !== null) {
      const at = found.index
      // Resume inside the match: another rule may start within it ("miracle cure").
      finder.lastIndex = at + 1
      const prefix = caseSensitive ? found[0] : found[0].toLowerCase()
      const candidates =
        candidatesByPrefix.get(prefix) ??
        candidatesByPrefix.get(prefix.replace(WHITESPACE, ' ')) ??
        candidatesByPrefix.get(DIGIT)
      if (candidates === undefined) continue
      const { union, rules, matchers } = candidates
      union.lastIndex = at
      const match = union.exec(text)
      if (match === null) continue
      let first = 0
      while (match[first + 1] === undefined) first++
      for (let index = first; index < rules.length; index++) {
        let end = at + match[0].length
        if (index > first) {
          const matcher = matchers[index]!
          matcher.lastIndex = at
          const more = matcher.exec(text)
          if (more === null) continue
          end = at + more[0].length
        }
        const rule = rules[index]!
        if (rule.isProduct) products.push({ start: at, end })
        else claims.push({ rule, start: at, end })
      }
    }
  }
  for (const { rule, matcher } of pack.unanchored) {
    matcher.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = matcher.exec(text)) !== null) {
      const end = found.index + found[0].length
      if (rule.isProduct) products.push({ start: found.index, end })
      else claims.push({ rule, start: found.index, end })
      matcher.lastIndex = found.index + 1
    }
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end)
  return { claims: dropOverlaps(claims), products }
}

/** One finding per stretch of text and category: "FDA-approved for" is one regulatory claim. */
function dropOverlaps(claims: Candidate[]): Candidate[] {
  const lastEnd = new Map<string, number>()
  return claims.filter((claim) => {
    if (claim.start < (lastEnd.get(claim.rule.category) ?? -1)) return false
    lastEnd.set(claim.rule.category, claim.end)
    return true
  })
}

/** `parts` is the template split at `%s`; concatenation keeps the common one-slot case cheap. */
function formatMessage(parts: string[], matched: string): string {
  return parts.length === 2 ? parts[0]! + matched + parts[1]! : parts.join(matched)
}

function sentenceIndexAt(ends: number[], position: number): number {
  let low = 0
  let high = ends.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (ends[middle]! > position) high = middle
    else low = middle + 1
  }
  return low
}

function isExcepted(rule: CompiledRule, sentence: string, start: number, end: number): boolean {
  const exception = rule.exception!
  exception.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = exception.exec(sentence)) !== null && match.index < end) {
    if (match.index + match[0].length > start) return true
  }
  return false
}

export function scanPackText(pack: CompiledPack, text: unknown, fieldPath = ''): Finding[] {
  if (typeof text !== 'string') {
    throw new ClaimScanInputError(
      'INVALID_TEXT',
      `Expected text to scan as a string, got ${text === null ? 'null' : typeof text}`,
    )
  }
  if (text.length > pack.limits.maxTextLength) {
    throw new ClaimScanInputError(
      'TEXT_TOO_LONG',
      `Text is ${text.length} characters long; the limit is ${pack.limits.maxTextLength}`,
    )
  }
  const normalised = normalizeText(text)
  const { claims, products } = findCandidates(pack, normalised)
  if (claims.length === 0) return []

  const { starts, ends } = sentenceBounds(normalised)
  const sentences = new Map<number, Sentence>()
  const sentenceAt = (index: number) => {
    let sentence = sentences.get(index)
    if (sentence === undefined) {
      const start = starts[index]!
      const end = ends[index]!
      sentence = {
        span: { text: text.slice(start, end), start, end },
        normalised: collapseSentence(normalised.slice(start, end)),
        cues: findCues(normalised, start, end),
      }
      sentences.set(index, sentence)
    }
    return sentence
  }
  const productsBySentence = new Map<number, Mention[]>()
  for (const product of products) {
    const index = sentenceIndexAt(ends, product.start)
    productsBySentence.set(index, [...(productsBySentence.get(index) ?? []), product])
  }

  const findings: Finding[] = []
  const raisable = new Map<number, Finding[]>()
  for (const { rule, start, end } of claims) {
    const index = sentenceIndexAt(ends, start)
    if (rule.requiresWatchList && !productsBySentence.has(index)) continue
    const sentenceStart = starts[index]!
    const sentenceEnd = ends[index]!
    if (rule.exception !== null) {
      const sentenceText = normalised.slice(sentenceStart, sentenceEnd)
      if (isExcepted(rule, sentenceText, start - sentenceStart, end - sentenceStart)) continue
    }
    const sentence = sentenceAt(index)
    const polarity = computePolarity(
      normalised,
      start,
      end,
      sentenceStart,
      sentenceEnd,
      sentence.cues,
      rule.polarity,
    )
    const severity = rule.lowerOn.includes(polarity) ? ONE_STEP_LOWER[rule.severity] : rule.severity
    const finding = makeFinding(rule, text, fieldPath, sentence, start, end, polarity, severity)
    findings.push(finding)
    if (rule.raisedByWatchList && productsBySentence.has(index)) {
      raisable.set(index, [...(raisable.get(index) ?? []), finding])
    }
    if (findings.length > pack.limits.maxFindings) {
      throw new ClaimScanInputError(
        'TOO_MANY_FINDINGS',
        `More than ${pack.limits.maxFindings} findings: split the text or raise limits.maxFindings`,
      )
    }
  }
  if (raisable.size > 0)
    raiseForWatchList(
      pack,
      text,
      normalised,
      fieldPath,
      raisable,
      productsBySentence,
      sentenceAt,
      findings,
    )
  return raisable.size > 0 ? findings.sort((a, b) => a.start - b.start || a.end - b.end) : findings
}

/**
 * Efficacy or safety wording next to an investigational product is an error, and the product name
 * itself becomes a regulatory finding (FDA 21 CFR 312.7: no promotion of investigational drugs).
 */
function raiseForWatchList(
  pack: CompiledPack,
  text: string,
  normalised: string,
  fieldPath: string,
  raisable: Map<number, Finding[]>,
  productsBySentence: Map<number, Mention[]>,
  sentenceAt: (index: number) => Sentence,
  findings: Finding[],
): void {
  const rule = pack.watchRule
  for (const [index, raised] of raisable) {
    const mentions = productsBySentence.get(index)!
    const names = [
      ...new Set(mentions.map((mention) => text.slice(mention.start, mention.end))),
    ].join(', ')
    for (const finding of raised) {
      finding.severity = 'error'
      finding.message += ` Investigational product named in this sentence: ${names}.`
    }
    if (rule === null) continue
    const sentence = sentenceAt(index)
    for (const { start, end } of mentions) {
      const polarity = computePolarity(
        normalised,
        start,
        end,
        sentence.span.start,
        sentence.span.end,
        sentence.cues,
        rule.polarity,
      )
      findings.push(makeFinding(rule, text, fieldPath, sentence, start, end, polarity, rule.severity))
    }
  }
}

/** One finding; its key (field, normalised sentence, rule) is built here and nowhere else. */
function makeFinding(
  rule: CompiledRule,
  text: string,
  fieldPath: string,
  sentence: Sentence,
  start: number,
  end: number,
  polarity: Finding['polarity'],
  severity: Severity,
): Finding {
  const matched = text.slice(start, end)
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    polarity,
    start,
    end,
    text: matched,
    sentence: sentence.span,
    message: formatMessage(rule.messageParts, matched),
    key: claimKey(fieldPath, sentence.normalised, rule.id),
  }
}
