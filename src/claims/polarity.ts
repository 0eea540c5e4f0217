import { compiledNow } from './native-regexp.js'
import type { Polarity } from './types.js'

/**
 * NegEx-style polarity (Chapman et al. 2001), kept inside one sentence and one clause: a negation
 * cue within five words before the claim (or a verbal negation just after it) negates it, a hedge
 * within eight words before or five after hedges it. Pseudo-negations ("not only", "no longer")
 * are matched first so that they never count; two negations cancel ("not without risks"). Unlike
 * NegEx, "no increase" is no pseudo-negation here: "found no increase in miscarriage" denies a harm.
 * The cues of a sentence are found once, by one regular expression, and shared by its claims.
 * Works on normalised text: straight apostrophes, contractions written out ("is not", "cannot"), so
 * "could not" is one negation here, not the hedge "could" and a negation.
 */

const PSEUDO =
  'without (?:any )?symptoms|symptoms (?:appear|appeared)|not only|not just|not necessarily|no longer(?! (?:recommended|advised|approved|licensed|authori[sz]ed|offered|prescribed))|no doubt|without (?:a )?doubt|not to mention|nothing but|not without|never without|no matter|(?:more|less|most|least|as|equally) likely|may be (?:able|eligible)|may qualify|might qualify|could qualify|could take part|may need|might need|(?:should|must|cannot) not be underestimated|not be underestimated|nothing (?:else )?(?:beats|compares|comes close|touches)|never thought|never imagined|never believed|never dreamed|ever could|than no (?:treatment|intervention|therapy|medicine|drug)s?|could (?:finally|now|at last|once again|actually)|(?:do|does|did) not (?:ache|hurt|itch|swell|bleed|burn|throb|wake (?:me|him|her) up|need (?:it|them|my \\w+|his \\w+|her \\w+)) (?:any ?more|anymore)' +
  // Set phrases that insist rather than deny: "make no mistake", "there is no denying", "believe it
  // or not", "what nobody tells you", "they do not want you to know", "nothing I tried worked until".
  '|no wonder|make no mistake|(?:there is |there\'s )?no denying|(?:nobody|no one) (?:can|could|will) (?:deny|argue with)|believe it or not|without fail|not kidding|no question(?! (?:of|that|about|whether))|no exaggeration|no joke' +
  '|(?:nobody|no one|never) (?:ever )?(?:tells?|told|mentions?|mentioned|wants? you to know|will tell)|(?:never|not) (?:tell|mention)(?:s|ed)? (?:you|us|patients)|what (?:nobody|no one|they never|doctors never) (?:tells?|told|want)|(?:do|does|did) not want (?:you|u|us|people|anyone|the public|patients) to (?:know|find out|hear|learn|see)' +
  // A rank written "No. 1" is no denial; nor is praise by denying the rest: "never fails to",
  // "nothing works like", "no drug cures MS as well as" (not "no better than placebo", a denial).
  '|no\\. ?\\d+|never fails? to|(?:nothing|no (?:other )?(?:drug|treatment|medicine|remedy|product|supplement|therapy|pill|cream)s?) (?:[\\w\'-]+ ){1,4}?(?:like|as well as|as fast as|better than)(?! (?:a )?(?:placebo|sham|dummy|nothing|doing nothing|no treatment))' +
  // Openings that reassure or urge: "Not surprisingly, ...", "Don't worry, ...", "No need to wait: ...".
  '|not surprisingly|no surprise|(?:it is )?no secret|never fear|no need to (?:worry|wait|fear|panic)|(?:do not|never) (?:worry|wait|fear|panic|forget|hesitate|miss out)' +
  '|nothing (?:(?:i|we|she|he|they) )?(?:had )?(?:tried|took|used) (?:before )?(?:worked|helped|did anything)(?= until| till| before)|not (?:many|a lot of|enough) (?:people )?(?:know|knew|realise|realize)'
/** Negated words that express doubt rather than denial: hedges. */
const DOUBT =
  'too (?:(?:little|few) (?:good |reliable |good-quality |high-quality )?(?:evidence|research|studies|trials|data)|thin|weak|limited|sparse) to (?:say|tell|know)|(?:nobody|no one) (?:yet )?knows|(?:we |you )?(?:cannot|can not) (?:yet )?(?:say|tell) (?:whether|if|for sure)|may or may not|might or might not|may not|might not|not (?:yet )?clear(?! (?:a|an|the|up|your|my|his|her|their|our|it|them|out)\\b)|not known|not yet known|not certain|not sure|unclear|unknown|too (?:small|early|soon) to (?:tell|say|know)'
/** Verbal negations, which also negate a claim they follow ("approval is not expected"). */
const VERBAL =
  "no (?:better|more effective|safer|different) (?:than|from)|could not|not|never|cannot|ain't"
/** A reported null result: what it says of the claim covers the whole clause, like "no evidence". */
const NULL_EFFECT =
  '(?:(?:made|makes|make|making|had|has|have|showed|shows|show|offers?|offered|gave|gives?|provided|provides?) (?:little|no|zero|hardly any|barely any|no real|no clear|no significant|no meaningful|no measurable|no noticeable) (?:difference|effect|impact|benefit|improvement|change|protection)|did (?:nothing|zilch|little|not(?: a| one)? thing) (?:to|for)|(?:does|do|did|done) (?:nothing|zilch)|(?:barely|hardly|scarcely) (?:helps?|helped|works?|worked|changed?|changes|moved|shifted|affects?|affected|improved?|improves|reduced?|reduces|lowered|lowers|raised|touched|did anything|does anything|do anything))'
/** What a denial of the evidence names: "no evidence", "no good-quality trials". */
const EVIDENCE = 'evidence|proof|studies|trials|research|data'
const NEGATION =
  `${NULL_EFFECT}|(?:no|little|little or no) (?:good |reliable |strong |scientific |clear |convincing |real |published |large |good-quality |high-quality )?(?:${EVIDENCE})|no one|no|without|neither|nor|none|nothing|nobody|absence of|lack of|failed to|fails to|fail to|ruled out|non|falsely|wrongly|myth|debunked`
const HEDGE =
  'might|could|potentially|possibly|perhaps|probably|likely|unlikely|appears?|appeared|seems?|seemed|suggests?|suggested|suggesting|(?:indicates?|indicated|hints?|hinted) that|early (?:results|data|findings|studies|evidence|signs)|preliminary|(?:in|for) some (?:patients|people|participants|cases)|(?:is|are|being) (?:still )?(?:being )?(?:studied|tested|investigated|explored|researched)|under (?:investigation|study)|hopes? (?:to|that)|hoping|aims? to|aimed to|whether|is possible|possible that|believed to|thought to|may|one day|apparently|supposedly|reportedly|allegedly|i (?:think|reckon|guess)'
/** Clause boundaries: a cue's scope never crosses them. */
const SCOPE_END =
  'but|however|although|though|except|whereas|while|whilst|instead|who|whose|which|apart from|aside from|other than|so (?=(?:you|we|they|he|she|it|your|people|there)\\b)|(?:and|or) (?=(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|does|do|did|it|they|we|you|he|she|this|that|there|its|their|his|her|the|a|an|doctors|experts|researchers)\\b)|(?:and|or) (?=(?:not|never|cannot)\\b)'

const CUES = compiledNow(
  new RegExp(
    `\\b(?:(${PSEUDO})|(${DOUBT})|(${VERBAL})|(${NEGATION})|(${HEDGE})|(${SCOPE_END}))\\b|([;])`,
    'gi',
  ),
)

/**
 * A clause opening between a claim and a later verbal negation: a relative clause ("the cure
 * doctors don't...") or a new subject ("made me so sick I couldn't keep water down").
 */
const RELATIVE = compiledNow(/\bthat (?:(?:doctors|experts|they|we|you|i|he|she|big pharma|the industry|companies|scientists)\b)|^ (?:doctors|big pharma|the industry|drug companies)(?: do| does)? $|\b(?:i|we|he|she|they)\b/i)
/** After a sentence-opening "May": a verb, so the modal rather than the month. */
const MAY_VERB = compiledNow(/^(?:also |even |really |actually |naturally )?(?:help|support|reduce|lower|improve|ease|relieve|boost|protect|prevent|cause|increase|raise|be|have|work|make|lead|trigger|slow|aid|promote|benefit|contribute|interact|affect)\b/i)
/** A modal that hedges the verb of its clause, and so every claim in it: "X may cut Y by 50%". */
const CLAUSE_MODAL = /^(?:may|might|could)$/
const SUBORDINATE = compiledNow(/\b(?:that|which|who|whom|whose|as|if|when|whenever|whether|because|since|so|and|or|but|while|unless|until|though|although|it|they|he|she|you|we|i)\b/i)
/** After a verbal negation, wording that denies everything that follows in the clause. */
const WIDE_AFTER = compiledNow(/^ (?:yet |ever |so far |been )*(?:shown|proven|proved|found|demonstrated|support|supported|back|backed)\b/i)
const DENIES_EVIDENCE = compiledNow(new RegExp(`${EVIDENCE}|^${NULL_EFFECT}$`))
/**
 * A sentence that opens by doubting its own story and goes on with "but": "Not sure it's the
 * magnesium, but I've been sleeping much better", "Could be coincidence but ...".
 */
const OPENING_DOUBT = compiledNow(
  /^\W*(?:(?:i'?m |i am )?not (?:sure|saying|convinced|certain)|(?:it )?(?:could|might|may) (?:just )?be (?:a )?coincidence|maybe it'?s|(?:i )?do not know (?:if|whether)|no idea (?:if|whether)|hard to (?:say|tell))\b[^.!?]{0,80}?\bbut\b/i,
)
/**
 * Someone's claim with the verdict on it: "The claim that lemon water cures cancer is false",
 * "Claims that the diet reverses diabetes are not backed by the evidence". What the claim says is
 * denied: the verdict stands for a negation before it.
 */
const DENIED_CLAIM = compiledNow(
  /\bclaims? (?:that|about) [^.;:]{3,200}? (?:is|are|was|were|has been|have been) (?:simply |completely |entirely |just )?(?:false|untrue|not true|a myth|wrong|baseless|unfounded|incorrect|misleading|not (?:supported|backed)|unsupported|unproven)\b/i,
)
/**
 * A verdict that denies the clause it introduces: "It is a myth that ...", "It is false that ...".
 * A negation in that clause is denied in turn: "It is a myth that CAR T does not cure MS" says that
 * it does. A label with a colon ("False: ...", "Myth: ...") is not one: fact-checks put the
 * corrected statement after it as often as the claim.
 */
const DENIAL_FRAME = compiledNow(
  /\b(?:is|are|was|were) (?:a |an |simply |just |completely |entirely )?(?:myth|false|untrue|not true|incorrect)(?: to (?:say|claim|think|believe))? that\s/i,
)
/**
 * A question whose "not" argues for what follows: "Why not let turmeric cure your arthritis?", "Is
 * turmeric not the cure for arthritis?". Its negation denies nothing (question.ts keeps it an error).
 */
const RHETORICAL_NOT = compiledNow(
  /^["'(]*(?:why not|(?:is|are|was|were|do|does|did|can|could|should|will|would|has|have) (?:[\w'-]+ ){0,3}?not)\b/i,
)
/** A closing report that qualifies the whole sentence: "..., a small study suggests." */
const TRAILING_HEDGE = compiledNow(
  /(?:, (?:(?:[\w'.,-]+ ){0,6}(?:suggests?|suggested|indicates?|indicated|hints?|hinted)|(?:[\w'.,-]+ ){0,3}(?:early|preliminary|initial|interim) (?:results|data|findings|figures) (?:show|showed|suggest))|,? according to (?:low-quality|low-certainty|limited|weak|preliminary|early) evidence)[\s.!"')]*$/i,
)

/**
 * A later clause that doubts the evidence for what the sentence says: "..., but the trials were
 * small", "... although these studies cannot prove cause and effect", "promising but preliminary".
 * Smallness or weakness must be said of the evidence ("the trials were small"), not found by it
 * ("but most studies found low rates of side effects").
 */
const EVIDENCE_CAVEAT = compiledNow(
  /\b(?:but|yet|though|although|however|while)\b(?:[^.;!?]{0,40}?\b(?:(?:results?|evidence|data|findings|research)(?: (?:of|for|on|against|in|from|that) [^.;!?]{0,50}?)? (?:is|was|are|were|remains?|remained) (?:still |largely |hotly |highly |very |too )?(?:inconsistent|debated|uncertain|unclear|unproven|contested|disputed|controversial|weak|limited|inconclusive|mixed|conflicting)|(?:effectiveness|efficacy|benefits?)(?: (?:of|for|on|against|in|outside|from) [^.;!?]{0,50}?)? (?:is|was|are|were|remains?|remained) (?:still |largely |hotly |highly )?(?:inconsistent|debated|uncertain|unclear|unproven|contested|disputed|controversial))\b|[^.;!?]{0,40}?\b(?:results?|evidence|data|trials?|studies|study|samples?|findings|research)\b[^.;!?]{0,40}?\b(?:(?:is|was|are|were|been|remains?|remained|too|very|still|far|of) (?:too |very |still |rather |quite |so )?(?:inconclusive|small|limited|weak|preliminary|mixed|conflicting|low)|(?:cannot|could not|do not) prove)\b| (?:still )?preliminary\b|[^.;!?]{0,60}?\b(?:needs? (?:confirming|confirmation|to be confirmed)|(?:has|have) not (?:yet )?been (?:tested|studied|tried) in (?:people|humans|patients)|(?:might|may) not be causal|(?:do|does|did) not (?:show|prove) that|correlation,? not)\b)/i,
)
/** A cheap superset of CUES: most sentences have no cue, and then the wording's polarity stands. */
const ANY_CUE = compiledNow(
  /\b(?:no|not|never|without|cannot|neither|nor|none|nothing|nobody|absence|lack|fail|fails|failed|ruled|non|falsely|false|untrue|wrong|baseless|unfounded|incorrect|misleading|unsupported|unproven|wrongly|myth|debunked|might|could|potentially|possibly|perhaps|probably|likely|unlikely|appears?|appeared|seems?|seemed|suggests?|suggested|suggesting|indicates?|indicated|hints?|hinted|little|early|preliminary|initial|interim|maybe|hard|inconclusive|small|limited|weak|mixed|conflicting|low|inconsistent|debated|uncertain|contested|disputed|controversial|confirming|confirmation|confirmed|some|studied|tested|investigated|explored|researched|investigation|study|hopes?|hoping|aims?|aimed|whether|unclear|unknown|possible|believed|thought|may|one|too|barely|hardly|scarcely|zilch|zero|apparently|supposedly|reportedly|allegedly|think|reckon|guess|ain't)\b|\?/i,
)

/** The patterns findCues reads beyond ANY_CUE, so that a test can check ANY_CUE lets all of them through. */
export const cuePatterns = { CUES, DENIED_CLAIM, TRAILING_HEDGE, OPENING_DOUBT, EVIDENCE_CAVEAT } as const

/** Cue kinds: the number of the capturing group in CUES (7, punctuation, counts as a scope end). */
const Kind = { Doubt: 2, Verbal: 3, Negation: 4, Hedge: 5, Scope: 6, NonPrefix: 8 } as const

interface Cue {
  start: number
  end: number
  kind: number
  /** "no evidence", "not been shown": the denial covers the rest of the clause; a clause modal ("may") hedges all of it. */
  wide: boolean
}

/** The cues of one sentence, with offsets into the scanned text; null when it has none. */
export interface SentenceCues {
  cues: Cue[]
  /** A question, or a sentence that closes with a report that only suggests what it says: all of it is hedged. */
  hedgedWhole: boolean
}

const PRE_NEGATION_WORDS = 6
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
    // "May" is the month unless it opens the sentence before a verb ("May help you sleep")
    if (kind === Kind.Hedge && match[0] === 'May' && !(match.index === 0 && MAY_VERB.test(sentence.slice(4, 40)))) continue
    const lower = match[0].toLowerCase()
    const cueEnd = sentenceStart + match.index + match[0].length
    cues.push({
      wide:
        (kind === Kind.Negation && DENIES_EVIDENCE.test(lower)) ||
        (kind === Kind.Verbal && WIDE_AFTER.test(text.slice(cueEnd, cueEnd + 30))) ||
        (kind === Kind.Hedge && CLAUSE_MODAL.test(lower)),
      start: sentenceStart + match.index,
      end: sentenceStart + match.index + match[0].length,
      // "non-" negates only the word it is glued to ("non-FDA-approved").
      kind: kind === 7 ? Kind.Scope : lower === 'non' ? Kind.NonPrefix : kind,
    })
  }
  const denied = DENIED_CLAIM.exec(sentence)
  if (denied !== null)
    cues.push({ start: sentenceStart + denied.index, end: sentenceStart + denied.index + 5, kind: Kind.Negation, wide: true })
  return { cues, hedgedWhole: isQuestion(text, sentenceEnd) || TRAILING_HEDGE.test(sentence) || OPENING_DOUBT.test(sentence) || EVIDENCE_CAVEAT.test(sentence) }
}

/**
 * Polarity of the claim `text[start, end)` inside the sentence `text[sentenceStart, sentenceEnd)`
 * whose cues are `sentenceCues` (from findCues). `inherent` is the rule's own polarity; without it
 * a negation cue inside the match (as in "no side effects") makes the wording negated, unless the
 * cue is the whole match ("never"). An `instruction` ("do not take more than 4 g") is never
 * negated, but a hedge still hedges it.
 */
export function computePolarity(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  sentenceCues: SentenceCues | null,
  inherent?: Polarity,
  instruction = false,
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
  // A negation after the claim counts only before the next comma, semicolon or colon: "it is safe
  // for kids, please don't skip it" is not denied (a hedge there still hedges: "..., study suggests").
  const negationAfter = punctuationAfter(text, end, after)
  const opening = clauseOpening(text, clauseStart)
  let negated = false
  let inside = 0
  let hedged = false
  const rhetorical = isQuestion(text, sentenceEnd) ? RHETORICAL_NOT.exec(text.slice(sentenceStart, start)) : null
  const rhetoricalEnd = rhetorical === null ? -1 : sentenceStart + rhetorical.index + rhetorical[0].length
  for (const cue of cues) {
    const isNegation = (cue.kind === Kind.Verbal || cue.kind === Kind.Negation) && cue.end > rhetoricalEnd
    const isHedge = cue.kind === Kind.Hedge || cue.kind === Kind.Doubt
    // A one-word cue that is the whole match ("never") is the claim's wording, not its negation.
    const whole = cue.start === start && cue.end === end && !text.slice(start, end).includes(' ')
    if (cue.kind === Kind.NonPrefix) {
      if (cue.end === start - 1) negated = true
    } else if (cue.start < end && cue.end > start) {
      // In the match, or across one of its ends ("found no" in "found no clear evidence"). A "nor"
      // joins two denied verbs under one negation ("neither prevents nor cures"): not a second one.
      if (isNegation && !whole && !(cue.end - cue.start === 3 && /^nor$/i.test(text.slice(cue.start, cue.end)))) inside++
      if (isHedge && !whole) hedged = true
    } else if (
      isHedge &&
      cue.wide &&
      cue.start >= clauseStart &&
      cue.end <= clauseEnd &&
      !SUBORDINATE.test(cue.end <= start ? text.slice(cue.end, start) : text.slice(end, cue.start))
    ) {
      // A modal on the clause's verb hedges all of its claims, however long the clause, unless a
      // subordinate clause or a new subject stands between ("the changes that may cause ...").
      hedged = true
    } else if (cue.end <= start && cue.start >= clauseStart) {
      // A clause that opens with "No ...", "None ...", "Nothing ..." denies all of it.
      const opensClause =
        (cue.kind === Kind.Negation && cue.start === opening && text[cue.end] !== ',') || cue.wide
      if (isNegation && (cue.start >= negationFrom || opensClause) && !closedBefore(text, sentenceStart, cue, start)) negated = true
      if (isHedge && cue.start >= hedgeFrom) hedged = true
    } else if (cue.start >= end && cue.end <= after) {
      // "the miracle root that doctors do not want you to know about": a negation inside a
      // relative clause after the claim belongs to that clause.
      if (cue.kind === Kind.Verbal && cue.end <= negationAfter && !RELATIVE.test(text.slice(end, cue.start))) negated = true
      if (isHedge) hedged = true
    }
  }
  const frame = DENIAL_FRAME.exec(text.slice(clauseStart, start))
  if (frame !== null) {
    const frameEnd = clauseStart + frame.index + frame[0].length
    const denied = cues.some(
      (cue) => (cue.kind === Kind.Verbal || cue.kind === Kind.Negation) && cue.start >= frameEnd && cue.end <= start,
    )
    // The verdict denies what follows it; a negation there is denied in turn.
    negated = !denied
  }
  const wording = inherent ?? (inside > 0 ? 'negated' : 'affirmed')
  // A denied negative wording ("it is not true that there are no side effects") is affirmed.
  if (negated !== (wording === 'negated') && !instruction) return 'negated'
  return hedged || wording === 'hedged' || sentenceCues.hedgedWhole ? 'hedged' : 'affirmed'
}

/** A conjunction or relative word that opens a clause of its own: "if", "unless", "who". */
const SUBORDINATE_OPENER = compiledNow(/\b(?:if|unless|who|which|whose|whom|when|whenever|because|since|until)(?: [\w'-]+){0,3}?(?: (?:are|is|was|were|do|does|did|have|has|had|will|can|could|would|should|must))? $/i)
/** Where the main clause starts again after a subordinate one: a comma, a new subject or verb. */
const MAIN_CLAUSE_AGAIN = compiledNow(/,|\b(?:you|we|they|he|she|i|it|there)\b|\b[a-z]+ (?:are|is|was|were|will|can|should|must|may|might|could|need|needs)\b/i)

/**
 * Whether a negation sits in a subordinate clause that closes before the claim: "if you are not
 * vaccinated, you WILL end up in hospital", "people who are not yet on levodopa are invited to
 * join". The negation belongs to its clause, not to the main clause's claim.
 */
function closedBefore(text: string, sentenceStart: number, cue: Cue, start: number): boolean {
  // The negation's own clause: its opener, at most three words (its subject), and its auxiliary.
  const before = text.slice(Math.max(sentenceStart, cue.start - 60), cue.start)
  return SUBORDINATE_OPENER.test(before) && MAIN_CLAUSE_AGAIN.test(text.slice(cue.end, start))
}

/** Offset of the first comma, semicolon, colon or dash in `text[from, limit)`, or `limit`. */
function punctuationAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i)
    if (code === 44 || code === 59 || code === 58) return i
    // A dash (normalised to a spaced hyphen), like a colon, opens what comes next: "life-changing
    // for me — not a single episode".
    if (code === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return i
  }
  return limit
}

/** Offset of the first word of the clause starting at `from` (past spaces, quotes, bullets). */
function clauseOpening(text: string, from: number): number {
  let i = from
  while (i < text.length && !isWordCode(text.charCodeAt(i))) i++
  return i
}

/**
 * Words that say a remedy did nothing: a reported null result, or a story's "didn't touch my hay
 * fever", "my readings never shifted", "did absolutely nothing for my knees".
 */
const NO_EFFECT = compiledNow(new RegExp(
  `\\b(?:${NULL_EFFECT}|(?:(?:did|does|do|has|have|had|would|will|could|can) not|cannot) (?:(?:really|even|actually|seem to) )?(?:work|help|touch|budge|shift|change|improve|do (?:a )?(?:thing|anything|much)|make (?:any|a|much|the slightest) difference)|(?:has|have|had) not (?:budged|shifted|changed|improved|helped|worked|done (?:a )?(?:thing|anything|much)|made (?:any|a|much) difference)|never (?:budged|shifted|changed|improved|helped|worked)|(?:did|does|do) (?:absolutely|literally|precisely|sweet) (?:nothing|zilch)|(?:did|does|do) (?:zip|jack|sod all|f all|nada)|none of (?:them|these|those|it) (?:touched|helped|worked|did)|notic(?:e|ed|ing) (?:nothing|no (?:difference|change|improvement|effect)|any (?:difference|change|improvement|effect))|(?:made|makes|make) (?:any|the slightest) difference|no (?:difference|change|improvement|effect)|not (?:working|helping)|nothing (?:changed|happened|helped|worked))\\b`,
  'i',
))

/**
 * A first-hand story's negation usually tells that the trouble went ("not a single cold all
 * winter", "haven't needed my blue inhaler once", "my knees don't ache"): the story affirms what the
 * remedy did. It is denied only where the story says the remedy did nothing. On dev, 23 stories
 * read negated became right and one became wrong ("never had so much as a sore arm", labelled
 * negated, where a sibling "not even a sore arm" is labelled affirmed).
 */
export function storyPolarity(sentence: string, polarity: Polarity): Polarity {
  return polarity === 'negated' && !NO_EFFECT.test(sentence) ? 'affirmed' : polarity
}
