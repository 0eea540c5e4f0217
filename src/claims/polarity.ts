import type { Polarity } from './types.js'

/**
 * NegEx-style polarity (Chapman et al. 2001), kept inside one sentence and one clause: a negation
 * cue within five words before the claim (or a verbal negation just after it) negates it, a hedge
 * within eight words before or five after hedges it. Pseudo-negations ("not only", "no longer")
 * are matched first so that they never count; two negations cancel ("not without risks").
 * The cues of a sentence are found once, by one regular expression, and shared by its claims.
 * Works on normalised text (straight apostrophes).
 */

const PSEUDO =
  'not only|not just|not necessarily|no longer|no increase|no doubt|without (?:a )?doubt|not to mention|nothing but'
/** Negated words that express doubt rather than denial: hedges. */
const DOUBT = 'not clear|not known|not yet known|not certain|not sure|unclear|unknown'
/** Verbal negations, which also negate a claim they follow ("approval is not expected"). */
const VERBAL =
  "not|never|cannot|(?:is|are|was|were|do|does|did|has|have|had|ca|wo|would|could|should|must|need|ai)n't"
const NEGATION =
  'no one|no|without|neither|nor|none|nothing|nobody|absence of|lack of|failed to|fails to|fail to|ruled out'
const HEDGE =
  'might|could|potentially|possibly|perhaps|probably|likely|unlikely|appears?|appeared|seems?|seemed|suggests?|suggested|suggesting|early (?:results|data|findings|studies|evidence|signs)|preliminary|in some (?:patients|people|participants|cases)|(?:is|are|being) (?:being )?(?:studied|tested|investigated|explored|researched)|under (?:investigation|study)|hopes? (?:to|that)|hoping|aims? to|aimed to|whether|is possible|possible that|believed to|thought to|may'
const SCOPE_END = 'but|however|although|though|except|whereas|apart from|aside from|other than'

const CUES = new RegExp(
  `\\b(?:(${PSEUDO})|(${DOUBT})|(${VERBAL})|(${NEGATION})|(${HEDGE})|(${SCOPE_END}))\\b|([;:])`,
  'gi',
)

/** A cheap superset of CUES: most sentences have no cue, and then the wording's polarity stands. */
const ANY_CUE =
  /\b(?:no|not|never|without|cannot|neither|nor|none|nothing|nobody|absence|lack|fail|fails|failed|ruled|might|could|potentially|possibly|perhaps|probably|likely|unlikely|appears?|appeared|seems?|seemed|suggests?|suggested|suggesting|early|preliminary|some|studied|tested|investigated|explored|researched|investigation|study|hopes?|hoping|aims?|aimed|whether|unclear|unknown|possible|believed|thought|may)\b|n't|\?/i

/** Cue kinds: the number of the capturing group in CUES (7, punctuation, counts as a scope end). */
const Kind = { Doubt: 2, Verbal: 3, Negation: 4, Hedge: 5, Scope: 6 } as const

interface Cue {
  start: number
  end: number
  kind: number
}

/** The cues of one sentence, with offsets into the scanned text; null when it has none. */
export interface SentenceCues {
  cues: Cue[]
  question: boolean
}

const PRE_NEGATION_WORDS = 5
const PRE_HEDGE_WORDS = 8
const POST_WORDS = 5

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45 ||
    code > 127
  )
}

/** Start of the `words`-th word before `from`, not before `limit`. */
function wordsBefore(text: string, from: number, words: number, limit: number): number {
  let seen = 0
  for (let i = from - 1; i >= limit; i--) {
    if (isWordCode(text.charCodeAt(i)) && (i === limit || !isWordCode(text.charCodeAt(i - 1)))) {
      if (++seen === words) return i
    }
  }
  return limit
}

/** End of the `words`-th word after `from`, not after `limit`. */
function wordsAfter(text: string, from: number, words: number, limit: number): number {
  let seen = 0
  for (let i = from; i < limit; i++) {
    if (
      isWordCode(text.charCodeAt(i)) &&
      (i + 1 === limit || !isWordCode(text.charCodeAt(i + 1)))
    ) {
      if (++seen === words) return i + 1
    }
  }
  return limit
}

function isQuestion(text: string, sentenceEnd: number): boolean {
  let i = sentenceEnd - 1
  while (i > 0 && (text[i] === '"' || text[i] === "'" || text[i] === ')')) i--
  return text[i] === '?'
}

export function findCues(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
): SentenceCues | null {
  const sentence = text.slice(sentenceStart, sentenceEnd)
  if (!ANY_CUE.test(sentence)) return null
  const cues: Cue[] = []
  CUES.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = CUES.exec(sentence)) !== null) {
    let kind = 2
    while (kind <= 7 && match[kind] === undefined) kind++
    if (kind > 7) continue // a pseudo-negation
    if (kind === Kind.Hedge && match[0] === 'May') continue // the month
    cues.push({
      start: sentenceStart + match.index,
      end: sentenceStart + match.index + match[0].length,
      kind: kind === 7 ? Kind.Scope : kind,
    })
  }
  return { cues, question: isQuestion(text, sentenceEnd) }
}

/**
 * Polarity of the claim `text[start, end)` inside the sentence `text[sentenceStart, sentenceEnd)`
 * whose cues are `sentenceCues` (from findCues). `inherent` is the rule's own polarity; without it
 * a negation cue inside the match (as in "no side effects") makes the wording negated, unless the
 * cue is the whole match ("never").
 */
export function computePolarity(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  sentenceCues: SentenceCues | null,
  inherent?: 'affirmed' | 'negated',
): Polarity {
  if (sentenceCues === null) return inherent ?? 'affirmed'
  const { cues } = sentenceCues
  let clauseStart = sentenceStart
  let clauseEnd = sentenceEnd
  for (const cue of cues) {
    if (cue.kind !== Kind.Scope) continue
    if (cue.end <= start) clauseStart = Math.max(clauseStart, cue.end)
    else if (cue.start >= end) clauseEnd = Math.min(clauseEnd, cue.start)
  }
  const negationFrom = wordsBefore(text, start, PRE_NEGATION_WORDS, clauseStart)
  const hedgeFrom = wordsBefore(text, start, PRE_HEDGE_WORDS, clauseStart)
  const after = wordsAfter(text, end, POST_WORDS, clauseEnd)
  let negations = 0
  let inside = 0
  let hedged = false
  for (const cue of cues) {
    const isNegation = cue.kind === Kind.Verbal || cue.kind === Kind.Negation
    const isHedge = cue.kind === Kind.Hedge || cue.kind === Kind.Doubt
    const whole = cue.start === start && cue.end === end
    if (cue.start >= start && cue.end <= end) {
      if (isNegation && !whole) inside++
      if (isHedge && !whole) hedged = true
    } else if (cue.end <= start) {
      if (isNegation && cue.start >= negationFrom) negations++
      if (isHedge && cue.start >= hedgeFrom) hedged = true
    } else if (cue.start >= end && cue.end <= after) {
      if (cue.kind === Kind.Verbal) negations++
      if (isHedge) hedged = true
    }
  }
  const wording = inherent ?? (inside > 0 ? 'negated' : 'affirmed')
  if ((negations + (wording === 'negated' ? 1 : 0)) % 2 === 1) return 'negated'
  return hedged || sentenceCues.question ? 'hedged' : 'affirmed'
}
