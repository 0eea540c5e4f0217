/**
 * Where a claim sits, read from its sentence. Background (a definition, a prevalence figure, an
 * instruction to report side effects, navigation) and attribution (someone else's claim being
 * quoted, warned about or fact-checked) lower a finding's severity, so the reviewer still sees it
 * without publishing being blocked by a glossary line. Only where the model also reads the clause as
 * plainly ordinary is a suggestion left out (scan-text.ts, `ordinarySuggestions`).
 */

import { compiledNow } from './native-regexp.js'
import { alternationTrie } from './rules/alternation-trie.js'
import { topLevelBranches } from './rules/anchors.js'
import { groupEnd, quantifierAt } from './rules/regex-source.js'

export type ClaimContext = 'background' | 'attributed'

const NUMBER = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an)'

/** Words that praise what a definition names: such a sentence is a claim, not a definition. */
const PRAISE =
  '(?:effective|safe|safer|safest|proven|best|better|good|great|powerful|potent|natural|miracle|breakthrough|promising|successful|reliable|excellent|ideal|superior|revolutionary|amazing|wonderful|real|genuine|guaranteed|clinically)'

/** A case-blind test for any of several patterns. */
interface AnyOf {
  test(clause: string): boolean
  /** The patterns, as written. */
  alternatives: readonly string[]
}

/**
 * `(?:a|b) c` as `a c` and `b c`, and so on into the next group, so that the words each
 * alternative begins with become literal beginnings an alternation trie can share. Only for
 * patterns where any match will do: the order of preference is not kept.
 */
function spreadLeadingGroups(branch: string): string[] {
  if (!branch.startsWith('(?:')) return [branch]
  const end = groupEnd(branch, 0)
  if (quantifierAt(branch, end).end > end) return [branch]
  return topLevelBranches(branch.slice(3, end - 1)).flatMap((inner) => spreadLeadingGroups(inner + branch.slice(end)))
}

/**
 * Whether any of `alternatives` matches, case-blind. Those that open with `^` are one pattern,
 * which V8 tries at the clause's start only. Those that open with `\b` are another, with the `\b`
 * written once (V8 tries every alternative at every position, and most positions are not a word's
 * start) and the words they begin with written once (`alternationTrie`). Measured on the bench
 * article's sentences: background 0.34 ms and attribution 0.13 ms, against 0.45 and 0.15 as one
 * pattern each with the `\b` written once, and 0.47 and 0.23 before that. The spread patterns are
 * 15 and 16 KB long: V8 does not optimise a pattern over 20 KB.
 */
function anyOf(alternatives: string[]): AnyOf {
  const branches = alternatives.flatMap((alternative) => topLevelBranches(alternative))
  const opening = (marker: string) =>
    branches.filter((branch) => branch.startsWith(marker)).map((branch) => branch.slice(marker.length))
  const atStart = opening('^')
  const atWord = opening('\\b').flatMap(spreadLeadingGroups)
  const literal = atWord.filter((branch) => /^[a-z]/.test(branch)).sort()
  const wordGroup = [
    ...(literal.length > 0 ? [alternationTrie(literal)] : []),
    ...atWord.filter((branch) => !/^[a-z]/.test(branch)),
  ]
  const others = branches.filter((branch) => !branch.startsWith('^') && !branch.startsWith('\\b'))
  const start = atStart.length > 0 ? compiledNow(new RegExp(`^(?:${atStart.join('|')})`, 'i')) : null
  const anywhere = compiledNow(
    new RegExp([...(wordGroup.length > 0 ? [`\\b(?:${wordGroup.join('|')})`] : []), ...others].join('|'), 'i'),
  )
  return { test: (clause) => start?.test(clause) === true || anywhere.test(clause), alternatives }
}

const BACKGROUND = anyOf(
  [
    // definitions
    "\\b(?:is|are|was|were) (?:also |sometimes |often |usually |commonly )?(?:known as|called|termed|defined as|referred to as|described as)\\b",
    '\\b(?:this|these|that|it) (?:is|are) (?:known|called|termed)\\b',
    '\\bused to be (?:known|called)\\b',
    '^(?:[\\w\'-]+ ){1,3}means\\b',
    // "A cure rate, in this report, means ...", "One unit of alcohol is 10ml of pure alcohol".
    "^(?:[\\w'-]+ ){0,4}?[\\w'-]+, (?:in|for|throughout) (?:this|these|our|the) (?:[\\w-]+ )?(?:report|review|study|page|article|guide|analysis|leaflet|table|figure)s?, (?:means|refers to|is|are)\\b",
    // A unit is an amount: "One unit equals a miracle cure" is no definition.
    "^(?:a|an|one) unit (?:of alcohol )?(?:is|equals|means) (?:about |around |roughly |approximately |just )?(?:\\d|half|one|two|eight|ten)",
    '\\brefers? to\\b',
    '\\bthe (?:words?|terms?|phrases?)\\b',
    "'[\\w -]{2,30}' (?:describes|means|refers to|is (?:the|a) (?:word|term|name|figure))\\b",
    // history: "penicillin was first given to a patient in 1941"
    '\\b(?:was|were) first (?:given|used|discovered|described|identified|isolated|made|introduced|developed|tested|licensed|approved)\\b',
    '\\b(?:another|a|the) (?:word|name|term) for\\b',
    // a disease's history: "was declared eliminated in 2000", "the only disease ever to have been eradicated"
    '\\b(?:was|were|has been|have been) (?:officially |formally )?declared (?:eliminated|eradicated|free of)\\b|\\bever to have been (?:eradicated|eliminated)\\b',
    `^(?:[\\w'-]+ ){1,3}(?:is|are) (?:a |an )?(?:(?!${PRAISE}\\b)[\\w'-]+ ){0,2}(?:medicines?|hormones?|group of|type of|class of|procedure|term) (?:that|which|used|where|in which)\\b`,
    '\\buses? (?:[\\w\'-]+ ){1,4}to (?:kill|destroy|treat|find|shrink|target)\\b',
    // "X is a condition that...", "X is care for...", "X is where...": a definition of the subject
    // ... but not one that praises it: "X is an effective treatment for Y" is a claim, and not
    // "there is a small chance of bleeding", which says what may happen.
    `^(?!there )(?:[\\w'()-]+ ){1,4}(?:is|are) (?:(?:a|an|the) )?(?:(?!${PRAISE}\\b)[\\w'-]+ ){0,4}?(?:conditions?|diseases?|infections?|illness(?:es)?|disorders?|syndromes?|medicines?|drugs?|treatments?|therap(?:y|ies)|procedures?|operations?|tests?|scans?|vaccines?|substances?|names?|types?|kinds?|forms?|groups?|class(?:es)?|care|viruse?s?|cancers?|reactions?|chemicals?|vegetables?|minerals?|vitamins?|proteins?|ingredients?|measures?|effects?|nutrients?|hormones?|bugs?|germs?|parasites?|bacteri(?:um|a)|fung(?:us|i)|pathogens?|allerg(?:y|ies)|process|chance|likelihood|number|proportion|percentage|method|practice)(?: (?:that|which|used|where|in which|caused|of|for|when|given|made|spread|caught|carried|passed|transmitted|picked|found|seen|(?!(?:approved|licen[sc]ed|authori[sz]ed|cleared|proved|recommended|tested|shown|designed|developed|prescribed|used|trusted|loved|praised|backed|favou?red|hailed|celebrated|acclaimed|endorsed|preferred|guaranteed|certified)\\b)[a-z]{3,}ed)|, (?:some|many|most|all|one|several|each|none|two|three) of (?:which|whom|them))\\b`,
    "^(?:[\\w'()-]+ ){1,4}(?:is|are) (?:when|where) ",
    // "Allergic rhinitis, often called hay fever, is an allergic reaction to pollen"
    `^(?:[\\w'()-]+ ){0,3}[\\w'()-]+, (?:often |also |sometimes |commonly |usually )?(?:called|known as) (?:[\\w'()-]+ ){0,2}[\\w'()-]+, (?:is|are) (?:(?:a|an|the) )?(?:(?!${PRAISE}\\b)[\\w'-]+ ){0,3}?(?:conditions?|diseases?|infections?|illness(?:es)?|disorders?|syndromes?|reactions?|inflammation|swelling|growths?|cancers?|viruse?s?|bacteri(?:um|a)) (?:to|of|that|which|in|caused|where)\\b`,
    '\\b(?:this|it) is (?:also )?(?:called|known as)\\b',
    // "Doctors usually call it colic when a baby cries ...": a name given by its criterion.
    "\\b(?:call|calls) (?:it|this|them) (?:[\\w'-]+ ){1,2}(?:when|if)\\b",
    // the fields of a trial registry entry
    '^(?:primary|secondary|brief|official|study|condition|conditions|intervention|interventions|outcome|outcomes|sponsor|location|locations|allocation|masking|recruitment status|estimated)(?: [\\w-]+){0,2}:',
    '\\bwork(?:s)? by\\b',
    // a glossary: "Placebo: an inactive substance...", "Relative risk tells you how..."
    "^(?!(?:warning|note|important|fact|facts|claim|verdict|myth|truth|update|breaking|rating|true|false|bottom line|answer|yes|no)\\b)(?:[\\w'-]+ ){0,2}[\\w'-]+: an? (?:[\\w'-]+ ){0,3}?(?:substance|term|word|measure|type|kind|group|study|trial|test|method|number|figure|condition|procedure|dummy|sham)\\b",
    '\\btells? you (?:how|whether|what|if)\\b',
    // method text: "effectiveness was estimated as...", "recovery, defined as three days free of symptoms"
    '\\b(?:was|were) (?:estimated|calculated|measured|assessed) (?:as|using|by|from)\\b',
    '\\bdefined as\\b',
    // what a study set out to measure: "Outcomes of interest were hot flush frequency and adverse events"
    '^(?:the )?(?:(?:primary|secondary|main) (?:outcomes?|end ?points?)|(?:outcomes?|end ?points?) (?:of interest|measured|assessed)) (?:were|was|included|will be|are)\\b(?! that\\b)',
    // disease burden: "tuberculosis caused an estimated 1.4 million deaths in 2019"
    "\\b(?:caused|causes|accounted for|led to) (?:an estimated |about |around |roughly |nearly |some |over |more than )?\\d[\\d,.]*(?: million| thousand| billion)? (?:deaths|cases|hospitali[sz]ations|admissions|infections)\\b(?: [\\w-]+){0,3}? in (?:19|20)\\d\\d\\b",
    // what a study measured or compared (its findings, if any, are claims of their own)
    '\\b(?:the )?(?:risk of bias|certainty of (?:the )?evidence|quality of (?:the )?evidence) (?:was|were|is|are) (?:judged|rated|assessed|graded|considered)\\b',
    "\\b(?:data|adverse events|side effects|symptoms|samples|information|outcomes|reactions) (?:[\\w'-]+ )?(?:was|were|will be) (?:collected|gathered|recorded|monitored) (?:for|using|by|through|via|at|from|with|daily|weekly|every|over)\\b",
    '\\b(?:designed|set up|powered|large enough) to (?:test|measure|detect|assess|show|tell) (?:whether|if|how)\\b',
    '\\b(?:the )?(?:study|trial|survey|researchers?|scientists|team|review|analysis) (?:(?:will|has|have|had|also|now|next|then) ){0,2}(?:compare[ds]?|measure[ds]?|record(?:ed|s)?|look(?:ed|s)? at (?:whether|how|if)|assess(?:ed|es)?|examine[ds]? (?:whether|how|if)|investigate[ds]? (?:whether|how|if)|ask(?:ed|s)? (?:people|participants|patients)|track(?:ed|s)?|test(?:ed|s)? whether)\\b',
    // navigation: "side effects are listed in the leaflet"
    '\\b(?:are|is) (?:all )?(?:listed|described|explained|set out) (?:in|on|below|above|at)\\b',
    // prevalence and incidence
    `\\b${NUMBER} (?:(?:adult|person|child|woman|man|baby|patient)s? )?(?:out of|in) (?:every )?${NUMBER}(?: hundred| thousand)? (?:[\\w'-]+ ){0,5}?(?:have|has|had|get|gets|develop|develops|will be|will get|will develop|are|is|live|living|experience|feels? (?:sick|ill|unwell|tired|exhausted|low|anxious|dizzy|nauseous|faint|breathless))\\b`,
    '\\b(?:are|were|is|was|being) (?:newly )?(?:diagnosed with|living with|affected by)\\b',
    // history and burden: "infected about a third of the world's population"
    "\\b(?:infected|killed|affected|affects|infects|kills) (?:about |around |roughly |nearly |almost |over |more than |up to |an estimated )?(?:a (?:third|quarter|half|fifth|tenth)|half|two thirds|\\d[\\d,.]* ?(?:%|per ?cent|million|thousand|billion)?) (?:of )?(?:the )?(?:[\\w-]+'s |global )?(?:population|people|adults|children)\\b",
    "\\b(?:affected|diagnosed) (?:about |around |roughly )?(?:[\\w'-]+ )?(?:twice|three times|four times) as often\\b|\\b(?:are|is) affected (?:about |around |roughly )?(?:twice|three times|four times|\\d+ times) as often\\b",
    "\\b(?:will|would) (?:get|develop|have|be diagnosed with|experience) (?:[\\w'-]+ ){0,4}?(?:in|during|over) (?:their|your|a) lifetime\\b",
    "\\b(?:a (?:third|quarter|half|fifth|tenth)|half|two thirds|three quarters|\\d+(?:\\.\\d+)? ?(?:%|per ?cent)) of (?:all |the )?(?:people|adults|children|women|men|those|cases|patients)(?: [\\w'-]+){0,4}? (?:have|has|had|get|gets|develop|develops|will (?:get|develop|have)|never (?:have|get|develop)|are diagnosed|experience|live)\\b",
    '\\b(?:diagnosed|affects?) (?:with )?(?:about |around |nearly |almost |over |more than |up to |some )?(?:\\d[\\d,.]*|one|two|three) (?:in|out of|million|thousand|people|adults|women|men|children)\\b',
    '\\b(?:people|adults|children|women|men) (?:in the (?:uk|us|world|country) )?(?:are|were) diagnosed\\b',
    // reporting and asking a professional
    '\\bshould (?:i|you|we) report\\b',
    '\\breport(?:ing)? (?:any |all |a |an )?(?:suspected |possible )?(?:side effects?|reactions?|adverse)',
    '\\b(?:yellow card|vaers|medwatch)\\b',
    '\\b(?:who|where) (?:can|should|do) (?:i|you|we) (?:contact|report|tell|call|go)\\b',
    '\\b(?:tell|ask|talk to|speak to|contact|check with) (?:your |a |the )?(?:doctor|gp|pharmacist|nurse|midwife|care team|healthcare|specialist|health visitor|diabetes team)\\b',
    '\\bwill (?:talk to you|explain|discuss|tell you|give you|check|ask)\\b',
    "^(?:please )?(?:tell|ask|let) (?:the|your|a|whoever|someone)\\b",
    '\\baccount(?:s|ing)? for\\b',
    '\\bnot everyone (?:will )?(?:gets?|has|have|experiences?)\\b',
    // navigation
    '(?:^|\\s)> ',
    '\\b(?:back to (?:top|search)|related (?:topics|articles|links)|page last reviewed|share this|sign up for our|newsletter)\\b',
  ],
)

const SOURCE =
  "(?:website|site|web ?page|label|labell?ing|product (?:page|label|listing)|listing|social media(?: account| page)?|facebook page|instagram(?: account)?|brochure|marketing|advert(?:isement)?|video|post|posts|article|seller|company|clinic(?:'s website)?|influencer|tweet|message|email|leaflet|promotion|testimonial|meme|clip)"

const ATTRIBUTED = anyOf(
  [
    '\\b(?:claims?|claimed|claiming) (?:that |to )',
    '\\b(?:falsely|wrongly|incorrectly|misleadingly|erroneously) (?:claims?|claimed|says?|said|states?|stated|suggests?|suggested|describes?|described|implies|implied)',
    // "so-called miracle diet", but not "so-called hybrid immunity", which only names a thing.
    "\\bso-called (?:[\\w'-]+ )?(?:cures?|miracles?|remed(?:y|ies)|detox\\w*|wonder|superfoods?|experts?|doctors?|treatments?|therap(?:y|ies)|natural)\\b",
    // "according to the Instagram post", but not "according to the gov site", which is advice restated.
    "\\baccording to (?:the|a|an|this|that|their|its) (?:[\\w'-]+ ){0,2}?(?:posts?|videos?|memes?|tweets?|messages?|sellers?|adverts?|advertisements?|influencers?|claims?)\\b",
    // "The post, shared by a page with 80,000 followers, says...": an aside between source and verb.
    `\\b(?:the|a|an|this|that) (?:[\\w'-]+ ){0,2}?${SOURCE},[^,.!?]{1,80}, (?:says?|said|claims?|claimed|states?|stated)\\b`,
    `\\b(?:the|a|an|this|that) (?:[\\w'-]+ ){0,2}?${SOURCE} (?:[\\w',-]+ ){0,6}?(?:told (?:her|his|their|its) (?:[\\w',-]+ ){0,2}?(?:followers|viewers|readers|audience|subscribers)|shared (?:[\\w',-]+ ){0,4}?times (?:says?|claims?))\\b`,
    `\\b(?:your|the|their|its|this|a|one|some|many) (?:[\\w'-]+ ){0,2}?${SOURCE} (?:[\\w'-]+ ){0,4}?(?:states?|stated|says?|said|claims?|claimed|describes?|described|includes?|promotes?|promoted|suggests?|suggested|advertises?|advertised|recommends?|calls?|called|brands?|branded|bills?|billed)\\b`,
    // a public figure's claim: "a state lawmaker said garlic soup could cure the virus"
    "\\b(?:a|an|the|one) (?:[\\w'-]+ ){0,2}?(?:lawmaker|politician|senator|congressman|congresswoman|governor|president|minister|mp|celebrity|pastor|preacher|presenter|podcaster|(?:podcast|radio|tv|talk show|chat show) host|rapper|singer|actor|actress|activist|youtuber|tiktoker|blogger) (?:[\\w'-]+ ){0,2}?(?:said|says|claimed|claims|told|suggested|insisted|posted)\\b",
    '\\b(?:is|are|was|were) (?:being )?(?:promoted|marketed|advertised|labell?ed|described|sold|touted|presented|hyped|billed) (?:as|to|for)\\b',
    // A verdict is the checker's own claim ("Verdict: the trials do not show..."), not an attribution.
    '\\b(?:fact[- ]check(?:ed|ers?)?|debunk(?:ed|s)?|rating: |we rate)\\b',
    "\\b(?:posts?|videos?|messages?|articles?|adverts?|sellers?|websites?|influencers?) (?:[\\w'-]+ ){0,3}?(?:claiming|saying|suggesting|promising|stating)\\b",
    '\\b(?:viral|circulating|widely shared) (?:video|post|claim|message|image)s?\\b',
    '\\bexamples? of (?:the )?claims?\\b',
    '\\b(?:accused of|fined for|warned (?:[\\w\'-]+ ){0,4}to stop|arrested)\\b',
    '\\bthe claim\\b',
    // a reader's question quoted or reported: "readers often ask whether...", "asked one reader"
    "\\b(?:readers?|listeners?|viewers?|people|patients|parents) (?:often |frequently |sometimes |also |regularly |keep )?(?:ask|asks|asked|asking|wrote in|write in|wonder)\\b",
    '\\basked(?: one| a| the)? (?:reader|listener|viewer|patient|parent)s?\\b|\\bwrote in to ask\\b',
    '\\b(?:the question (?:of|whether)|is a question|been wondering (?:whether|if))\\b',
    '\\btells? (?:her |his |their )?(?:viewers|followers|listeners|subscribers|audience)\\b',
    // general advice about other people's claims: "be wary of products that promise to..."
    "\\b(?:be (?:wary|cautious|careful|suspicious)|beware|watch out|look out|do not trust|be sceptical|be skeptical) (?:of |for |about )?(?:[\\w'-]+ ){0,3}?(?:products?|adverts?|advertisements?|ads|websites?|sites|sellers?|companies|clinics|remedies|treatments|supplements|anyone|people|claims?|posts?|videos?)\\b",
    // "avoid" people is health advice ("avoid contact with other people"); avoiding sellers is not.
    "\\bavoid (?:[\\w'-]+ ){0,3}?(?:products?|adverts?|advertisements?|ads|websites?|sites|sellers?|companies|clinics|claims?|posts?|videos?)\\b",
    '\\b(?:that|which|who) (?:promise|promises|claim|claims) (?:to|that|a|an)\\b|\\b(?:promising|claiming) (?:to|that)\\b',
  ],
)

/**
 * Cheap supersets of the two patterns (one literal word each pattern needs): most sentences have
 * none, and the full patterns, with their leading word runs, cost far more per sentence.
 */
const MAY_BE_BACKGROUND = compiledNow(
  /known|call|phrase|termed|defined|referred|describ|explained|unit|name for|declared|designed|powered|set up|large enough|who do|who can|who should|where do|where can|where should|infect|kill|ever to have been|means|refer|word|term|medicine|hormone|group of|type of|class of|procedure|use|work|out of| in |diagnosed|living with|affect|report|yellow card|vaers|medwatch|tell|ask|talk|speak|contact|check with|will |not everyone|> |back to|related|page last|share this|sign up|newsletter| is | are |:|let |account|lifetime|third|quarter|half|fifth|tenth|%|per cent|percent|study|trial|survey|research|scientist|team|review|analysis|listed|set out|estimated|calculated|measured|assessed|defined|caused|accounted|led to|first|outcome|end ?point|collected|gathered|recorded|monitored|bias|certainty|quality/i,
)
const MAY_BE_ATTRIBUTED = compiledNow(
  /claim|falsely|wrongly|incorrectly|misleadingly|erroneously|so-called|stat|says|said|describ|includ|promot|suggest|advertis|recommend|marketed|labell?ed|sold|touted|presented|hyped|billed|verdict|fact|debunk|rat|viral|circulating|widely shared|accused|fined|warned|arrested|wary|cautious|careful|suspicious|beware|watch out|look out|avoid|trust|sceptical|skeptical|promis|saying|stating|told|according to|posted|insist|call|brand|bill|ask|wrote in|write in|writes in|wonder|question|tells|say|viewers|followers|listeners|subscribers|audience/i,
)

/**
 * Where one clause ends and the next begins: a semicolon, or a dash set apart by spaces. Words that
 * lower a claim speak for their own clause only, so "X is now enrolling; talk to your doctor" is
 * not lowered by the advice that follows it.
 */
const CLAUSE_BREAK = compiledNow(/;|\s(?:-{1,2}|\u2013|\u2014)\s/g)
/**
 * For context, the writer speaking for themselves also begins a clause: in "Polio was declared
 * eradicated here and our drops cure MS" the background is not about the drops.
 */
const CONTEXT_BREAK = compiledNow(/;|\s(?:(?:-{1,2}|\u2013|\u2014)\s|(?:and|but|so)\s(?=(?:our|my|we|i)\b))/gi)

/** The clauses of `text[start, end)`, as offsets in `text`, breaks left out. */
export function clauseSpans(text: string, start = 0, end = text.length, breaks = CLAUSE_BREAK): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  const sentence = text.slice(start, end)
  let clauseStart = start
  breaks.lastIndex = 0
  for (let found = breaks.exec(sentence); found !== null; found = breaks.exec(sentence)) {
    spans.push({ start: clauseStart, end: start + found.index })
    clauseStart = start + found.index + found[0].length
  }
  spans.push({ start: clauseStart, end })
  return spans
}

/** The context of each clause of a sentence that has one, by where each clause ends. */
export interface SentenceContext {
  clauses: { end: number; context: ClaimContext | null }[]
}

/**
 * Each context, first match wins, with its pattern and that pattern's cheap superset. The superset
 * is written by hand, so a test runs both over every labelled sentence: a pattern that matches
 * where its superset does not would be silently dead.
 */
export const CONTEXT_PATTERNS: readonly { context: ClaimContext; mayMatch: RegExp; matches: AnyOf }[] = [
  { context: 'background', mayMatch: MAY_BE_BACKGROUND, matches: BACKGROUND },
  { context: 'attributed', mayMatch: MAY_BE_ATTRIBUTED, matches: ATTRIBUTED },
]

/**
 * The writer's own product, outside quotation marks: "customers say our tea cures arthritis" is
 * still the writer's claim, while a warning letter quoting "our formula cures" reports another's.
 */
const OWN = compiledNow(/\bour\b(?=(?:[^"]*"[^"]*")*[^"]*$)/i)

/** Someone's claim the writer confirms: "The claim that CAR T cures MS is true" is the writer's own. */
const CONFIRMED = compiledNow(
  /\bclaims? (?:that|about) [^.;:]{3,200}? (?:is|are|was|were|has been|have been) (?:entirely |completely |absolutely |indeed |in fact )?(?:true|correct|accurate|right|confirmed)\b(?! (?:only )?(?:for|in|if|when) )/i,
)

function clauseContext(untrimmed: string): ClaimContext | null {
  // A clause after a semicolon starts with a space; patterns anchored at its start expect a word.
  const clause = untrimmed.trimStart()
  for (const { context, mayMatch, matches } of CONTEXT_PATTERNS)
    if (mayMatch.test(clause) && matches.test(clause))
      return context === 'attributed' && (OWN.test(clause) || CONFIRMED.test(clause)) ? null : context
  return null
}

/** `sentence` is normalised text (straight quotes, plain hyphens); null when no clause has a context. */
export function sentenceContext(sentence: string): SentenceContext | null {
  const clauses = clauseSpans(sentence, 0, sentence.length, CONTEXT_BREAK).map((span) => ({ end: span.end, context: clauseContext(sentence.slice(span.start, span.end)) }))
  return clauses.some((clause) => clause.context !== null) ? { clauses } : null
}

/**
 * The context of the words at `[start, end)` of the sentence: that of the clauses they lie in, when
 * all of them have the same one.
 */
export function contextOf(sentence: SentenceContext | null, start: number, end: number): ClaimContext | null {
  if (sentence === null) return null
  let found: ClaimContext | null = null
  let clauseStart = 0
  for (const clause of sentence.clauses) {
    if (clause.end > start && clauseStart < end) {
      if (clause.context === null || (found !== null && found !== clause.context)) return null
      found = clause.context
    }
    clauseStart = clause.end
  }
  return found
}
