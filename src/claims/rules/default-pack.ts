import type { Rule } from '../types.js'
import {
  FIGURATIVE_CURE,
  GENERAL_RULES,
  NON_HEALTH_SAFETY,
  PARTICIPANT_MAKEUP,
  SAFE_IN_PASSING,
  TAKING_PART_IS_VOLUNTARY,
} from './general-pack.js'

/**
 * The default rule pack: the taxonomy's seed triggers (shared/reference/health-claims.md) grown into
 * rules with explicit inflections. Data only; the format is documented in src/claims/README.md.
 * Pattern macros: {num} a number in digits or words, {pct} a percentage, {w} one word,
 * {condition} a disease name. A space in a pattern or term matches any run of whitespace.
 * Order matters inside a category: when two of its rules match at the same place, the first wins.
 */

const TREATMENT =
  '(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|meds|dmts?|injections?|infusions?|tablets?|pills?|steroids?|prescriptions?|supplements?|chemo(?:therapy)?)'
const OUTCOME =
  '(?:relapses?|(?:the )?relapse rates?|(?:the )?(?:risk|rate|number|frequency|severity|likelihood) of (?:{w} )?(?:relapses?|disability|progression|lesions|worsening|attacks)|disability(?: progression| worsening)?|(?:disease )?progression|brain (?:atrophy|shrinkage|volume loss)|(?:new )?(?:brain )?lesions|mri (?:activity|outcomes|lesions)|fatigue|spasticity|walking(?: speed)?|mobility|symptoms|pain|cognition|quality of life|disease activity)'
/** A gap of up to `n` words, none of them a way of taking something: "kits are posted every two years", not "newsletters say to inject it every 2 days". */
const dosingGap = (n: number) =>
  `(?:(?!(?:(?:take|takes|taking)(?! (?:place|part)\\b)|inject|injects|injecting|rub|rubs|apply|applies|swallow|swallowed|swallowing|use|using|give|giving|spray|drink|drinks|chew|dose|doses|have|has|gargle|dissolve|rinse|recommends?|advises?|and|then)\\b){w} ){0,${n}}?`

/** Units a leaflet converts between: "1 microgram is the same as 40 IU". */
const CONVERTIBLE_UNIT = '(?:mg|mcg|µg|μg|micrograms?|milligrams?|grams?|g|ml|iu|units)'
const REGULATOR =
  '(?:the )?(?:u\\.?s\\.? )?(?:fda|ema|mhra|nice|tga|pmda|chmp|food and drug administration|european medicines agency|medicines and healthcare products regulatory agency|european commission|health canada|swissmedic|regulators?|regulatory authorities|the agency)'

export const DEFAULT_RULES: Rule[] = [
  // 1. cure_remission
  {
    id: 'cure_remission.cure',
    category: 'cure_remission',
    healthTopicOnly: true,
    patterns: ['cur(?:e|es|ed|ing|ative|ability|able)', 'cure-all'],
    exceptions: [
      "cure for (?:the )?(?:boredom|loneliness|writer's block|a broken heart|procrastination|a hangover|hiccups)",
      // "Cure for the rush-hour blues?", "the cure for my Monday blues": a mood, not a disease.
      "cure(?: for)? (?:the |my |your |our |those |these )?(?!(?:{w} )?(?:{condition})\\b)(?:{w} ){0,2}?blues(?!-|,? (?:and|or|plus) )",
      '(?:salt|sugar|dry|smoke|home)(?<!\\b(?:{condition})\\s{1,3}(?:salt|sugar|dry|smoke|home))[- ]?cured(?! (?:in|within|after|by|with) )',
      // Food cured with salt or smoke: "cured ham", "still cures his own bacon".
      'cur(?:e|es|ed|ing) (?:(?:his|her|their|our|my|your|its) own |the |some )?(?:meats?|hams?|bacon|salmon|sausages?|fish|pork|beef|olives)',
      '(?:epoxy|resin|concrete|glue(?! ear)|adhesive|sealant|varnish|paint|cement|ink)\\b[^.!?]{0,60}?\\bcur(?:e|es|ed|ing)',
      'cur(?:e|ed|ing) (?:time|the (?:epoxy|resin|concrete|glue))',
      'cured? (?:(?:me|him|her|us|them|you) )?of (?:her|his|my|their|your|our) (?:fear|phobia)\\b(?![-,]| (?:and|or|plus)\\b)',
      // Homeopathy's principle named, not a claim made: "the idea that 'like cures like'".
      'like cures like',
      FIGURATIVE_CURE,
    ],
  },
  {
    id: 'cure_remission.incurable',
    category: 'cure_remission',
    polarity: 'negated',
    terms: ['incurable', 'uncurable', 'not curable'],
  },
  {
    id: 'cure_remission.remission',
    category: 'cure_remission',
    patterns: [
      'remissions?',
      '(?:disease|symptom|drug|treatment)-free (?:remission|survival|for (?:{w} ){0,2}?(?:years?|months?))',
      // A reported outcome: "some children became seizure-free".
      '(?:became|become|becomes|becoming|remained|remain|remains|stayed|stay|stays) (?:completely |entirely )?(?:seizure|symptom|pain|relapse|migraine|cancer|disease|tumou?r)-free',
    ],
  },
  {
    id: 'cure_remission.reverse',
    category: 'cure_remission',
    patterns: [
      'revers(?:e|es|ed|ing|al|ible)(?: of)?(?: (?:the|your|their|his|her|its|some|all|any|existing|nerve|brain|neurological|permanent|long-term|course)){0,3}(?: of)? (?:ms|multiple sclerosis|disabilit(?:y|ies)|damage|symptoms?|the disease|disease|progression|lesions?|paralysis|course|deficits?|atrophy|scarring|decline|condition|diagnosis|{condition})',
    ],
  },
  {
    id: 'cure_remission.repair',
    category: 'cure_remission',
    patterns: [
      'repair(?:s|ed|ing)? (?:(?:the|your|damaged|lost|nerve) ){0,3}(?:myelin|nerves?|nerve damage|the nervous system|brain damage|lesions|damage)',
      'remyelinat(?:e|es|ed|ing|ion)',
      'regenerat(?:e|es|ed|ing|ion)(?: of)? (?:(?:the|your|damaged|lost) ){0,3}(?:myelin|nerves?|nerve cells|neurons|brain tissue|the nervous system|nerve fibres|nerve fibers)',
      'restor(?:e|es|ed|ing)(?: of)? (?:(?:the|your|lost|damaged) ){0,3}(?:myelin|nerve function|neurological function|function|mobility|vision|the ability to walk)',
      // "Hearing aids won't give you back normal hearing".
      '(?:give|gives|gave|giving) (?:you |them |people |patients |me |him |her |us )?back (?:{w} ){0,2}?(?:hearing|sight|eyesight|vision|mobility|memory|sense of (?:smell|taste)|speech|movement)\\b',
    ],
  },
  {
    id: 'cure_remission.eliminate',
    category: 'cure_remission',
    patterns: [
      '(?:eliminat|eradicat)(?:e|es|ed|ing|ion of)(?: (?:the|all|your|any|every))?(?: (?:signs?|traces?) of)? (?:ms|multiple sclerosis|the disease|disease|relapses|symptoms|lesions|cancer|tumou?rs?|leuka?emia|lymphoma|infection|pain|fatigue|disease activity|{condition})',
      'wip(?:e|es|ed|ing) out (?:(?:the|all|my|your|his|her|their|faulty|rogue|harmful) ){0,3}(?:{w} )?(?:cells|disease|ms|immune systems?|relapses|symptoms|cancer|lesions|{condition})',
    ],
  },
  {
    id: 'cure_remission.stop-progression',
    category: 'cure_remission',
    patterns: [
      '(?:stop|stops|stopped|stopping|halt|halts|halted|halting|arrest|arrests|arrested|arresting|freez(?:e|es|ing)|froze|end|ends|ended|ending)(?: (?:the|your|its|all|further|any|disease|ms|clinical|future)){0,3} (?:progression|relapses|disease activity|the disease|ms|multiple sclerosis|disability progression|decline)(?! (?:society|trust|nurse|nurses|centre|center|clinic|charity|walk|awareness|appeal|campaign))',
      '(?:stop|stops|stopped|stopping|halt|halts|halted|halting) (?:the |your )?(?:disease|ms|multiple sclerosis|progression) in (?:its|their) tracks',
    ],
  },
  {
    id: 'cure_remission.reset-immune-system',
    category: 'cure_remission',
    patterns: [
      "(?:reset|resets|resetting|reboot|reboots|rebooted|rebooting|rebuild|rebuilds|rebuilt|rebuilding|retrain(?:s|ed|ing)?|reprogram(?:s|med|ming)?)(?: of)? (?:the |your |their |a |patients' |his |her )?immune systems?",
      'immune (?:system )?(?:reset|reboot)s?',
      // Told in the passive: "my immune system was reset", "his immune system has been rebooted".
      'immune systems? (?:was|were|is|are|has been|have been|had been|got|gets|being) (?:completely |fully |totally |effectively |basically )?(?:reset|rebooted|rebuilt|retrained|reprogrammed)',
    ],
  },
  {
    id: 'cure_remission.prevent',
    category: 'cure_remission',
    patterns: [
      'prevent(?:s|ed|ing|ion of)?(?: (?:the|all|any|future|further|new|more)){0,2} (?:ms|multiple sclerosis|relapses?|attacks|progression|disability|lesions|the disease|flare-ups?|{condition})',
    ],
  },
  {
    id: 'cure_remission.heal',
    category: 'cure_remission',
    patterns: [
      'heal(?:s|ed|ing)? (?:(?:the|your|my|his|her|their|its) )?(?:ms|body|bodies|nerves|myelin|brain|disease|lesions|damage|immune system|condition|itself|themselves|yourself|{condition})',
      '(?<=\\b(?:lesions|symptoms|nerves|myelin|damage) (?:(?:have|has|had) )?(?:(?:all|completely|fully) )?)healed',
      '(?:holistic|natural|miracle|spiritual|energy) healing',
    ],
  },
  {
    id: 'cure_remission.disappear',
    category: 'cure_remission',
    patterns: [
      '(?<=\\b(?:symptoms|lesions|relapses|the disease|ms|signs of ms|disease activity) (?:{w} ){0,2}?)(?:disappear(?:s|ed)?|vanish(?:es|ed)?|went away|go away|goes away|cleared up|melted away)',
      '(?<=\\b(?:symptoms|lesions|relapses|the disease|ms|signs of ms|disease activity) (?:{w} ){0,2}?(?:were|are|is) )gone',
    ],
  },

  // 2. regulatory_status
  {
    id: 'regulatory_status.not-approved',
    category: 'regulatory_status',
    patterns: [
      "(?<=\\b(?:not|never) (?:(?:yet|been|currently|officially|formally|fully|ever|be) ){0,3})(?:approved|licen[cs]ed|authori[sz]ed|cleared)",
    ],
  },
  {
    id: 'regulatory_status.unapproved',
    category: 'regulatory_status',
    polarity: 'negated',
    patterns: ['unapproved|unlicen[sc]ed|unauthori[sz]ed'],
  },
  {
    id: 'regulatory_status.agency',
    category: 'regulatory_status',
    // Regulators of markets, not medicines: "the competition regulator approved the merger".
    exceptions: [
      '(?:competition|financial|energy|media|broadcasting|water|rail|telecoms?|data|privacy|gambling|banking|markets?|antitrust|aviation|communications|utilit(?:y|ies)|charity|charities|schools?|education|transport|nuclear) regulators?',
      '(?:approved|cleared|backed|authori[sz]ed) (?:the )?(?:{w} ){0,2}?(?:merger|takeover|acquisition|buyout)',
      // The company a leaflet names, not a status: "The marketing authorisation holder is ...".
      'marketing authori[sz]ation holders?',
    ],
    patterns: [
      '(?:fda|ema|mhra|nice|tga|pmda|nmpa|chmp|regulator)[- ](?:approved|cleared|licen[cs]ed|authori[sz]ed|backed|endorsed|sanctioned|recommended)',
      '(?:regulators|the (?:fda|ema|mhra|regulator|medicines regulator|watchdog)) (?:{w} ){1,3}?(?:approved|cleared|licen[cs]ed|authori[sz]ed|rejected|refused)',
      '(?:approved|cleared|licen[cs]ed|authori[sz]ed|rejected|recommended|endorsed|restricted|suspended|withdrawn|refused|backed) (?:{w} ){0,2}?(?:by|from) ' +
        REGULATOR,
      '(?:approval|authori[sz]ation|clearance|licen[cs]e|a decision) (?:from|by) ' + REGULATOR,
      '(?:fda|ema|mhra|regulatory|marketing|conditional) (?:approval|authori[sz]ation|clearance|licen[cs]e|licensing|submission|decision|review)',
    ],
  },
  {
    id: 'regulatory_status.approved-for',
    category: 'regulatory_status',
    patterns: [
      '(?:approved|indicated|licen[cs]ed|authori[sz]ed|cleared) (?:only |specifically |solely |now )?(?:for|to treat|as (?:a )?(?:treatment|therapy)|in (?:adults|children|adolescents)|in (?:the )?(?:us|u\\.s\\.|usa|united states|eu|europe|uk|canada|japan|china|australia|england|scotland|\\d{4})|since \\d{4})',
    ],
    // An app, a building or a budget: "approved for release on the app stores".
    exceptions: ['approved for (?:release|publication|broadcast|funding|planning|construction|a grant|use on (?:{w} )?(?:phones|app stores))'],
  },
  {
    id: 'regulatory_status.approved-products',
    category: 'regulatory_status',
    patterns: [
      'approved (?:{w} ){0,2}?(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|dmts?|options?|products?|indications?|uses?|labels?)',
      "(?<=\\b(?:its|their|the drug's|the treatment's|since) )(?:approval|licen[cs]ing|authori[sz]ation)",
      '(?<=\\b(?:is|are|was|were|be|been|being) (?:(?:now|already|recently|newly|officially|fully|conditionally) )?)(?:approved|licen[cs]ed)(?=[?.!,]|\\s+(?:and|or|in|by|for|as|at|to)\\b)',
      '(?:experimental|investigational|unproven) or approved',
    ],
    exceptions: [
      '(?:budget|plan|proposal|grant|funding|request|motion|minutes|loan|leave|application|design|logo|expenses?)s? (?:{w} ){0,3}?(?:was|were|is|are|has been|have been|had been) approved',
      // Research ethics, not a medicine's licence: "the protocol was approved by the ethics committee".
      '(?:protocol|study|trial|research|consent form)s? (?:{w} ){0,3}?(?:was|were|is|are|has been|had been) approved (?:by|at) (?:the |an |each |every )?(?:{w} ){0,3}?(?:ethics|review boards?|irbs?|committees?)',
    ],
  },
  {
    id: 'regulatory_status.awaiting',
    category: 'regulatory_status',
    patterns: [
      'awaiting (?:{w} ){0,2}?(?:approval|authori[sz]ation|licen[cs]ing|a decision|regulatory review)',
      'approval (?:is |was )?(?:expected|anticipated|pending|likely|hoped for|due)',
      '(?:pending|under) (?:fda |ema |mhra |regulatory )(?:review|approval)',
      '(?:filed|applied|submitted|applying|filing|submits|files|submit|file|apply) (?:{w} ){0,3}?(?:for (?:approval|authori[sz]ation|a licen[cs]e|marketing authori[sz]ation)|to ' +
        REGULATOR +
        ')',
      '(?:biologics license|new drug|marketing authori[sz]ation) applications?',
    ],
  },
  {
    id: 'regulatory_status.investigational',
    category: 'regulatory_status',
    terms: ['investigational', 'experimental'],
    exceptions: [
      'experimental (?:autoimmune encephalomyelitis|allergic|models?|design|conditions|setups?|physics|psychology|animals|mice|rats)',
    ],
  },
  {
    id: 'regulatory_status.off-label',
    category: 'regulatory_status',
    patterns: [
      'off[- ]label',
      'outside (?:its|the) (?:licen[cs]e|marketing authori[sz]ation|label)',
    ],
  },
  {
    id: 'regulatory_status.designation',
    category: 'regulatory_status',
    patterns: [
      'breakthrough (?:therapy|device)(?: designation)?',
      'fast[- ]track(?:ed)? (?:designation|status|review|approval)',
      '(?:granted|given|received|awarded|receives|got|gets) (?:a )?fast[- ]track',
      'orphan (?:drug|medicine|medicinal product|designation|status)(?: designation| status)?',
      'accelerated (?:approval|assessment)',
      'priority (?:review|medicines?)',
      'regenerative medicine advanced therapy',
      'prime (?:designation|scheme|eligibility)',
    ],
  },
  {
    id: 'regulatory_status.designation-acronyms',
    category: 'regulatory_status',
    caseSensitive: true,
    patterns: ['RMAT', 'PRIME', 'BTD'],
  },
  {
    id: 'regulatory_status.licence-scope',
    category: 'regulatory_status',
    patterns: [
      '(?<=\\b(?:its|the|their) )(?:licen[cs]e|label|marketing authori[sz]ation|indication) (?:{w} ){0,2}?(?:covers|includes|excludes|restricts|limits|allows|extends|differs)',
      'approval (?:for|of) (?:{w} ){0,2}?(?:drug|treatment|therapy|medicine|use|ms|multiple sclerosis|relapsing|progressive|children|adults|patients|indication)',
    ],
  },
  {
    id: 'regulatory_status.watch-list',
    category: 'regulatory_status',
    message:
      'Investigational product "%s" is named next to efficacy or safety wording: it is not approved, so it must not be presented as safe or effective; state its trial status.',
  },

  // 3. efficacy_statistics
  {
    id: 'efficacy_statistics.effect-size',
    category: 'efficacy_statistics',
    patterns: [
      '(?:reduc(?:e|es|ed|ing|tions? in)|lower(?:s|ed|ing)?|slow(?:s|ed|ing)?|delay(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|cut(?:s|ting)?|improv(?:e|es|ed|ing|ements? in)|eas(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|halv(?:e|es|ed|ing)) (?:{w} ){0,2}?' +
        OUTCOME,
      '(?<=\\b(?:relapse rates?|relapses|lesions|disability|edss(?: scores?)?|progression) )(?:fell|dropped|declined|decreased|halved|was reduced|were reduced|was cut|were cut)',
      '(?<=\\b(?:by|of) (?:(?:up to|about|around|nearly|almost|approximately|over|more than|less than|roughly|some|only|just) )?)(?:{pct}|half|a third|a quarter|two thirds|three quarters)(?! of)',
      '{pct} (?:fewer|less|lower|more|higher|greater|reduction|decrease|increase|improvement|drop|relative|absolute)',
    ],
    // "40% higher than the five-year average": surveillance figures, not an effect.
    exceptions: [
      '{pct} (?:higher|lower|above|below) (?:than )?(?:the )?(?:{w} ){0,2}?(?:average|expected|usual|baseline)',
      '{pct} (?:more|fewer|higher|lower) (?:{w} ){0,2}?(?:compared (?:with|to)|than) (?:the |a )?(?:previous|last|same|year|month|quarter)',
      // The body part, not an effect: "adults who had lower back pain".
      '(?:had|has|have|having|with|for|of|from|and|in|chronic|persistent|acute|your|their) lower back',
      // Money, not an effect: "cut the list price of its insulin by 70 percent".
      '(?:prices?|costs?|bills?|fees?|charges?|spending|budgets?|profits?|revenues?|sales|shares?|wages|pay|backlogs?|waiting lists?|queues?) (?:{w} ){0,5}?by (?:(?:up to|about|around|nearly|almost|over|more than|some) )?{pct}',
    ],
  },
  {
    id: 'efficacy_statistics.share-of-patients',
    category: 'efficacy_statistics',
    patterns: [
      '(?:{pct}|{num}) (?:out of|of|in) (?:the |every |all )?(?:{num} )?(?:{w} ){0,2}?(?:patients|participants|people|subjects|children|adults|women|men|volunteers|users|cases|those treated)',
      '(?<=\\b(?:all|every|each) (?:single )?(?:{w} ){0,2}?(?:patients?|participants?|people|person) (?:{w} ){0,3}?)(?:improved|responded|recovered|benefit(?:ed|ted)|got better)',
    ],
    exceptions: [
      PARTICIPANT_MAKEUP,
      // Follow-up reported, not an effect: "data were available for 96% of women".
      '(?:available|complete|missing|obtained) (?:for|from|in) (?:{pct}|{num})',
    ],
  },
  {
    id: 'efficacy_statistics.significance',
    category: 'efficacy_statistics',
    patterns: [
      '(?:statistically|clinically) (?:significant(?:ly)?|meaningful)',
      'significant(?:ly)? (?:{w} )?(?:reduc|lower|improv|increas|decreas|better|fewer|slow|delay|benefit|difference|effect|impact|outperform|higher|greater)\\w*',
      '(?:reduc|lower|improv|slow|decreas|delay)\\w* (?:{w} ){0,3}?significantly',
      '(?<=\\bno (?:{w} )?)difference (?:between|in|from)',
      '(?:p<|p=|p>|p≤|p <|p =|p >|p ≤) ?0?\\.\\d+',
      'p[- ]values?',
    ],
  },
  {
    id: 'efficacy_statistics.measures',
    category: 'efficacy_statistics',
    patterns: [
      '(?:hazard|odds|risk|rate) ratios?',
      '(?:relative|absolute) risk(?: reduction)?',
      'number needed to treat',
      'confidence intervals?',
      '95 ?% ci',
      '(?:overall |complete |objective |partial )?response rates?',
      '(?:complete|partial|overall|objective) responses?',
      'respond(?:s|ed)? to (?:the |this |that |their |a )?(?:treatment|therapy|drug|medication|infusion)',
      '(?:cure|success|remission|survival) rates?',
      'annuali[sz]ed relapse rates?',
      'progression[- ]free survival',
      'relapse[- ]free',
      'confirmed disability (?:progression|worsening)',
      'no evidence of (?:disease )?activity',
    ],
    exceptions: ['high(?:er)?[- ]efficacy'],
  },
  {
    id: 'efficacy_statistics.neda',
    category: 'efficacy_statistics',
    caseSensitive: true,
    polarity: 'affirmed',
    patterns: ['NEDA(?:-[34])?', 'ARR'],
  },
  {
    id: 'efficacy_statistics.fold',
    category: 'efficacy_statistics',
    patterns: [
      '{num}[- ]?fold',
      '(?:two|three|four|five|six|seven|eight|nine|ten)fold',
      '(?:twice|half|three times|four times|{num} times) as (?:likely|effective|large|big|many|much|high|low|strong|good)',
      "(?:doubles|doubled|doubling|triples|tripled|halves|halved|halving) (?:{w} )?(?:survival|life expectancy|(?:the |your |their )?(?:risk|chances?|odds)(?: of)?)",
    ],
    // Growth over time, as news reports it: "twice as much as last year".
    exceptions: ['(?:twice|half|{num} times) as (?:many|much) (?:{w} ){0,4}?as (?:last|the previous|a year|the year|in (?:19|20)\\d\\d|before)'],
  },
  {
    id: 'efficacy_statistics.proven',
    category: 'efficacy_statistics',
    patterns: [
      '(?:clinically|scientifically|medically)[- ](?:proven|tested|shown|validated|demonstrated)',
      'proven (?:to|effective|benefits?|results|treatment)',
      '(?:studies|research|trials?|data|evidence|results|science) (?:has |have )?(?:shows?|shown|showed|proves?|proven|proved|confirms?|confirmed|demonstrates?|demonstrated)',
    ],
  },
  {
    id: 'efficacy_statistics.effective',
    category: 'efficacy_statistics',
    patterns: [
      '(?:highly|extremely|very|remarkably|incredibly|hugely|proven|really|super|amazingly) effective',
      'effective (?:in|at|for) (?:{w} ){0,3}?(?:patients|people|treating|reducing|slowing|preventing|stopping|cases|\\d)',
      'safe and effective|effective and safe',
      'efficacy|effectiveness',
    ],
    exceptions: ['high(?:er)?[- ]efficacy', 'cost[- ]effectiveness'],
  },
  {
    id: 'efficacy_statistics.watch-list-wording',
    category: 'efficacy_statistics',
    requiresWatchList: true,
    patterns: [
      'works?|worked|working|effective|improv(?:e|es|ed|ing|ements?)|reduc(?:e|es|ed|ing|tions?)|benefits?|benefit(?:ed|ted)|helps?|helped|slows?|slowed|responded|responses?|results|success(?:ful)?|promising|positive',
    ],
  },

  // 4. safety_side_effects
  {
    id: 'safety_side_effects.no-side-effects',
    category: 'safety_side_effects',
    patterns: [
      '(?<=\\b(?:no|without(?: any)?) (?:{w} ){0,2}?)(?:side[- ]?effects?|adverse (?:effects?|events?|reactions?)|risks?|downsides?|toxicity|complications|dangers?)',
      // The same said with a denied verb: "does not cause side effects", "won't give you side effects".
      '(?:does not|do not|did not|will not|would not|cannot|never) (?:{w} )?(?:cause|causes|give|gives|have|has|produce|produces|come with)(?: you)? (?:any )?(?:known )?(?:side[- ]?effects?|adverse (?:effects?|reactions?))',
      '(?<=\\b(?:causes?|caused|produces?|has|have|had|with) )no (?:known |reported )?side[- ]?effects?',
    ],
  },
  {
    id: 'safety_side_effects.side-effect-free',
    category: 'safety_side_effects',
    polarity: 'negated',
    patterns: [
      'side[- ]?effect[- ]free',
      'free (?:of|from) (?:any )?(?:side[- ]?effects?|risks?|toxicity)',
      'risk[- ]free',
      'zero (?:side[- ]?effects?|risks?)',
      // A spec sheet's answer: "Side effects: none", "Side effects - nil".
      '(?:side[- ]?effects?|adverse (?:effects?|reactions?)) ?(?:[:=]|-) ?(?:none|nil|zero|no)\\b',
      // Cosmetic copy: "no scarring", "scar-free".
      'no (?:scarring|scars|downtime)|without (?:any )?(?:scarring|scars|downtime)|scar[- ]free',
    ],
  },
  {
    id: 'safety_side_effects.safe',
    category: 'safety_side_effects',
    patterns: [
      '(?:completely|totally|perfectly|entirely|absolutely|100 ?%|one hundred per ?cent|very|extremely|proven|clinically[- ]proven|always|inherently|generally|remarkably|guaranteed) safe',
      'safe (?:for|in|during|to use|to take|while) (?:{w} ){0,2}?(?:everyone|everybody|anyone|all|children|kids|pregnan\\w*|breastfeeding|older|elderly|long[- ]term|use|take)',
      'safe and (?:effective|well[- ]tolerated|natural|gentle)|(?:effective|natural|gentle) and safe',
      "(?<=\\b(?:is|are|was|were|be|been|being|it's|they're|seems?|appears?|proved|proven|considered|shown to be) (?:to be )?(?:(?:very|generally|relatively|completely|perfectly|totally|entirely|extremely|quite|reasonably) )?)safe(?! (?:space|place|spaces|places|environment|distance|haven|word|way))",
      '(?<!\\b(?:dispos(?:e|ed|ing) of|stored?|kept) (?:{w} ){0,2}?)safely',
    ],
    exceptions: [SAFE_IN_PASSING],
  },
  {
    id: 'safety_side_effects.harmless',
    category: 'safety_side_effects',
    patterns: [
      'harmless|non-?toxic|gentle on (?:the|your) body',
      "(?:all[- ])?natural,? (?:so|and therefore|therefore|which means|meaning) (?:it's |it is )?(?:safe|harmless)",
      "because it(?:'s| is) natural",
    ],
  },
  {
    id: 'safety_side_effects.tolerability',
    category: 'safety_side_effects',
    patterns: [
      'well[- ]tolerated|tolerated well|tolerability',
      '(?:only|just) (?:very )?(?:mild|minor|minimal|a few|temporary) (?:side[- ]?effects|reactions)',
    ],
  },
  {
    id: 'safety_side_effects.side-effects',
    category: 'safety_side_effects',
    severity: 'warning',
    patterns: [
      '(?:common|serious|severe|rare|mild|minor|possible|known|long[- ]term|potential|frequent|main|unpleasant|temporary|nasty|bad|dangerous|fewer|less|milder|reduced|lower|few|some|many|significant) side[- ]?effects?',
      'side[- ]?effects? (?:include|including|such as|like|are|were|is|was|can|could|may|might|of|occurred|reported)',
      // Not "causes no side effects": that denial is the graver no-side-effects claim.
      '(?:cause|causes|caused|causing) (?!no |zero )(?:{w} ){0,2}?side[- ]?effects?',
      'adverse (?:events?|effects?|reactions?|drug reactions?)',
      // A leaflet's frequency heading: "Common (may affect up to 1 in 10 people): bruising, ...".
      '(?:very common|common|uncommon|rare|very rare)(?: side[- ]?effects)?[:,]? \\(?(?:may|can|could|might) affect (?:more than |up to )?(?:1|one) in {num}',
    ],
    exceptions: [
      'adverse (?:event|reaction|effect) reporting',
      // Figurative: "the side effects of the rail strike", "side effects of the heatwave".
      'side[- ]?effects? of (?:the |this |that |a |last (?:week|month|year)\'s )?(?:{w} )?(?:strikes?|heatwaves?|lockdowns?|parking charges|fare rises|fixture pile-ups?|pile-ups?|fixture congestion|recession|closures?|cuts|war|storms?|flood(?:s|ing)?|polic(?:y|ies)|reforms?|mergers?|shutdowns?|outages?|bans?|price (?:rises|increases|cap)|cost of living|inflation|move(?! (?:from|to|off|onto)\\b)|changes? to the (?:timetable|rota|system))',
    ],
  },
  {
    id: 'safety_side_effects.named-risks',
    category: 'safety_side_effects',
    patterns: [
      'progressive multifocal leuk(?:o|oe)ncephalopathy',
      'cytokine[- ]release syndrome',
      'immune effector cell[- ]associated neurotoxicity(?: syndrome)?',
      'neurotoxicity',
      '(?:serious|severe|opportunistic|life[- ]threatening|fatal|fungal|herpes|viral|bacterial) infections?',
      '(?:risk|rates?) of (?:{w} ){0,2}?infections?|infections? (?:risks?|rates?)',
      'malignanc(?:y|ies)|secondary (?:cancers?|tumou?rs?)|t[- ]cell (?:lymphomas?|leuka?emias?)',
      'hypogammaglobulina?emia|anaphyla(?:xis|ctic)|allergic reactions?|birth defects',
      '(?:liver|kidney) (?:damage|injury|failure|toxicity|problems?)',
      '(?:infusion|injection)[- ](?:site |related )?reactions?',
      '(?:boxed|black[- ]box) warnings?',
      '(?:deaths?|fatalit(?:y|ies)) (?:were |was |have been |has been )?(?:reported|occurred|linked)',
      '(?:caused?|causing|risk of|led to) (?:{w} )?deaths?',
      '(?:increased?|higher|small|low|known|rare|serious) risks? of',
      'serious (?:reactions?|harm)',
    ],
    // A disease defined as an infection, not a risk named: "Croup is a viral infection that causes a barking cough".
    exceptions: [
      '(?:is|are) (?:a |an )?(?:(?:common|mild|usually mild|contagious|highly contagious|short-lived|childhood) )?(?:viral|bacterial|fungal) infections? (?:that|which|of|in|caused|where|affecting|spread)\\b',
    ],
  },
  {
    id: 'safety_side_effects.named-risk-acronyms',
    category: 'safety_side_effects',
    caseSensitive: true,
    patterns: ['PML', 'CRS', 'ICANS', 'HLH'],
  },
  {
    id: 'safety_side_effects.safety-profile',
    category: 'safety_side_effects',
    patterns: [
      'safety (?:profile|record|data|concerns?|signals?|warnings?|issues?|information|reviews?)',
      '(?:proven|established|good|excellent|favou?rable|reassuring|clean) safety',
    ],
  },
  {
    id: 'safety_side_effects.watch-list-wording',
    category: 'safety_side_effects',
    requiresWatchList: true,
    patterns: [
      'safe(?:ly|ty)?|side[- ]?effects?|tolerat(?:ed|ability|e)|risks?|adverse|toxicity|harms?|harmful',
    ],
  },

  // 5. dosing_treatment_advice
  {
    id: 'dosing_treatment_advice.amount',
    category: 'dosing_treatment_advice',
    patterns: [
      // Units as labels, posts and other countries write them: "5000 ug", "4 gms", "10-mg", "10k IU", "5 I.U.".
      '{num}(?:k| ?thousand)?(?: ?|-)(?:mgs?|mcgs?|µgs?|μgs?|ug|micrograms?|microgrammes?|milligrams?|milligrammes?|grams?|grammes?|gms?|g|mls?|millilit(?:er|re)s?|cc|tsp|tbsp|iu|i\\.u\\.|international units|units)(?:/(?:kg|m2|m²|day|d|dose|week))?(?![\\w/])',
      '{num} (?:{w} )?(?:tablets?|tabs|caps|capsules?|pills?|drops|puffs|sachets|courses|cycles|gumm(?:y|ies)|chews|lozenges|scoops|softgels|spoonfuls|teaspoons|tablespoons)',
      '(?:{num}|\\d+(?:\\.\\d+)? ?(?:x|×) ?10\\^?\\d+)(?: (?:million|billion))? (?:{w} ){0,2}?cells(?:/kg)?',
      'half (?:a|an) (?:tablet|pill|capsule|dose)',
    ],
    // "5G" is a mobile network, not five grams: a bare G after 2-6 is a dose only before "of" or a
    // schedule. A pack size ("each bottle contains 60 capsules") is not a dose.
    exceptions: [
      '(?:contains?|containing|holds?|holding|(?:packs?|bottles?|box|boxes|jars?|tubs?|cartons?|strips?|supply) of|comes with)(?<!\\b(?:daily|nightly|bedtime|weekly|morning|doses?) (?:contains?|supply of)) {num}(?:, {num}){0,4}(?:,? (?:or|and|to) {num})? (?:{w} )?(?:tablets|capsules|pills|gummies|sachets|lozenges|chews)',
      // A leaflet's excipient line, "less than 1 mmol sodium (23 mg) per tablet", and unit
      // conversions, "1 microgram is the same as 40 IU": facts about the product, not a dose.
      '(?:sodium|potassium|lactose|sucrose|sugar|alcohol|ethanol)(?<!\\b(?:add|adding|take|taking|have|use|using) (?:sodium|potassium|lactose|sucrose|sugar|alcohol|ethanol)) \\({num} ?mg\\)',
      `{num} ?${CONVERTIBLE_UNIT} (?:is|are|equals) (?:the same as|equal to|equivalent to) {num} ?${CONVERTIBLE_UNIT}(?!,? (?:{w} ){0,3}?(?:fine|safe|ok|okay|daily|a day|for (?:children|babies|kids|teens))\\b)`,
      // The range a review's trials used: "doses ranged from 400 IU to 4,000 IU per day"; not a
      // range called fine or safe ("doses ranging from 10 to 20 mg daily are fine for children").
      '(?:ranged?|ranging|varied|varying) from {num} ?(?:mg|mcg|micrograms?|iu|units|g|ml)? to {num} ?(?:mg|mcg|micrograms?|iu|units|g|ml)?(?! (?:{w} ){0,3}?(?:is|are) (?:{w} )?(?:fine|safe|ok|okay|best|ideal|right|recommended)\\b)',
      // A strength ("each 5 mL contains 120 mg"), not an instruction.
      '(?:each|every|per) {num} ?(?:ml|millilit(?:er|re)s?|g|grams?)(?! dose)(?= (?:{w} ){0,4}?contains?)',
      '(?<=\\b(?<!\\bdoses? )contains? ){num} ?(?:mg|mcg|micrograms?|milligrams?|g|grams?)(?!(?: {w}){0,3} for (?:babies|children|kids|toddlers|infants|newborns|teens)\\b)',
      '[2-6] ?g(?! (?:of|a day|daily|per|each|twice|once|a week|dose|doses|serving|servings|sachets?))',
      // Supply counted in millions is never one person's dose: "US orders 10 million courses".
      '{num} (?:million|billion|thousand|m|bn) (?:{w} )?(?:courses|doses|tablets|pills|capsules|packs)',
      // A leaflet naming its product: "The name of your medicine is Amlodipine 5 mg Tablets".
      'name of (?:your|this|the) (?:medicine|product) is (?:{w} ){1,3}?{num} ?(?:mg|mcg|micrograms?|g|ml)(?= (?:{w} )?(?:tablets|capsules|oral|solution|cream|gel|injection|film-coated)\\b)',
      // "sugar per 100 grams": the unit of a nutrition label.
      '(?<=\\b(?<!\\b(?:drops?|mg|ml|tablets?|capsules?|sachets?|spoonfuls?) )per )100 ?(?:g|grams|ml|millilit(?:er|re)s)',
      // A container's size: "the 500g pump tub", "comes in 100ml and 200ml bottles"; "a unit is 10 ml of pure alcohol".
      '{num} ?(?:ml|millilit(?:er|re)s?|g|grams?|l|lit(?:er|re)s?)(?:,? (?:and|or|to) {num} ?(?:ml|g|l))? (?:{w} )?(?:bottles?|tubs?|tubes?|jars?|pots?|cartons?|pouch(?:es)?|bags?|containers?|cans?|packs?|size)\\b',
      '(?:comes?|available|sold|supplied) in {num} ?(?:ml|millilit(?:er|re)s?|g|grams?|l)\\b',
      '(?<=\\bunits? (?:is|are|equals|=) ){num} ?(?:ml|g)(?:,? or {num} ?(?:ml|g),?)? of (?:pure )?alcohol',
      // A concentration in blood or water, as a lab or a limit states it: "3.5 micrograms per deciliter".
      '{num} ?(?:mgs?|mcgs?|µg|μg|ug|micrograms?|milligrams?|nanograms?|ng|grams?|g) per (?:decilit(?:er|re)|lit(?:er|re)|millilit(?:er|re)|dl|l|ml|cubic met(?:er|re))\\b',
    ],
  },
  {
    id: 'dosing_treatment_advice.change-dose',
    category: 'dosing_treatment_advice',
    patterns: [
      '(?:skip|skipping|skipped|miss|missing|missed|double|doubling|doubled|halve|halving|increase|increasing|decrease|decreasing|reduce|reducing|lower|lowering|adjust|adjusting|change|changing|split|splitting) (?:a |your |the |my |next |that |this |one |their )?(?:next )?dos(?:e|es|age)',
    ],
  },
  {
    id: 'dosing_treatment_advice.schedule',
    category: 'dosing_treatment_advice',
    patterns: [
      '(?:once|twice|three times|four times|{num} times) (?:a|per|each|every) (?:day|week|month|year|fortnight|night|morning|evening)',
      '(?:once|twice)[- ](?:daily|weekly|monthly|yearly|nightly)',
      'every (?:other |{num} )(?:days?|weeks?|months?|years?|hours?|nights?)',
      '(?:daily|weekly|monthly|nightly|yearly) (?:{w} )?(?:injections?|infusions?|tablets?|pills?|doses?|dosing|shots?|capsules?)',
      '(?<=\\b(?:take|taken|taking|use|used|inject|injected|apply|applied) (?:{w} ){0,6}?)every (?:day|morning|night|evening|week|month)',
      ],
    exceptions: [
      `(?:visits?|appointments?|checks?|check-ups?|reviews?|scans?|tests?|meetings?|sessions?|measurements?|screenings?|exams?|examinations?) ${dosingGap(3)}(?:every|once|twice)`,
      `(?:invites?|invited|inviting|invitations?|screening|screened|mammograms?) ${dosingGap(3)}every`,
      `(?:kits?|letters?) (?:are |is )?(?:posted|sent) ${dosingGap(8)}every`,
      `(?:kits?|letters?|invitations?) ${dosingGap(4)}(?:through the post|by post|in the post) every`,
      // How often a committee meets or a study collects samples, not how often to take something.
      `(?:meets?|met|convenes?|publish(?:es|ed)?|posted|swabs?|diar(?:y|ies)|samples?|surveys?) ${dosingGap(6)}(?:once|twice|three times|four times|{num} times) (?:a|per|each|every)`,
      // What a study measured and how often: "measured their blood pressure every six months".
      `(?:measured|assessed|recorded|checked|monitored|tested|surveyed|interviewed|sampled|reviewed|followed up) ${dosingGap(5)}every`,
      // Looking after a device, not taking a medicine: "wipe the mouthpiece clean once a week".
      `(?:clean|wipe|wash|rinse|descale|empty|replace|change)(?:s|d|ed|ing)? (?:the |your |its |their )?(?:{w} ){0,2}?(?:mouthpiece|spacer|device|mask|tubing|tube|filter|nozzle|case|container|reservoir|bottle|pump|machine|chamber|cap|lid|tray|humidifier|nebuli[sz]er|bedding|sheets|pillowcases|towels|toothbrush|brush|water tank)s? ${dosingGap(4)}(?:once|twice|three times|four times|{num} times|every)`,
      // How often something happens, as a definition counts it: "passing stools fewer than three times a week".
      '(?<!\\b(?:take|takes|taking|use|uses|using|have|apply|drink|eat|give)(?: {w}){0,3} )fewer than (?:once|twice|three times|four times|{num} times) (?:a|per|each|every)',
      // How often a study asked or a page is revised: "filled in questionnaires every two years".
      `(?:questionnaires?|surveys?|updated?|revisit(?:s|ed)?|articles|inspect(?:s|ed|ions?)|audit(?:s|ed)?|interview(?:s|ed)?|newsletters?|census|filled in) ${dosingGap(5)}every (?:other|{num})`,
    ],
  },
  {
    id: 'dosing_treatment_advice.stop-start',
    category: 'dosing_treatment_advice',
    patterns: [
      '(?:stop|stopping|quit|quitting|discontinue|discontinuing) (?:taking|using|prescribing|giving)',
      '(?:come|coming) back for (?:a|your|the) (?:second|third|fourth|next|booster|follow-up)(?: (?:dose|jab|shot|injection))?',
      '(?:stop|stopping|quit|quitting|discontinue|discontinuing) (?:(?:your|all|any|the|their|my) ){1,3}(?:{w} )?' +
        TREATMENT,
      '(?:come|coming|came|go|going|went|get|getting|got|wean|weaning|weaned|taper|tapering)(?: yourself)? off(?: of)? (?:(?:your|all|the|my|their|any) )?(?:{w} )?' +
        TREATMENT,
      'taper(?:s|ed|ing)?',
    ],
    // Coming back to have a test read is a visit, not a dose: "come back for a second short visit".
    exceptions: ["(?:come|coming) back for (?:a|your|the) (?:second|third|fourth|next|follow-up) (?:[\\w'-]+ )?(?:visits?|appointments?|checks?|readings?|looks?|chats?|consultations?)\\b"],
  },
  {
    id: 'dosing_treatment_advice.switch',
    category: 'dosing_treatment_advice',
    patterns: [
      'switch(?:es|ed|ing)? (?:from|to|over|between|therap(?:y|ies)|treatments?|medications?|drugs?|dmts?)',
      '(?:instead of|in place of|rather than|replace|replacing) (?:(?:your|their|the|my|taking|conventional|prescribed|standard|regular) ){0,3}' +
        TREATMENT,
    ],
    exceptions: [
      // How a service is reached, not a medicine changed: "the surgery switched to an online triage form".
      'switch(?:es|ed|ing)? (?:over )?(?:from|to) (?:an? |the |our |their |its )?(?:online|digital|electronic|paper|phone|telephone|video|remote|web|app-based|new (?:building|premises|site|address|phone system|booking system|supplier|provider|rota))\\b',
    ],
  },
  {
    id: 'dosing_treatment_advice.you-should',
    category: 'dosing_treatment_advice',
    patterns: [
      "you(?:'ll| will)? (?:should|must|need to|have to|ought to|can safely|can|could) (?:{w} )?(?:take|start|stop|begin|switch|increase|reduce|double|skip|quit|inject)(?! part)",
    ],
    exceptions: ['take (?:(?:prompt|immediate|swift|appropriate|urgent|corrective|necessary|further) )?(?:action|steps|measures|note)'],
  },

  // 6. trial_availability_eligibility
  {
    // Recruiting status goes stale ("now enrolling" for a closed trial): a reviewer always
    // acknowledges it, whatever advice or padding surrounds it.
    id: 'trial_availability_eligibility.recruiting',
    category: 'trial_availability_eligibility',
    floor: 'warning',
    patterns: [
      'recruiting|enrol?ling|accepting (?:new )?(?:patients|participants|volunteers|applications|referrals)',
      'recruitment (?:is |has )?(?:open|opened|closed|ongoing|underway|begins|began|started|paused|complete)',
      '(?:enrol?ment|recruitment) (?:for|in|into|to) (?:this|the|our|a) (?:trial|study)',
    ],
    exceptions: [
      'recruit(?:s|ed|ing)? (?:{w} )?(?:immune |white blood |inflammatory )?cells',
      // Method text about the past: "fixed by a committee before recruitment began".
      '(?:before|after|since|when|once|until) (?:{w} )?recruitment (?:began|started|opened)',
      // Hiring staff: "recruiting 40 extra midwives". Numbers and a few words only, so that
      // "recruiting patients and nurses" is still read.
      'recruit(?:s|ed|ing)? (?:(?:{num}|more|than|over|up to|about|around|almost|nearly|extra|new|additional|specialist|trainee|senior|junior|community|school) ){0,4}(?:nurses|midwives|doctors|gps|consultants|surgeons|paramedics|pharmacists|physiotherapists|carers|care workers|health visitors|porters|cleaners|receptionists|staff|employees|workers|teachers)',
    ],
  },
  {
    id: 'trial_availability_eligibility.eligibility',
    category: 'trial_availability_eligibility',
    patterns: [
      'eligib(?:le|ility)',
      'qualif(?:y|ies|ied|ying) (?:for|to)',
      '(?:who|you|they) (?:may |might |could )?qualify',
      '(?:inclusion|exclusion|eligibility|entry|enrol?ment) criteria',
      'who can (?:join|take part|participate|apply)',
    ],
    exceptions: [
      '(?:ages|sexes|genders) eligible',
      // The studies a review took in: "Eligible studies randomly assigned...".
      'eligible (?:studies|trials|papers|articles|records|reports|cohorts)',
      '(?:study|studies|trials?|papers?|articles|records|reports) (?:{gap}){0,5}?(?:against|met|meet|meeting|fulfilled) (?:the |our )?(?:inclusion|eligibility|exclusion) criteria',
      // Who a finished study took in: "Eligible participants were adults aged 18 to 65".
      'eligible (?:participants|patients|people|adults|children|women|men|volunteers) (?:were|included|had)',
      // Who can have a screening test or a vaccine: a public-health service, not a trial.
      '(?:eligib(?:le|ility)|qualif(?:y|ies|ied)) (?:for|to (?:have|get|book)) (?:{w} ){0,3}?(?:screening|vaccinations?|vaccines?|jabs?|boosters?|free prescriptions)',
    ],
  },
  {
    id: 'trial_availability_eligibility.sign-up',
    category: 'trial_availability_eligibility',
    patterns: [
      'sign(?:ed|ing|s)? up (?:for|to) (?:{w} ){0,2}?(?:trials?|stud(?:y|ies)|research|registry)',
      'sign up (?:now|today|here|online)',
      'apply (?:now|today|online|here)',
      'apply (?:to|for) (?:join |take part in |be part of )?(?:{w} )?(?:trials?|stud(?:y|ies)|research)',
      'register (?:your )?interest',
      '(?:join|joining|enter|entering|take part in|taking part in|participate in|participating in|be part of|volunteer for|enrol in|enroll in) (?:{w} ){0,2}?(?:trials?|stud(?:y|ies)|research|registry)',
      'volunteers? (?:are )?(?:needed|wanted|sought)',
      '(?:seeks?|seeking|needs|wants|recruits?) (?:{num} |[\\d,]+ )?(?:{w} )?(?:volunteers|participants)',
      'looking for (?:{w} )?(?:volunteers|participants|patients|people|adults|children|women|men)',
    ],
    exceptions: [TAKING_PART_IS_VOLUNTARY],
  },
  {
    id: 'trial_availability_eligibility.compensation',
    category: 'trial_availability_eligibility',
    patterns: [
      'free (?:treatment|medication|medicine|care|drugs?|study drug|access|therapy|tests|scans|mri)',
      '(?<!(?:vaccin\\w*|jabs?|screening|tests?|checks?|boosters?) (?:{w} ){0,2}?)at no cost',
      'compensat(?:ion|ed)|reimburs(?:e|ed|ement)',
      '(?:will be|are|is|get|gets) paid',
      'travel (?:costs|expenses) (?:are |will be )?(?:covered|paid)',
    ],
  },
  {
    id: 'trial_availability_eligibility.registry-id',
    category: 'trial_availability_eligibility',
    caseSensitive: true,
    patterns: [
      'NCT\\d{8}',
      'ISRCTN\\d{8}',
      '(?:EudraCT|EU CT) (?:[Nn]umber |[Nn]o\\. )?\\d{4}-\\d{6}-\\d{2}(?:-\\d{2})?',
    ],
  },
  {
    id: 'trial_availability_eligibility.phase',
    category: 'trial_availability_eligibility',
    patterns: [
      'phase[- ]?(?:[1-4]|iv|i{1,3}|1/2|2/3|i/ii|ii/iii|[1-3][ab]|i{1,3}[ab]|one|two|three|four)(?![\\w/])',
      'first[- ]in[- ](?:human|man)',
      '(?:early|late)[- ]phase',
    ],
  },
  {
    id: 'trial_availability_eligibility.available-in-trials',
    category: 'trial_availability_eligibility',
    patterns: [
      '(?:only )?available (?:only )?(?:in|through|via|as part of|to) (?:(?:a|clinical|research) ){0,3}(?:trials?|stud(?:y|ies)|trial participants|participants)',
    ],
  },
  {
    id: 'trial_availability_eligibility.new-treatment',
    category: 'trial_availability_eligibility',
    requiresWatchList: true,
    patterns: [
      '(?:new|novel|next[- ]generation|innovative|cutting[- ]edge) (?:{w} )?(?:treatments?|therap(?:y|ies)|drugs?|medicines?|options?|approach(?:es)?)',
    ],
  },

  // 7. comparative
  {
    id: 'comparative.than',
    category: 'comparative',
    patterns: [
      '(?:better|more effective|more powerful|more potent|safer|stronger|gentler|cheaper|more convenient|less toxic|less risky|more tolerable|better tolerated|more successful|faster[- ]acting|worse|less effective|weaker|riskier|more dangerous) (?:{w} ){0,3}?than(?! (?:expected|usual|ever|before|previously|thought|forecast|predicted|anticipated|planned|last (?:year|month|week|season)|a year ago))',
      'fewer (?:{w} ){0,2}?(?:side[- ]?effects|relapses|infections|risks|complications|lesions) than',
    ],
    exceptions: [
      // How someone feels, not a comparison with a treatment ("feel better than you did on antidepressants").
      '(?:feel|feels|feeling|felt) (?:{w} )?better than(?! (?:{w} ){0,4}?(?:on|with|taking|using|after|had|have|has|took|take|get|got) )',
      // Sales and trading, not outcomes: "own-brand vitamins sold better than any other product".
      '(?:sold|sells?|selling|traded|trading) (?!as\\b)(?:{w} ){0,2}?better than',
      NON_HEALTH_SAFETY,
    ],
  },
  {
    id: 'comparative.superior',
    category: 'comparative',
    patterns: [
      'superior to|inferior to|non[- ]?inferior(?:ity)?',
      'out[- ]?perform(?:s|ed|ing)?',
      'beat(?:s|ing)? (?:{w} ){0,3}?(?:placebo|drugs?|treatments?|therap(?:y|ies)|competitors?|chemo(?:therapy)?|standard|medications?|medicines?|pills|tablets|antidepressants|antibiotics|statins|steroids|inhalers|injections|surgery|painkillers|vaccines?|jabs?)',
      // Not the contact that spreads head lice.
      'head[- ]to[- ]head(?! contact)',
      // "as effective as" and the like: comparative.general.
      'as well tolerated as|equally effective',
    ],
  },
  {
    id: 'comparative.best-only',
    category: 'comparative',
    patterns: [
      '(?<=\\bthe )(?:best|only|most effective|safest|strongest|most powerful|leading|top|number one|first and only|most advanced) (?:{w} ){0,2}?(?:treatments?|therap(?:y|ies)|drugs?|options?|medications?|medicines?|cures?|dmts?|approach(?:es)?|solutions?|products?|remed(?:y|ies)|choice)',
      // Marketing's rank: "the #1 treatment for migraine", "America's No. 1 pain reliever".
      "(?:#|\\bno\\.? ?|\\bnumber )1\\b(?: {w}){0,2}? (?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|remed(?:y|ies)|products?|brands?|choice|pain ?relievers?|supplements?|solutions?|cures?)\\b",
      'best[- ]in[- ]class|first[- ]in[- ]class|best available|most effective|gold[- ]standard|standard of care',
    ],
  },
  {
    id: 'comparative.line-of-therapy',
    category: 'comparative',
    patterns: ['(?:first|second|third)[- ]line'],
  },
  {
    id: 'comparative.unlike',
    category: 'comparative',
    caseSensitive: true,
    patterns: [
      '[Uu]nlike (?:(?:other|conventional|traditional|older|existing|standard|current|many|most) ){0,3}(?:[a-z-]+ )?(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|dmts?|DMTs?|interferons?|steroids?|chemo(?:therapy)?|pills|tablets|injections|infusions)',
      '[Uu]nlike [A-Za-z]+(?:mab|mib|nib|imod|amide|cel|ept|ine|one|ide|ate)(?![\\w])',
    ],
  },
  {
    id: 'comparative.compared',
    category: 'comparative',
    patterns: ['compared (?:with|to)|in comparison (?:with|to)|versus|vs\\.?'],
    // A comparison with a time or a benchmark, as news and statistics give it: "compared with last
    // year", "compared with the national average".
    exceptions: [
      // Two figures side by side, as results give them: "(31% vs 21%)"; the words around them say what is compared.
      '(?<=\\b\\d+(?:\\.\\d+)?% )(?:versus|vs\\.?)(?= \\d+(?:\\.\\d+)?%(?!(?: {w}){0,4}? (?:on|with|for|using|taking|given|receiving|after|than)\\b))',
      "(?:compared (?:with|to)|in comparison (?:with|to)) (?:the |a |an )?(?:(?:same|previous|prior|preceding|last|past|earlier) (?:{w} )?(?:years?|months?|weeks?|quarters?|decades?|period|season|winter|summer|autumn|spring)|last (?:year|month|week|quarter|decade|winter|summer|autumn|spring|fall|season)|(?:national|regional|global|country's|state|european|england|uk|us) (?:average|figures?|rates?)|average|(?:{num}|a) (?:years?|months?|weeks?|decades?) (?:ago|earlier|before)|(?:19|20)\\d\\d|pre-pandemic (?:levels|years|figures)|before the pandemic|the year before|this time last year)",
    ],
  },

  // 8. absolute_guarantee
  {
    id: 'absolute_guarantee.guarantee',
    category: 'absolute_guarantee',
    patterns: [
      'guarantee(?:s|d)?|guaranteeing',
      '(?:certain|sure|bound) to (?:work|cure|help|succeed)',
    ],
    // Shop terms, not a promise about health: "your guaranteed delivery date".
    exceptions: ['guaranteed (?:{w} )?(?:delivery|dispatch|despatch|next[- ]day|same[- ]day|interview|place|places|seat|minimum wage|hours|income|pension)'],
  },
  {
    id: 'absolute_guarantee.hundred-percent',
    category: 'absolute_guarantee',
    patterns: ['100 ?(?:%|percent|per cent)|one hundred per ?cent'],
    exceptions: ['100 ?(?:%|percent|per cent) (?:recycl\\w*|cotton|wool|silk|linen|plastic-free|biodegradable|compostable|renewable|electric|recyclable)'],
  },
  {
    id: 'absolute_guarantee.everyone',
    category: 'absolute_guarantee',
    patterns: [
      '(?:for|in|to|with) (?:literally |absolutely |practically |basically )?(?:everyone|everybody|anyone|all patients|every patient|all people|every person|all sufferers)(?! else)',
      '(?:everyone|everybody|anyone) (?:who (?:{w} ){1,3}?)?(?:will|can|gets?|recovers?|improves?|benefits?|responds?|feels?|sees?)',
      '(?:for|in) (?:every|each) (?:single )?(?:patient|person|case|participant)',
      'every (?:single )?(?:patient|person|participant|user|sufferer|one)(?: {w}){0,4}? (?:respond|responded|responds|improve[sd]?|recover(?:s|ed)?|benefit(?:s|ed|ted)?|gets? better|got better|will|can|saw|sees|feels?|felt|achieved?|remained|stays?|stayed|became|was cured|is cured)',
      'all (?:patients|participants|people|users|sufferers) (?:{w} ){0,2}?(?:respond|responded|improve|improved|recover|recovered|benefit|benefited|benefitted|get better|got better|will|can|saw|see|feel|felt|achieve|achieved|remain|remained|stay|stayed|become|became)',
    ],
    exceptions: [
      '(?:different|varies|vary|differs?|unique) (?:{w} )?(?:for|from) (?:everyone|everybody|anyone)',
      // Who is offered something: "checks for anyone aged 40 or over".
      '(?:everyone|everybody|anyone) (?:aged|over|under) (?:\\d|{num})',
      '(?:thanks?(?: you)?|hello|hi|hugs|sending (?:{w} )?|safe travels|good luck|best wishes|congratulations|welcome) (?:{w} ){0,3}?(?:to )?everyone',
      '(?:offered|available|open|given|recommended|sent) to (?:everyone|everybody|anyone|all)',
      'free (?:of charge )?(?:for|to) (?:everyone|everybody|anyone|all)',
      // Anyone can fall ill; not "everyone can have perfect health", which is the promise.
      '(?:anyone|everyone) can (?:get|catch|develop|have|be affected|be infected)\\b(?! (?:{w} )?(?:perfect|good|great|better|healthy|healthier|clear|glowing|normal|full|pain-free|rid|well|cured|results?)\\b)',
      // A chain message or a counter, not a promise about who benefits.
      '(?:forward|send|share|pass) (?:this|it) (?:on )?to (?:everyone|everybody|anyone)',
      'to anyone who (?:asks|wants|needs)',
    ],
  },
  {
    id: 'absolute_guarantee.always-never',
    category: 'absolute_guarantee',
    polarity: 'affirmed',
    patterns: [
      '(?:always|never) (?:{w} ){0,2}?(?:works?|worked|working|helps?|helped|fails?|failed|effective|succeeds?|succeeded|relapse[sd]?|return(?:s|ed)?|come back|comes back|came back|recurs?|progress(?:es|ed)?|get worse|gets worse|got worse|cures?|cured|responds?|safe|harmless|walk again)',
    ],
  },
  {
    id: 'absolute_guarantee.completely',
    category: 'absolute_guarantee',
    patterns: [
      '(?:completely|totally|entirely|fully|permanently|forever|for good|definitely|certainly|surely|absolutely) (?:{w} )?(?:cured?|curing|gone|safe|free|eliminat\\w*|eradicat\\w*|revers\\w*|stop\\w*|halt\\w*|heal\\w*|recover\\w*|disappear\\w*|works?|worked|effective|harmless|painless|remission|restor\\w*|repair\\w*|resolv\\w*|vanish\\w*|transform\\w*)',
      '(?:cured?|gone|free|disappear(?:s|ed)?|recovered|stopped|reversed|healed|vanish(?:es|ed)?|eradicat\\w*|eliminat\\w*|last|lasts|lasting|works?) (?:{w} ){0,2}?(?:completely|permanently|forever|for good|for life|entirely|totally)',
      'forever',
    ],
  },
  {
    id: 'absolute_guarantee.will',
    category: 'absolute_guarantee',
    patterns: [
      'will (?:definitely |certainly |surely |completely |permanently |always |100% )?(?:cure|stop|work|heal|reverse|eliminate|end|fix|restore|repair|halt|prevent|transform|change your life|get rid of|make you (?:better|well))(?! (?:with|by|on|out|closely|together|alongside|through|in|at|from|the (?:infusion|injection|drip)))',
    ],
  },
  {
    id: 'absolute_guarantee.permanent',
    category: 'absolute_guarantee',
    patterns: [
      '(?<=\\b(?:results?|effects?|benefits?|improvements?|cure|remission|changes?) (?:{w} ){0,2}?(?:are|is|will be|remain|stay) (?:{w} )?)(?:permanent|lifelong|guaranteed|irreversible)',
    ],
  },

  // 9. hype_sensational
  {
    id: 'hype_sensational.miracle',
    category: 'hype_sensational',
    healthTopicOnly: true,
    patterns: [
      'miracles?|miraculous(?:ly)?',
      'wonder (?:drugs?|cures?|pills?|treatments?|supplements?|products?|remed(?:y|ies)|herbs?|foods?)',
      '(?:magic|silver) (?:bullets?|cures?|pills?|potions?|formula)',
      'holy grail|cure[- ]all|panacea',
    ],
    // Figures of speech: "Miracle on ice", "finding a parking space is a miracle these days".
    exceptions: [
      'miracle on (?:ice|the (?:pitch|field|court|track|slopes))',
      "(?:is|was|it's|be|would be) (?:a |an )?(?:(?:minor|small|absolute|real) )?miracle (?:these days|if|that (?:anyone|we|they|i)|when|to (?:find|get|see))",
    ],
  },
  {
    id: 'hype_sensational.breakthrough',
    category: 'hype_sensational',
    healthTopicOnly: true,
    patterns: ['breakthroughs?'],
    exceptions: [
      'breakthrough (?:therapy|device|medicine)',
      'breakthrough (?:pain|bleeding|infections?|seizures?|disease|relapses?|activity|cases?|covid)',
      'breakthrough (?:role|year|season|album|performance|hit|moment in (?:his|her) career)',
      'breakthrough in (?:the )?(?:{w} )?(?:talks|negotiations|dispute|case|investigation)',
    ],
  },
  {
    id: 'hype_sensational.revolutionary',
    category: 'hype_sensational',
    healthTopicOnly: true,
    patterns: [
      'game[- ]chang(?:er|ers|ing)',
      'revolutionar(?:y|ies)|revolutioni[sz](?:e|es|ed|ing)',
      'paradigm[- ]shift(?:ing|s)?',
      'ground[- ]?breaking|life[- ]changing|life[- ]saving|transformative|unprecedented|astonishing|jaw[- ]dropping',
      'transform(?:s|ed|ing)? (?:{w} )?lives',
      "world[- ]first|world's first",
      "secret (?:cure|remedy|treatment)|one weird trick|doctors do not want you to know",
      'dramatic(?:ally)? (?:results?|improvements?|recover\\w*|improv\\w*|reduc\\w*)',
    ],
  },
  {
    id: 'hype_sensational.new-hope',
    category: 'hype_sensational',
    healthTopicOnly: true,
    patterns: ['(?:new|renewed|fresh|real|false) hope', 'hope for a cure'],
  },

  // 10. testimonial_anecdote
  {
    id: 'testimonial_anecdote.cured-me',
    category: 'testimonial_anecdote',
    patterns: [
      '(?:cured|healed|fixed|saved|reversed|stopped|halted|changed|transformed|turned around|cleared) my (?:ms|life|disease|body|symptoms|relapses|fatigue|pain|walking|legs|vision|eyesight|balance|condition|lesions|health|brain fog|numbness|tremors?|spasms?|bladder|{condition})',
      '(?:saved|cured|healed) me',
      'gave (?:me |her |him |them )?(?:my |her |his |their )?(?:life|legs|independence|freedom|energy) back',
      'gave (?:me|her|him|them) back (?:my|her|his|their) (?:life|legs|independence|freedom|energy)',
    ],
  },
  {
    id: 'testimonial_anecdote.symptoms-gone',
    category: 'testimonial_anecdote',
    patterns: [
      '(?:my|her|his) (?:{w} )?(?:lesions|symptoms|relapses|fatigue|pain|tremors?|numbness|spasms?|ms|disease|cancer|tumou?rs?|brain fog|walking|balance|vision|eyesight|mobility) (?:have |has |had |is |are |was |were )?(?:all |completely |totally |finally |gradually )?(?:disappeared|vanished|gone|went away|cleared|stopped|improved|shrunk|shrank|melted away|reversed|better|healed)',
    ],
  },
  {
    id: 'testimonial_anecdote.again',
    category: 'testimonial_anecdote',
    patterns: [
      "i (?:can|could|was able to|am able to|'m able to|have been able to|'ve been able to) (?:now |finally |actually )?(?:{w} ){1,3}?again",
    ],
  },
  {
    id: 'testimonial_anecdote.i-am-cured',
    category: 'testimonial_anecdote',
    patterns: [
      "i(?:'m| am| was| have been|'ve been| feel| felt) (?:now |finally |officially |completely |fully |totally |basically )?(?:in remission|cured|healed|relapse[- ]free|symptom[- ]free|disease[- ]free|better than ever|back to normal|a new person|like a new person|(?:{w} )?years younger|normal again)",
    ],
  },
  {
    id: 'testimonial_anecdote.worked-for-me',
    category: 'testimonial_anecdote',
    patterns: ['(?:worked|works|work|did wonders|does wonders|helped) (?:wonders )?for me'],
  },
  {
    id: 'testimonial_anecdote.since-i-started',
    category: 'testimonial_anecdote',
    patterns: [
      "(?:since|after) (?:i (?:started|began|switched|had|took)|starting|taking|my (?:first )?(?:infusion|treatment|transplant|injection)s?)(?: {w}){0,4}?,? i(?: have| have not| had| had not|'ve| am|'m| was| was not)? (?:{w} ){0,2}?(?:had|felt|been|noticed|seen|needed)",
    ],
  },
  {
    id: 'testimonial_anecdote.reported',
    category: 'testimonial_anecdote',
    patterns: [
      '(?<=\\b(?:patients?|participants?|users?|customers?|members?|clients?|readers?|fans) (?:{w} )?)(?:say|said|tell us|told us|swear by|rave about|report feeling|describe feeling|find|found)',
    ],
  },

  ...GENERAL_RULES,
]
