import { ClaimScanInputError } from './errors.js'
import { claimKey, collapseSentence, keySentence } from './key.js'
import { clauseSpans, contextOf, sentenceContext, type ClaimContext, type SentenceContext } from './context.js'
import { readingsForMatching, type NormalizedText } from './normalize.js'
import { shownOrders } from './shown-order.js'
import { promotesOwnProduct } from './own-product.js'
import { computePolarity, findCues, storyPolarity, type SentenceCues } from './polarity.js'
import { isOnHealthTopic } from './model/health-topic.js'
import type { ModelPass } from './model/model-pass.js'
import type { CompiledPack, CompiledRule } from './rules/compile.js'
import { sentenceBounds } from './sentences.js'
import { compiledNow } from './native-regexp.js'
import { asksPlainly } from './question.js'
import { SEVERITY_RANK } from './severity-floor.js'
import { CATEGORY_IDS, type CategoryId, type Finding, type FindingMatch, type Polarity, type SentenceSpan, type Severity } from './types.js'

/**
 * The hot path. Candidates come from one pass of each finder over the normalised text; sentence
 * bounds, polarity and keys are then computed only for the candidates, so a text without claims
 * costs little more than the regular-expression scan itself. Matches of one category in one
 * sentence become one finding (one reviewer decision per claim) that lists every matched span.
 */

interface Candidate {
  rule: CompiledRule
  start: number
  end: number
  /** Which was found first, where the gate reads the text: ties keep that order. */
  order: number
}

/**
 * Tries planned before they are run. A long text's are run a batch at a time, so the plan stays a
 * few MB; the bench article plans about 6,000, 290 matchers at a time.
 */
const TRIES_PER_BATCH = 100_000
/** Where one matcher is to be tried, with the rule it stands for there and the try's order. */
interface Tries {
  rules: CompiledRule[]
  places: number[]
  orders: number[]
}

interface Sentence {
  span: SentenceSpan
  normalised: string
  /** What the claim keys of the sentence hash (see keySentence). */
  keyed: string
  cues: SentenceCues | null
  context: SentenceContext | null
}

/** One rule match with its polarity and severity, before merging per sentence and category. */
interface Hit {
  rule: CompiledRule
  start: number
  end: number
  polarity: Polarity
  severity: Severity
  sentence: number
  /** Background or attribution in the clause of the matched words (see context.ts). */
  context: ClaimContext | null
  note: string
}

interface Mention {
  start: number
  end: number
}

const WHITESPACE = /\s+/g
const CATEGORY_INDEX = new Map(CATEGORY_IDS.map((category, index) => [category, index]))
/** One number per sentence and category: one finding, one reviewer decision. */
const groupOf = (sentence: number, category: CategoryId) => sentence * CATEGORY_IDS.length + CATEGORY_INDEX.get(category)!

const ONE_STEP_LOWER: Record<Severity, Severity> = {
  error: 'warning',
  warning: 'suggestion',
  suggestion: 'suggestion',
}

/** `severity` one step lower, not below the rule's floor. */
/** A plain question (question.ts) asks for a decision, a warning, never for approval. */
const capForQuestion = (severity: Severity, sentence: Sentence): Severity =>
  severity === 'error' && asksPlainly(sentence.normalised) ? 'warning' : severity

const lowerOneStep = (severity: Severity, rule: CompiledRule): Severity => {
  const lower = ONE_STEP_LOWER[severity]
  return SEVERITY_RANK[lower] < SEVERITY_RANK[rule.floor] ? rule.floor : lower
}

export const tooManyFindings = (limit: number) =>
  new ClaimScanInputError('TOO_MANY_FINDINGS', `More than ${limit} findings: split the text or raise limits.maxFindings`)

/** `text` with each run of whitespace as one space; a prefix rarely holds anything but single spaces. */
function singleSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32 ? text.charCodeAt(i + 1) <= 32 : code < 32 || code > 126)
      return text.replace(WHITESPACE, ' ')
  }
  return text
}

/** A claim in a blank-line-separated block never continues into the next one. */
const BLANK_LINE = /\n[^\S\n]*\n/
/**
 * The model reads sentences of at least this many words. In a title, slug, heading or list item it
 * has only topic words to go on ("CAR T-cell therapy and MS"), and flags the topic, not a claim.
 */
const MODEL_MIN_WORDS = 7
/**
 * A sentence that tells the reader what to take or give ("Give children 10 ml of the syrup"): what
 * the dosing rules are for, so the model's ordinary reading does not lower their findings there.
 */
const DOSE_COMMAND = compiledNow(
  /^["'(*\s-]*(?:(?:please|always|just|simply|then|now),? )?(?:give|take|use|apply|inject|swallow|chew|drink|double|skip|stop|start|increase|reduce|halve|add|mix|dissolve|spray|rub|insert)\b/i,
)
/** Below this probability for every kind of claim, the model reads a sentence as ordinary. */
const ORDINARY_BELOW = 0.2
/**
 * Below this, the model's reading is strong enough to leave out a suggestion: stricter than
 * lowering, since the reviewer then sees nothing. Chosen by 5-fold cross-validation on dev: 0.15
 * left out 16 more ordinary sentences' findings than 0.1, all of them background, and lost no
 * must-see one; 0.2 cut 27 and lost 3.
 */
const SUGGESTION_LEFT_OUT_BELOW = 0.15
/**
 * Someone else's claim, quoted or warned about ("Dairy feeds cancer cells, the post claims"), is
 * what the article answers, so the model needs a stronger reading to leave it out: in the same
 * cross-validation the stricter bar here lost nothing of the cut above.
 */
const ATTRIBUTED_SUGGESTION_LEFT_OUT_BELOW = 0.1
/**
 * Whether the model's word `text[start, end)` is a denial of what follows it rather than of the
 * words before it (see modelHit): "away, no side effects", "remission without steroids", "like
 * nothing else", "and never needed a doctor". Not when the sentence ends there ("noticed nothing")
 * or when it denies the evidence for what came before ("have no scientific basis").
 */
function deniesWhatFollows(text: string, start: number, end: number, sentenceEnd: number): boolean {
  if (!DENIAL.test(text.slice(start, end))) return false
  const rest = text.slice(end, Math.min(sentenceEnd, end + 40))
  return /\w/.test(rest) && !EVIDENCE_AFTER.test(rest)
}
const DENIAL = /^(?:no|not|never|none|nothing|nor|without)$/i
const EVIDENCE_AFTER = /^ (?:\w+ )?(?:evidence|proof|basis)\b/i
export const MODEL_OVERRULED_NOTE =
  ' Everyday wording that is usually no claim, kept because the statistical model reads this sentence as a claim of this kind; a warning at most.'
const ORDINARY_NOTE =
  ' Shown one step lower than its rule sets: the statistical model reads this sentence as ordinary text, not a claim.'

function hasWords(text: string, start: number, end: number, count: number): boolean {
  let words = 0
  let inWord = false
  for (let at = start; at < end; at++) {
    const space = text.charCodeAt(at) <= 32
    if (!space && !inWord && ++words >= count) return true
    inWord = !space
  }
  return false
}

/**
 * The gates' hits first, then each rule matcher at all of its places in a row. Trying them in the
 * order of the text switched between some 290 matchers 6,000 times a scan, and each switch
 * fetched the matcher's machine code afresh: measured on the bench article, the same tries took
 * 2.7 ms in text order and 1.6 ms grouped.
 */
function findCandidates(pack: CompiledPack, text: string): { claims: Candidate[]; products: Candidate[] } {
  const claims: Candidate[] = []
  const products: Candidate[] = []
  const add = (rule: CompiledRule, start: number, end: number, tried: number) =>
    (rule.isProduct ? products : claims).push({ rule, start, end, order: tried })
  const tries = new Map<RegExp, Tries>()
  let planned = 0
  const tryPlanned = () => {
    for (const [matcher, { rules, places, orders }] of tries) {
      for (let index = 0; index < places.length; index++) {
        const at = places[index]!
        matcher.lastIndex = at
        // Sticky: a match leaves lastIndex at its end, and test() builds no match array.
        if (matcher.test(text)) add(rules[index]!, at, matcher.lastIndex, orders[index]!)
      }
    }
    tries.clear()
  }
  let order = 0
  for (const { gate, caseSensitive, candidates } of pack.passes) {
    gate.lastIndex = 0
    let gated: RegExpExecArray | null
    while ((gated = gate.exec(text)) !== null) {
      const at = gated.index
      // Resume inside the match: another rule may start within it ("miracle cure").
      gate.lastIndex = at + 1
      const found = candidates.at(singleSpaced(caseSensitive ? gated[0] : gated[0].toLowerCase()))
      if (found === null) continue
      const { rules, matchers } = found
      for (let index = 0; index < rules.length; index++) {
        const matcher = matchers[index]!
        let forMatcher = tries.get(matcher)
        if (forMatcher === undefined) tries.set(matcher, (forMatcher = { rules: [], places: [], orders: [] }))
        forMatcher.rules.push(rules[index]!)
        forMatcher.places.push(at)
        forMatcher.orders.push(order++)
      }
      if (order - planned >= TRIES_PER_BATCH) {
        tryPlanned()
        planned = order
      }
    }
  }
  tryPlanned()
  for (const { rule, matcher } of pack.unanchored) {
    matcher.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = matcher.exec(text)) !== null) {
      add(rule, found.index, found.index + found[0].length, order++)
      matcher.lastIndex = found.index + 1
    }
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order)
  products.sort((a, b) => a.order - b.order)
  return { claims, products }
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

/** The words of `rule`'s exception that overlap `sentence[start, end)`, or null when none does. */
function exceptionAt(rule: CompiledRule, sentence: string, start: number, end: number): Mention | null {
  const exception = rule.exception!
  exception.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = exception.exec(sentence)) !== null && match.index < end) {
    const matchEnd = match.index + match[0].length
    if (matchEnd > start) return { start: match.index, end: matchEnd }
  }
  return null
}

/**
 * What a rule's (or the model's) words `normalised[start, end)` in one sentence say: their
 * polarity, the rule's severity lowered one step where the rule says so for that polarity, and the
 * background or attribution of their clause. Callers decide what context does to the severity.
 */
function readMatch(
  rule: CompiledRule,
  normalised: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  sentence: Sentence,
): { polarity: Polarity; severity: Severity; context: ClaimContext | null } {
  const read = computePolarity(
    normalised,
    start,
    end,
    sentenceStart,
    sentenceEnd,
    sentence.cues,
    rule.polarity,
    rule.instruction,
  )
  const polarity = rule.category === 'testimonial_anecdote' ? storyPolarity(sentence.normalised, read) : read
  return {
    polarity,
    severity: capForQuestion(rule.lowerOn.includes(polarity) ? lowerOneStep(rule.severity, rule) : rule.severity, sentence),
    context: contextOf(sentence.context, start - sentenceStart, end - sentenceStart),
  }
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
  const [stored, ...storedOthers] = readingsForMatching(text)
  const findings = scanReading(pack, text, stored!, fieldPath)
  // Right-to-left characters and controls can show the text in another order: the claim a reader
  // sees counts too.
  const others = [...storedOthers, ...shownOrders(text).flatMap((order) => readingsForMatching(text, order))]
  if (others.length === 0) return findings
  const other = others.flatMap((reading) => scanReading(pack, text, reading, fieldPath))
  return withOtherReading(findings, other, pack.limits.maxFindings)
}

/**
 * `findings` joined by those of another reading of the same text (as shown on screen, say): where
 * both find a claim of one kind in a sentence starting at one place, the graver finding stands.
 */
export function withOtherReading(findings: Finding[], other: Finding[], maxFindings: number): Finding[] {
  const claimOf = (finding: Finding) => `${finding.sentence.start} ${finding.category}`
  const found = new Map(findings.map((finding, index) => [claimOf(finding), index]))
  for (const finding of other) {
    const index = found.get(claimOf(finding))
    if (index !== undefined) {
      const stored = findings[index]!
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[stored.severity]) findings[index] = finding
      else if (finding.severity === stored.severity) {
        // As grave: the words the reader sees are shown too.
        const matchOf = (match: FindingMatch) => `${match.ruleId} ${match.start} ${match.end}`
        const seen = new Set(stored.matches.map(matchOf))
        stored.matches.push(...finding.matches.filter((match) => !seen.has(matchOf(match))))
        stored.matches.sort((a, b) => a.start - b.start)
      }
      continue
    }
    // Two other readings may find the same claim the stored one does not.
    found.set(claimOf(finding), findings.length)
    findings.push(finding)
    if (findings.length > maxFindings) throw tooManyFindings(maxFindings)
  }
  return findings.sort((a, b) => a.start - b.start)
}

function scanReading(pack: CompiledPack, text: string, reading: NormalizedText, fieldPath: string): Finding[] {
  const { text: normalised, starts: startMap, ends: endMap } = reading
  const { claims, products } = findCandidates(pack, normalised)
  if (claims.length === 0 && pack.model === null) return []
  // Offsets into the original text: normalisation may drop or expand characters.
  const originalStart = (at: number) =>
    startMap === null ? at : at < startMap.length ? startMap[at]! : text.length
  const originalEnd = (at: number) => (endMap === null || at === 0 ? at : endMap[at - 1]!)

  const { starts, ends, runsOn } = sentenceBounds(normalised)
  // A sentence a reader reads on from or into (cut by length, or a line read as a title) keys its
  // neighbour's words too: an edit there changes what the claim says.
  const neighbours = (index: number) =>
    (index > 0 && runsOn[index - 1] ? `\u0002${collapseSentence(normalised.slice(starts[index - 1]!, ends[index - 1]!))}` : '') +
    (runsOn[index] ? `\u0003${collapseSentence(normalised.slice(starts[index + 1]!, ends[index + 1]!))}` : '')
  const sentences = new Map<number, Sentence>()
  const sentenceAt = (index: number) => {
    let sentence = sentences.get(index)
    if (sentence === undefined) {
      const start = starts[index]!
      const end = ends[index]!
      const folded = normalised.slice(start, end)
      const spanStart = originalStart(start)
      const spanEnd = originalEnd(end)
      const span = { text: text.slice(spanStart, spanEnd), start: spanStart, end: spanEnd }
      const collapsed = collapseSentence(folded)
      sentence = {
        span,
        normalised: collapsed,
        keyed: keySentence(span.text, collapsed) + neighbours(index),
        cues: findCues(normalised, start, end),
        context: sentenceContext(folded),
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
  const productNames = (index: number) =>
    [
      ...new Set(
        productsBySentence
          .get(index)!
          .map((mention) => text.slice(originalStart(mention.start), originalEnd(mention.end))),
      ),
    ].join(', ')

  const hits: Hit[] = []
  const raisedSentences = new Set<number>()
  // Counted as they are found, so a flood of claims stops before each one is weighed.
  const groups = new Set<number>()
  // Words a rule's exception read as no claim ("cured of its booking backlog"), by sentence and
  // category: the model does not report a claim of that category on those same words.
  const excepted = new Map<number, Mention[]>()
  // Where each category's last kept match ends: a match inside one is the same claim ("FDA-approved
  // for" is one regulatory claim). Watch-list-only rules never shadow others: away from a product
  // they are dropped below.
  const keptUntil = new Map<string, number>()
  // The everyday words an exception matched, by category: no rule of that category reads a claim
  // in them. A match they excuse claims no stretch of text, so a claim that starts after them
  // ("Use the checker and stop your statins") is still read.
  const excused = new Map<string, Mention[]>()
  // Whether sentence `index` promotes the writer's own product, read once per sentence.
  const promotes = new Map<number, boolean>()
  const promotesAt = (index: number): boolean => {
    let own = promotes.get(index)
    if (own === undefined) promotes.set(index, (own = promotesOwnProduct(normalised.slice(starts[index]!, ends[index]!))))
    return own
  }
  // Everyday words may carry a claim ("Take a break from your statins"): when the model reads their
  // clause (the sentence, when the clause is too short to read) as a claim of the excused match's
  // kind, the match is kept for the reviewer.
  const overrules = new Map<string, boolean>()
  const overruledHits: Hit[] = []
  const modelOverrules = (index: number, category: CategoryId, at: number): boolean => {
    const model = pack.model
    const alone = model?.categoryAlone.get(category)
    if (!model || alone === undefined) return false
    const sentence = { start: starts[index]!, end: ends[index]! }
    const clause = clauseSpans(normalised, sentence.start, sentence.end).find((span) => at < span.end)!
    const { start, end } = hasWords(normalised, clause.start, clause.end, MODEL_MIN_WORDS) ? clause : sentence
    const key = `${start} ${category}`
    let verdict = overrules.get(key)
    if (verdict === undefined) {
      verdict =
        hasWords(normalised, start, end, MODEL_MIN_WORDS) &&
        model.classifier.top(normalised, start, end, alone).probability > model.threshold
      overrules.set(key, verdict)
    }
    return verdict
  }
  // First which matches stand: shadowed, excused or overruled.
  const standing: { rule: CompiledRule; start: number; end: number; index: number; overruled: boolean }[] = []
  for (const { rule, start, end } of claims) {
    if (!rule.requiresWatchList && start < (keptUntil.get(rule.category) ?? -1)) continue
    const index = sentenceIndexAt(ends, start)
    groups.add(groupOf(index, rule.category))
    if (groups.size > pack.limits.maxFindings) throw tooManyFindings(pack.limits.maxFindings)
    if (rule.requiresWatchList && !productsBySentence.has(index)) continue
    const sentenceStart = starts[index]!
    const sentenceEnd = ends[index]!
    if (BLANK_LINE.test(normalised.slice(start, end))) continue
    let excuse = excused.get(rule.category)?.find((words) => words.start < end && words.end > start) ?? null
    if (excuse === null && rule.exception !== null) {
      const sentenceText = normalised.slice(sentenceStart, sentenceEnd)
      const words = promotesAt(index) ? null : exceptionAt(rule, sentenceText, start - sentenceStart, end - sentenceStart)
      if (words !== null) {
        excuse = { start: sentenceStart + words.start, end: sentenceStart + words.end }
        excused.set(rule.category, [...(excused.get(rule.category) ?? []), excuse])
      }
    }
    const overruled = excuse !== null && modelOverrules(index, rule.category, start)
    if (excuse !== null && !overruled) {
      const key = groupOf(index, rule.category)
      excepted.set(key, [...(excepted.get(key) ?? []), { start, end }])
      continue
    }
    if (!overruled && !rule.requiresWatchList) keptUntil.set(rule.category, end)
    standing.push({ rule, start, end, index, overruled })
  }
  // Then what they say, in a pass of its own: the exceptions' patterns and the sentences' patterns
  // each run many times in a row (see findCandidates), about 5% faster on the bench article.
  for (const { rule, start, end, index, overruled } of standing) {
    const { polarity, severity: read, context } = readMatch(rule, normalised, start, end, starts[index]!, ends[index]!, sentenceAt(index))
    if (overruled) {
      // Never shadows a later match (that one may be a claim the exception missed), and the model
      // alone never blocks: a warning at most, as for its own findings.
      let severity = context !== null ? rule.floor : read
      if (SEVERITY_RANK[severity] > SEVERITY_RANK.warning) severity = 'warning'
      overruledHits.push({ rule, start, end, polarity, severity, sentence: index, context, note: MODEL_OVERRULED_NOTE })
      continue
    }
    let severity = read
    let note = ''
    if (rule.raisedByWatchList && productsBySentence.has(index)) {
      // FDA 21 CFR 312.7: efficacy or safety wording next to an investigational product.
      severity = 'error'
      note = ` Investigational product named in this sentence: ${productNames(index)}.`
      raisedSentences.add(index)
    } else if (context !== null) {
      // Background and someone else's claim inform the reviewer; they never block by themselves.
      severity = rule.floor
    }
    hits.push({ rule, start, end, polarity, severity, sentence: index, context, note })
  }
  const watchRule = pack.watchRule
  if (watchRule !== null) {
    for (const index of raisedSentences) {
      const sentence = sentenceAt(index)
      for (const { start, end } of productsBySentence.get(index)!) {
        const polarity = computePolarity(
          normalised,
          start,
          end,
          starts[index]!,
          ends[index]!,
          sentence.cues,
          watchRule.polarity,
        )
        const context = contextOf(sentence.context, start - starts[index]!, end - starts[index]!)
        hits.push({ rule: watchRule, start, end, polarity, severity: watchRule.severity, sentence: index, context, note: '' })
      }
    }
  }
  const dropped = new Set<Hit>()
  if (pack.model !== null) {
    const ruled = new Map<number, Hit[]>()
    for (const hit of hits) {
      const sentenceHits = ruled.get(hit.sentence)
      if (sentenceHits === undefined) ruled.set(hit.sentence, [hit])
      else sentenceHits.push(hit)
    }
    for (let index = 0; index < starts.length; index++) {
      const start = starts[index]!
      const end = ends[index]!
      if (!hasWords(normalised, start, end, MODEL_MIN_WORDS)) continue
      const sentenceHits = ruled.get(index) ?? []
      // A pitch for the writer's own product is read by the rules alone, as its exceptions are not.
      if (!raisedSentences.has(index) && !(sentenceHits.length > 0 && promotesAt(index))) {
        const clauses = clauseReadings(pack.model, normalised, start, end)
        const command = sentenceHits.some((hit) => hit.rule.instruction) && DOSE_COMMAND.test(normalised.slice(start, end))
        const lowered = lowerIfOrdinary(sentenceHits, clauses, command)
        for (const hit of ordinarySuggestions(sentenceHits, lowered, clauses)) dropped.add(hit)
      }
      // The model may add a kind of claim the rules did not report in the sentence ("none of us got
      // COVID" after a dosing rule's match), never a second finding of one they did. Both tests
      // come before the words behind the answer and the sentence's context, which cost more.
      const { classIndex, probability } = pack.model.classifier.top(normalised, start, end, pack.model.allowed)
      if (!(probability > pack.model.threshold)) continue
      const category = pack.model.rules[classIndex]!.category
      if (sentenceHits.some((ruledHit) => ruledHit.rule.category === category)) continue
      // Checked after the model, which rarely fires: the topic test is the slower of the two.
      if (!isOnHealthTopic(normalised.slice(start, end))) continue
      const hit = modelHit(pack.model, normalised, start, end, index, sentenceAt, (from, to) =>
        text.slice(originalStart(from), originalEnd(to)),
      )
      if (hit === null) continue
      const exceptedWords = excepted.get(groupOf(index, category))
      if (exceptedWords?.some((words) => words.start < hit.end && words.end > hit.start)) continue
      groups.add(groupOf(index, hit.rule.category))
      if (groups.size > pack.limits.maxFindings) throw tooManyFindings(pack.limits.maxFindings)
      hits.push(hit)
    }
  }
  // Overruled matches speak only where neither the rules nor the model asked for a decision on that
  // kind of claim in the sentence, one per stretch of text. Added after the model's lowering: the
  // overrule has already read the match's clause, and found a claim there.
  const decided = new Set<number>()
  for (const hit of hits) {
    if (!dropped.has(hit) && hit.severity !== 'suggestion') decided.add(groupOf(hit.sentence, hit.rule.category))
  }
  const overruledUntil = new Map<number, number>()
  for (const hit of overruledHits) {
    const key = groupOf(hit.sentence, hit.rule.category)
    if (decided.has(key) || hit.start < (overruledUntil.get(key) ?? -1)) continue
    overruledUntil.set(key, hit.end)
    hits.push(hit)
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)

  const findings: Finding[] = []
  const merged = new Map<number, Finding>()
  const readByPrimary = new Set<number>()
  for (const hit of hits) if (!pack.secondary.has(hit.rule.id) && !dropped.has(hit)) readByPrimary.add(groupOf(hit.sentence, hit.rule.category))
  for (const hit of hits) {
    const groupKey = groupOf(hit.sentence, hit.rule.category)
    if (dropped.has(hit)) continue
    if (pack.secondary.has(hit.rule.id) && readByPrimary.has(groupKey)) continue
    const sentence = sentenceAt(hit.sentence)
    const start = originalStart(hit.start)
    const end = originalEnd(hit.end)
    const match: FindingMatch = { ruleId: hit.rule.id, start, end, text: text.slice(start, end) }
    const existing = merged.get(groupKey)
    if (existing !== undefined) {
      existing.matches.push(match)
      if (SEVERITY_RANK[hit.severity] > SEVERITY_RANK[existing.severity]) {
        existing.severity = hit.severity
        // The finding now asks for a decision because the model overruled an exception: say so.
        if (hit.note === MODEL_OVERRULED_NOTE) existing.message += hit.note
      }
      // Background or attribution only when every match of the claim reads so.
      if (existing.context !== (hit.context ?? undefined)) delete existing.context
      continue
    }
    const finding = makeFinding(hit, match, fieldPath, sentence)
    merged.set(groupKey, finding)
    findings.push(finding)
    if (findings.length > pack.limits.maxFindings) throw tooManyFindings(pack.limits.maxFindings)
  }
  return findings
}

const quoted = (words: string[]) =>
  words.length === 1
    ? `"${words[0]}"`
    : `${words.slice(0, -1).map((word) => `"${word}"`).join(', ')} and "${words[words.length - 1]}"`

interface ClauseReading {
  start: number
  end: number
  /** Whether the model reads the clause and no kind of claim in it reaches `bar`. */
  ordinaryBelow(bar: number): boolean
}

/**
 * The clauses of `normalised[start, end)`, split when first asked for, each read by the model at
 * most once (lowering and leaving out findings ask the same question with different bars).
 */
function clauseReadings(model: ModelPass, normalised: string, start: number, end: number): () => ClauseReading[] {
  let clauses: ClauseReading[] | undefined
  return () =>
    (clauses ??= clauseSpans(normalised, start, end).map((clause): ClauseReading => {
      const readable = hasWords(normalised, clause.start, clause.end, MODEL_MIN_WORDS)
      let probability: number | undefined
      return {
        ...clause,
        ordinaryBelow: (bar) =>
          readable &&
          (probability ??= model.classifier.top(normalised, clause.start, clause.end, model.anyClass).probability) <= bar,
      }
    }))
}

/**
 * In a clause the model reads as ordinary (no kind of claim reaches ORDINARY_BELOW), the rules'
 * findings are shown one step lower: an error as a warning, which still needs a reviewer's
 * decision, and a warning as a suggestion, which the reviewer sees without a decision being asked
 * for. On the blind splits this halved the errors and cut a third of the warnings on ordinary
 * sentences, and lost no finding on must-see ones. Never below the rule's floor, and never an
 * instruction where the sentence is a `command` (DOSE_COMMAND). The caller leaves out sentences too
 * short for the model, those where an investigational product raised the findings and those that
 * promote the writer's own product.
 */
function lowerIfOrdinary(sentenceHits: Hit[], readings: () => ClauseReading[], command: boolean): Hit[] {
  const lowerable = (hit: Hit) => SEVERITY_RANK[hit.severity] > SEVERITY_RANK[hit.rule.floor] && !(command && hit.rule.instruction)
  if (!sentenceHits.some(lowerable)) return []
  // Read clause by clause: ordinary words in another clause do not make a claim ordinary.
  const clauses = readings()
  const ordinary = clauses.map(
    (clause) =>
      sentenceHits.some((hit) => lowerable(hit) && hit.start < clause.end && hit.end > clause.start) &&
      clause.ordinaryBelow(ORDINARY_BELOW),
  )
  const lowered: Hit[] = []
  for (const hit of sentenceHits) {
    const inOrdinaryClauses = clauses.every((clause, at) => ordinary[at] || hit.start >= clause.end || hit.end <= clause.start)
    if (!lowerable(hit) || !inOrdinaryClauses) continue
    hit.severity = lowerOneStep(hit.severity, hit.rule)
    hit.note += ORDINARY_NOTE
    lowered.push(hit)
  }
  return lowered
}

/**
 * Suggestions (a rule's weakest wording, or a finding lowered by background or attribution) in a
 * clause the model reads as plainly ordinary: left out, so the reviewer gets no card for "report
 * side effects to your pharmacist". Suggestions never hold up publishing, so nothing a reviewer must
 * decide is lost; findings a rule's floor keeps at a warning stay, and so do short clauses, which
 * the model does not read. Not those the model itself `lowered` from a warning: the model alone
 * never takes a rule's warning away. (Letting it do so cut 52 ordinary sentences' findings in 5-fold
 * cross-validation on dev, but lost 19 must-see ones, such as "Stay at home if you have a fever and
 * a new cough", which the model reads at 8%.)
 */
function ordinarySuggestions(sentenceHits: Hit[], lowered: Hit[], readings: () => ClauseReading[]): Hit[] {
  const candidates = sentenceHits.filter((hit) => hit.severity === 'suggestion' && !lowered.includes(hit))
  if (candidates.length === 0) return []
  const clauses = readings()
  return candidates.filter((hit) => {
    const bar = hit.context === 'attributed' ? ATTRIBUTED_SUGGESTION_LEFT_OUT_BELOW : SUGGESTION_LEFT_OUT_BELOW
    return clauses.some((clause) => hit.start >= clause.start && hit.end <= clause.end && clause.ordinaryBelow(bar))
  })
}

/**
 * The statistical model on one sentence: a hit of `model.<category>` spanning the words that
 * weighed most for that category, or null below the model's threshold. Polarity is read
 * as for a rule match on those words; severity is a warning at most, lowered as the category
 * says for its polarity, and a suggestion in background or attributed sentences.
 */
function modelHit(
  model: ModelPass,
  normalised: string,
  sentenceStart: number,
  sentenceEnd: number,
  index: number,
  sentenceAt: (index: number) => Sentence,
  original: (start: number, end: number) => string,
): Hit | null {
  const found = model.classifier.classify(normalised, sentenceStart, sentenceEnd, model.threshold, model.allowed)
  if (found === null) return null
  const rule = model.rules[found.classIndex]!
  const words = found.contributors
  let start = sentenceStart
  let end = sentenceEnd
  if (words.length > 0) {
    start = Math.min(...words.map((word) => word.start))
    // A denial the model weighed that belongs to what follows it is left out of the span, so it does
    // not deny the claim: "took my anxiety away, no side effects".
    const spanWords = words.filter((word) => !deniesWhatFollows(normalised, word.start, word.end, sentenceEnd))
    end = Math.max(...(spanWords.length > 0 ? spanWords : words).map((word) => word.end))
  }
  const { polarity, severity: read, context } = readMatch(rule, normalised, start, end, sentenceStart, sentenceEnd, sentenceAt(index))
  const severity = context === null ? read : rule.floor
  const because =
    words.length === 0 ? 'the sentence as a whole' : `the words ${quoted(words.map((word) => original(word.start, word.end)))}`
  const note =
    ` Found by the statistical model, not by a rule (${Math.round(found.probability * 100)}% likely), because of ${because}:` +
    ' if this is not such a claim, acknowledge the finding; if it is, check it as for any other.'
  return { rule, start, end, polarity, severity, sentence: index, context, note }
}

/** One finding per sentence and category; its key (field, normalised sentence, category) is built here and nowhere else. */
function makeFinding(hit: Hit, match: FindingMatch, fieldPath: string, sentence: Sentence): Finding {
  const category: CategoryId = hit.rule.category
  const finding: Finding = {
    ruleId: hit.rule.id,
    category,
    severity: hit.severity,
    polarity: hit.polarity,
    start: match.start,
    end: match.end,
    text: match.text,
    sentence: sentence.span,
    message: formatMessage(hit.rule.messageParts, match.text) + hit.note,
    key: claimKey(fieldPath, sentence.keyed, category),
    matches: [match],
  }
  if (hit.context !== null) finding.context = hit.context
  return finding
}
