import type { Rule } from '../types.js'
import { NAMED_MEDICINE } from './lexicon.js'

/**
 * Domain-general rules: a claim verb acting on a health object from the lexicons (lexicon.ts),
 * whatever the condition or product, plus the wording of safety statements, dosing instructions,
 * recruitment and first-person outcomes. They complement the seed rules of default-pack.ts, whose
 * vocabulary grew up around MS. Macros: {gap} one loose word (numbers and percentages included),
 * {condition}, {organ}, {measure}, {product}, {num}, {pct}, {w}.
 */

/** Verbs that claim to cure, kill, prevent or remove a condition. */
const CURE_VERB = [
  'cur(?:e|es|ed|ing)',
  'heal(?:s|ed|ing)?',
  'treat(?:s|ed|ing)?',
  'revers(?:e|es|ed|ing)',
  'eliminat(?:e|es|ed|ing)',
  'eradicat(?:e|es|ed|ing)',
  'kill(?:s|ed|ing)?',
  'destroy(?:s|ed|ing)?',
  'fight(?:s|ing)?(?: off)?',
  'fought(?: off)?',
  'beat(?:s|ing)?',
  'defeat(?:s|ed|ing)?',
  'conquer(?:s|ed|ing)?',
  'prevent(?:s|ed|ing)?',
  'stop(?:s|ped|ping)?',
  'halt(?:s|ed|ing)?',
  'end(?:s|ed|ing)?',
  'banish(?:es|ed|ing)?',
  'clear(?:s|ed|ing)?(?: up| out)?',
  'dissolv(?:e|es|ed|ing)',
  'shrink(?:s|ing)?',
  'shr[au]nk',
  'flush(?:es|ed|ing)?(?: out)?',
  'detox(?:es|ed|ing|ify|ifies|ified)?',
  'cleans(?:e|es|ed|ing)',
  'eras(?:e|es|ed|ing)',
  'remov(?:e|es|ed|ing)',
  'neutrali[sz](?:e|es|ed|ing)',
  'inactivat(?:e|es|ed|ing)',
  'block(?:s|ed|ing)?',
  'attack(?:s|ed|ing)?',
  'target(?:s|ed|ing)?',
  'starv(?:e|es|ed|ing)',
  'combat(?:s|ed|ing)?',
  'counteract(?:s|ed|ing)?',
  'fix(?:es|ed|ing)?',
  'resolv(?:e|es|ed|ing)',
  'wip(?:e|es|ed|ing) out',
  'get(?:s|ting)? rid of',
  'got rid of',
  'rid(?:s)? (?:your|the) body of',
  'say goodbye to',
  '(?:ward|fend)(?:s|ed|ing)? off',
  'stav(?:e|es|ed|ing) off',
  'knock(?:s|ed|ing)? out',
  'draw(?:s|ing)? out',
  'unclog(?:s|ged|ging)?',
  'unblock(?:s|ed|ing)?',
  'correct(?:s|ed|ing)?',
  'sterili[sz](?:e|es|ed|ing)',
  'disinfect(?:s|ed|ing)?',
  'protect(?:s|ed|ing)? (?:{w} ){0,3}?(?:against|from)',
  'shield(?:s|ed|ing)? (?:{w} ){0,3}?(?:against|from)',
  'guard(?:s|ed|ing)? (?:{w} ){0,3}?against',
].join('|')

/** Verbs that claim to restore or protect an organ or body system. */
const RESTORE_VERB = [
  'protect(?:s|ed|ing)?',
  'shield(?:s|ed|ing)?',
  'repair(?:s|ed|ing)?',
  'restor(?:e|es|ed|ing)',
  'regenerat(?:e|es|ed|ing)',
  'rebuild(?:s|ing)?',
  'rebuilt',
  'regrow(?:s|ing)?',
  'cleans(?:e|es|ed|ing)',
  'detox(?:es|ed|ing|ify|ifies|ified)?',
  'flush(?:es|ed|ing)?',
  'heal(?:s|ed|ing)?',
  'reset(?:s|ting)?',
  'reboot(?:s|ed|ing)?',
  'unclog(?:s|ged|ging)?',
  'seal(?:s|ed|ing)?',
  'unblock(?:s|ed|ing)?',
  'rejuvenat(?:e|es|ed|ing)',
  'revers(?:e|es|ed|ing)',
].join('|')

/** Verbs that claim a good effect on what follows them: "improves your eyesight". */
const POSITIVE_EFFECT_VERB = [
  'improv(?:e|es|ed|ing)',
  'boost(?:s|ed|ing)?',
  'strengthen(?:s|ed|ing)?',
  'sharpen(?:s|ed|ing)?',
  'enhanc(?:e|es|ed|ing)',
  'nourish(?:es|ed|ing)?',
  'support(?:s|ed|ing)?',
  'sooth(?:e|es|ed|ing)',
].join('|')

/** Verbs that claim a measurable effect. */
const EFFECT_VERB = [
  POSITIVE_EFFECT_VERB,
  'reduc(?:e|es|ed|ing)',
  'lower(?:s|ed|ing)?',
  'cut(?:s|ting)?',
  'reliev(?:e|es|ed|ing)',
  'eas(?:e|es|ed|ing)',
  'increas(?:e|es|ed|ing)',
  'regulat(?:e|es|ed|ing)',
  'balanc(?:e|es|ed|ing)',
  'control(?:s|led|ling)?',
  'calm(?:s|ed|ing)?',
  'settl(?:e|es|ed|ing)',
  'speed(?:s|ing)? up',
  'slow(?:s|ed|ing)?',
  'delay(?:s|ed|ing)?',
  'halv(?:e|es|ed|ing)',
  // "doubles the risk", "double your chances"; not the adjectives of "double masking", "triple jabbed".
  'doubl(?:es|ed|ing)',
  'tripl(?:es|ed|ing)',
  "(?:double|triple)(?= (?:your|the|their|his|her|a person's|someone's) )",
  'lift(?:s|ed|ing)?',
  'promot(?:e|es|ed|ing)',
  'normali[sz](?:e|es|ed|ing)',
  'stabili[sz](?:e|es|ed|ing)',
  'burn(?:s|ed|ing)?',
  'melt(?:s|ed|ing)?(?: away)?',
  'decreas(?:e|es|ed|ing)',
  'minimi[sz](?:e|es|ed|ing)',
  'tackl(?:e|es|ed|ing)',
  'manag(?:e|es|ed|ing)',
  'optimi[sz](?:e|es|ed|ing)',
  'raise[sd]?',
  'rais(?:e|es|ed|ing)',
  'shorten(?:s|ed|ing)?',
  'fad(?:e|es|ed|ing)',
  'tighten(?:s|ed|ing)?',
  'brighten(?:s|ed|ing)?',
  'quieten(?:s|ed|ing)?',
  'relax(?:es|ed|ing)?',
  'alleviat(?:e|es|ed|ing)',
  'suppress(?:es|ed|ing)?',
  'curb(?:s|ed|ing)?',
].join('|')

/**
 * A yes/no question about a health effect, as evidence checks and agency FAQs ask it ("Can saw
 * palmetto relieve ...?", "Is coffee bad for your heart?"): what it asks about is the claim under
 * review. `question(verbs)` reads the verb after the question's opening word, in the same sentence,
 * with the question mark after it; "is" and "are" open only the adjective questions. A question
 * asks rather than asserts: a warning, whatever the category.
 */
const question = (verbs: string, opener = '(?:can|could|does|do|did|will|would|should|might|may)') =>
  // The cheap test first: a question mark ahead in the same sentence, before the look back.
  `(?=[^.!?\\n]*\\?)(?<=(?:^|[.!?]["”’)]? |\\n)${opener}\\b[^.!?\\n]{1,80}?\\b)(?<!-)(?:${verbs})\\b(?=[^.!?\\n]{0,120}\\?)`

/** Medicines by name: named ones, and the stems of generic drug names. */
const DRUG_NAME = `(?:${NAMED_MEDICINE}|lithium|iron|gtn|statins?|insulin|[a-z]+(?:mab|nib|pril|sartan|olol|statin|azole|mycin|cillin|cycline|floxacin|prazole|tidine|triptan|gliptin|gliflozin|glutide|dronate|parin|xaban|ciclovir|pam|lam|oxetine|aline|ipramine|umab|zumab|purinol|olone|isone|dipine|zapine|tiapine|semide|thiazide|triptyline|lukast|formin|butamol|proxen|fenac|coxib|vir))`

/** Medicines in instructions: named ones, and any product word (too loose for a health topic). */
const MEDICINE = `(?:${DRUG_NAME}|{product})`

/** What a writer may blame for deaths or harm, named anywhere in a sentence. */
const BLAMED_PRODUCT = `vaccines?|vaccinations?|jabs?|shots?|boosters?|medicines?|medications?|drugs?|pills?|tablets?|supplements?|${DRUG_NAME}`

/** After an exception's words: a named medicine within the next two words. */
const NO_DRUG_NEXT = `(?!(?: {w}){0,2}? ${DRUG_NAME}\\b)`

/** After an exception's "than": the comparison is with a treatment ("than with statins", "than those on sertraline"), so no exception excuses it. */
const THAN_NO_TREATMENT = `(?! (?:with|on|after|taking|using|any|those|people on|patients on)\\b)${NO_DRUG_NEXT}`

/** After an exception's everyday words: a medicine or a dose follows in the same clause, so they are no longer everyday. */
const NO_MEDICINE_AFTER = `(?!(?: {w}){0,4}? (?:{num}|${DRUG_NAME})\\b)`

/** Prescribed medicines as a reader names them when stopping, swapping or not needing one. */
const PRESCRIBED = `${NAMED_MEDICINE}|hrt|insulin|chemo(?:therapy)?|beta[- ]blockers?|blood thinners?|ace inhibitors?|antivirals?|antibiotics|medications?|medicines?|meds|prescriptions?|tablets|pills|inhalers?|antidepressants|statins?|[a-z]+(?:pril|olol|statin|sartan|formin|thyroxine)`

/** A vaccine or a dose of one, as advice to get it names it: "a booster", "both doses", "vaccination". */
const VACCINE_DOSE = '(?:vaccin\\w*|jabs?|boosters?|shots?|doses?|immuni[sz]ations?)'

/** Who urges a reader or a group to act: "urging older adults to", "encourages parents to". */
const URGING = '(?:urg(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|remind(?:s|ed|ing)?|call(?:s|ed|ing)? on)'

/** What public-health advice tells people to do. */
const PUBLIC_HEALTH_MEASURE =
  'self-isolate|isolate|quarantine|stay (?:at )?home|wear (?:a |face )?(?:masks?|face coverings?)|test again|get tested|take (?:a|another) (?:{w} )?test|avoid (?:{w} ){0,2}?(?:eggs|alcohol|caffeine|sugar|salt|screens|contact|crowds|the sun)|be (?:checked|tested|screened) (?:by|for|before)|keep breastfeeding|open (?:a|the) windows?'

/** A vaccine dose, as people name it. */
const JAB = '(?:jabs?|boosters?|vaccines?|vaccinations?|vaccinated|vaxxed|shots?|doses?|pfizer|moderna|astrazeneca|novavax)'

/** How people describe the day after a jab: "knocked me out", "my arm feels like it got hit by a truck". */
const JAB_REACTION =
  "knock(?:s|ed)? (?:me|him|her|them|us) (?:out|flat|sideways|for six)|sore arms?|arms? (?:is|was|feels|felt|'s) (?:{w} ){0,3}?(?:sore|achy|aching|heavy|painful|dead|numb|like)\\b"

/** Who tells a first-person or reported story. */
const STORYTELLER =
  "i|i'm|i've|i'd|i'll|my|me|we|we've|mum's|mom's|dad's|son's|daughter's|husband's|wife's|her|his|she|he"

/** Greetings and shopping: "Safe travels!", "Shop safely: all payments are encrypted". */
export const SAFE_IN_PASSING =
  'safe (?:travels|journeys?|trips?|flights?)(?! (?:with|from|for|after|during)\\b)|(?:shop|shopping|pay|paying|browse|browsing) (?:{w} )?safely\\b|safe (?:and secure )?(?:checkout|payments?|shopping)\\b'

/** "Safe" for a road, a car park or someone's data: public or data safety, not a health claim. */
export const NON_HEALTH_SAFETY =
  '(?:roads?|streets?|crossings?|junctions?|car parks?|parking|cycle (?:lanes?|paths?)|pavements?|neighbou?rhoods?|playgrounds?|cars?|vehicles?|flights?|aircraft)(?: {w}){0,3}? safer?(?! (?:with|on|if|when)\\b)|(?:keeps?|keeping|kept|protects?|protecting) (?:{w} ){0,2}?(?:data|information|details|records|accounts?|passwords?|money|savings) safe|safe(?:r|st)?,? (?:{w} ){0,2}?(?:car parks?|parking|streets?|roads?|routes?(?! to (?:a |an |the |your )?(?:{w} )?(?:weight|health|healthy|recovery|loss|gut|cure|relief|wellness|fitness|body)\\b)|neighbou?rhoods?|pair of hands|seats?)|safe(?:r|st)? than (?:any |other )?(?:{w} )?(?:vehicles?|cars?|planes?|aircraft|buildings?)|' +
  SAFE_IN_PASSING

/**
 * Who took part, not an effect: "more than half of the participants were women", "were over 65"
 * (not "were over their migraines").
 */
export const PARTICIPANT_MAKEUP =
  '(?:{pct}|half|a third|a quarter|two thirds) of (?:the )?(?:{w} )?(?:participants|patients|people|volunteers|respondents) (?:were|was) (?:women|men|female|male|white|black|aged|(?:over|under) (?:the age of )?\\d|older|younger|children|smokers|from)'

/** "Taking part is always voluntary": how a study works, not an invitation to join it. */
export const TAKING_PART_IS_VOLUNTARY =
  'taking part (?:in (?:a |any |the )?(?:{w} )?(?:trial|study|research) )?is (?:always |entirely |completely )?(?:voluntary|optional|your choice|up to you)'

/** Germs named as a cause: "viruses", "bacteria", "RSV", "papillomavirus", "SARS-CoV-2". */
const PATHOGEN =
  '(?:[a-z]*virus(?:es)?|bacteri(?:um|a)|germs?|parasites?|fung(?:us|i)|pathogens?|microbes?|sars-cov-2|rsv|hpv|hiv|e\\. coli|salmonella|strep(?:tococcus|tococci)?)'

/** A cure of an institution's troubles: "the A&E had been cured of its worst delays". */
export const FIGURATIVE_CURE =
  'cur(?:e|es|ed|ing) (?:of |for )?(?!(?:{w} ){0,2}?(?:{condition}) )(?:{w} ){0,3}?(?:staffing|traffic|delays|shortages?|queues|backlogs?|waiting (?:lists?|times)|meetings?|budget|funding|cash|paperwork|parking|deficit|(?:housing|economic|financial|energy|cost-of-living|political|migration|skills|productivity|climate) (?:crisis|crunch|slump|woes|gap))(?!(?: {w}){0,2}?,? (?:and|or|plus|&) (?:{w} ){0,2}?{condition}\\b)'

/**
 * Words of an effect a percentage may measure: "filters out 95 percent", "85% success", "a 40%
 * lower risk". Rises and falls are left out: "notifications rise 11%" is a count, not a benefit.
 */
const PERCENT_EFFECT =
  '(?:effective(?:ness)?|efficacy|efficacious|success(?:ful|fully)?|succeed(?:s|ed)?|work(?:s|ed)?|protect(?:s|ed|ion|ive)?|prevent(?:s|ed|ion)?|reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|lower(?:s|ed)?|fewer|(?:less|more) likely|(?:higher|greater|increased) risk|improv(?:e|es|ed|ing|ement)|respon(?:d|ds|ded|se|ders?)|recover(?:s|ed|y)?|cur(?:e|es|ed)|remission|surviv(?:e|ed|al|ors?)|reliev(?:e|es|ed)|relief|heal(?:s|ed)?|clear(?:s|ed)?|block(?:s|ed)?|filter(?:s|ed)?|kill(?:s|ed)?|remov(?:e|es|ed)|eliminat(?:e|es|ed)|stop(?:s|ped)?|avoid(?:s|ed)?|benefit(?:s|ed)?|better|accura(?:te|cy)|sensitivity|specificity|shr(?:ink|inks|ank|unk)|halv(?:e|es|ed)|decreas(?:e|es|ed))\\b'

/** What a reviewer is told about a first-person or reported outcome. */
const FIRST_PERSON_MESSAGE =
  'First-person or reported outcome ("%s"): an individual story is not evidence; make clear results vary and do not generalise from it.'

/** Outcome words of a first-person story. */
const OUTCOME =
  "(?:worked|works|helped|cured|healed|fixed|saved|changed|reversed|cleared(?: up)?|cleared|gone|disappeared|vanished|stopped|dropped|improved|shrank|shrunk|lifted|came back|normal|undetectable|pain[- ]free|clear|better|younger|again|no longer|did nothing|nothing for|made no difference|did not (?:work|help|budge|do)|wonders|swear by|swears by|swore by|never looked back|back on (?:my|his|her|their|our) feet|turned|reset|budge|down by|went from|came off|off (?:all |my |his |her )?(?:{w} ){0,2}?(?:medication|meds|tablets|insulin|metformin|pills|inhaler)|(?:life|energy|legs|independence|confidence|freedom|sight|smell|hearing) back|done wonders|made (?:any|no|zero|little|a (?:huge|big|real|massive|noticeable)) difference|got pregnant|(?:barely|hardly) (?:{w} )?(?:sneezed|coughed|noticed|notice|grumble|hurt|ache|needed|used)|ever since|still here|through the roof|have not needed|took me off|taken me off|healthier than ever|second chance|can now|feel (?:like|great|amazing|fantastic|brilliant)|back to (?:{w} ){0,2}?(?:work|normal|gardening|running|walking|driving|cycling|swimming|dancing|myself|my old self|full health)|in range|(?:scans?|mri|bloods|results?|levels?|numbers|readings|sugars) (?:{w} )?(?:is |are |was |were |came back |have been |has been )?(?:stable|clear|clean|normal|perfect|(?:way |right |well )?down)|through the night|down to|no new (?:lesions|relapses|symptoms|attacks|spots|flares)|feel (?:like )?(?:myself|human) again|kept it off|(?:walking|running|sleeping|working) (?:{w} ){0,2}?(?:again|now)|calmed (?:right |right back |back )?down|settled (?:down|right down)|quieter|sharper|calmer|clearer|eased|took away|taken away|came (?:flooding |rushing |straight )?back|touched|turned (?:my|his|her|our) (?:life|lives) around|(?:gave|given) (?:me|him|her|us) (?:my|his|her|our) (?:life|lives) back)"

export const GENERAL_RULES: Rule[] = [
  // cure_remission
  {
    id: 'cure_remission.claim-verb',
    category: 'cure_remission',
    message:
      'Claim that something cures, kills, prevents or removes a condition ("%s"): such disease claims need strong evidence, a named population and outcome; for products they are usually not allowed.',
    patterns: [
      `(?:${CURE_VERB}) {gap}{0,3}?{condition}`,
      'sav(?:e|es|ed|ing) (?:your |a |their |his |her |my |many |thousands of )?lives?|life[- ]?saving',
      '(?<=\\b(?:stop|stops|stopped|prevent|prevents|prevented|keep|keeps|kept) (?:{w} ){0,3}?from )(?:catching|getting|developing|passing on|spreading|becoming (?:ill|sick|infected))',
      'advertis(?:e|es|ed|ing) (?:{w} ){0,4}?as (?:a |an )?(?:{w} ){0,2}?(?:treatment|cure|remedy)',
      // A cure told by what it lets you give up: "will let you throw away your reading glasses".
      "(?:throw (?:away|out)|ditch|bin|get rid of|(?:never|no longer|will not) need) (?:your|my|their|his|her) (?:reading )?(?:glasses|spectacles|inhalers?|insulin|meds|medications?|pills|tablets|painkillers|crutches|wheelchair|walking stick|hearing aids?|cpap(?: machine)?)",
    ],
    exceptions: [
      // Who is being treated where; not what can be treated with a product ("can be treated for ADHD with our drops").
      "(?:being|been|be)(?<!\\b(?:can|could|will|may|might|cannot) be) treated (?:for|in|at)(?!(?: {w}){1,4} (?:with|using|by|on) (?:our|this|these|my)\\b)",
      // The end of an emergency declared: "the WHO declared an end to COVID-19 as a global health emergency".
      "(?:declared|declares|declare|declaring|announced|announces)(?<!\\b(?:our|this|these|my|we|we've)(?: {w}){0,3} (?:declared|declares|declare|declaring|announced|announces)) (?:an |the )?end (?:to|of)",
      // Stopping a treatment or a habit, not a disease: "stops cancer without treatment" stays a claim.
      'stop(?:s|ped|ping)? (?:(?:your|the|their|my|his|her|all|any|this|that|a) )?(?:(?!{condition}\\b){w} )?(?:treatment|taking|smoking)\\b(?!-)',
      // A service that ends: "will stop offering free hepatitis B screening".
      'stop(?:s|ped|ping)? (?:offering|funding|selling|stocking|covering|paying for|publishing|reporting|recording|counting|tracking)\\b(?! (?:{w} )?{condition}\\b(?!(?: {w}){0,2}? (?:screening|testing|tests?|checks?|vaccines?|vaccinations?|jabs?|services?|clinics?|care|research|support|treatment)\\b))',
      // "the end of the trial", "end of life care", not "the end of arthritis pain".
      'end(?:s|ed)? of (?:life\\b(?!-)|(?:the|this|that|a|its|their|your|my) (?:(?!{condition}\\b){w} )?(?:day|week|month|year|road|line|trial|study|treatment|course|season|term|pregnancy|session|programme|program|period|shift|story|list|queue))\\b',
      'cur(?:e|es|ed|ing) (?:of |for )?(?:(?!{condition}\\b){w} )?(?:fear|phobia|boredom|habit)\\b(?![-,]| (?:and|or|plus)\\b)(?!(?: {w}){0,4}? {condition}\\b)',
      FIGURATIVE_CURE,
      '(?:round|around) the block',
      // Money pledged to fight a disease is news, not a claim that anything works.
      // Money given to fight a disease; not a claim after it ("Donate now: our remedy is proven to fight cancer").
      '(?:pledg|donat|rais|fund|invest|spend|commit|grant)\\w*(?:(?! (?:is|are|was|were|been|proven|shown|our|this|these|made|designed|plan)\\b)[^.!?:;,]){0,40}?to (?:help )?(?:fight|combat|tackle|beat|end|eradicate|eliminate|wipe out|defeat)',
      // An organisation curing its own troubles: "trust cures its parking headache".
      // An organisation's troubles ("cured its staffing headaches"), not someone's headaches.
      'cur(?:e|es|ed|ing) its (?:(?!{condition}\\b)[\\w-]+ ){0,2}?(?:headaches?|problems?|woes|ills|blues)',
      'cur(?:e|es|ed|ing) their (?:money |cash |staffing |financial |budget |parking |funding )?(?:woes|ills)(?!,? (?:and|or|plus)\\b)',
    ],
  },
  {
    id: 'cure_remission.restore-organ',
    category: 'cure_remission',
    message:
      'Claim that something repairs, cleanses or protects the body ("%s"): check the evidence for this effect in people, and avoid implying it treats disease.',
    // "Protect your skin from the sun" is sun advice, not a claim about the skin.
    patterns: [`(?:${RESTORE_VERB}) (?:{w} ){0,2}?{organ}(?! from (?:the )?(?:sun|sun's|uv|glare|wind|cold|rain|weather)\\b)`],
  },
  {
    id: 'cure_remission.passive',
    category: 'cure_remission',
    patterns: [
      '(?<=\\b{condition} (?:{w} ){0,3}?(?:is|are|was|were|be|been|being|can be|will be|may be|gets?|got) (?:{w} )?)(?:cured|curable|healed|reversed|eliminated|eradicated|treated|cleared|prevented|wiped out|killed|destroyed|beaten|flushed)',
      '(?<=\\b(?:{condition}|tumou?r markers?|scans?)[- ])free',
      'free (?:of|from) (?:the )?(?:{condition})',
      "(?:no longer|does not|did not) (?:needs?|have|has) (?:{w} )?(?:insulin|diabetes|medication)",
      '(?:eliminat|remov|end)(?:e|es|ed|ing|s)? the need for (?:{w} )?(?:insulin|medication|medicines?|drugs|surgery|{product})',
    ],
  },
  {
    id: 'cure_remission.gone',
    category: 'cure_remission',
    patterns: [
      '(?<=\\b{condition} (?:{w} ){0,3}?)(?:disappear(?:s|ed)?|vanish(?:es|ed)?|went away|cleared up|melted away)',
      '(?<=\\b{condition} (?:{w} ){0,3}?(?:is|are|was|were|has|have) (?:all |completely )?)(?:gone|cleared)',
      // As posts put it: "covid gone in 48h".
      '(?<=\\b{condition} )gone (?:in|within|after|overnight|by)',
      '(?<=\\b(?:watch|see|make) (?:{w} ){0,2}?)(?:disappear|vanish|melt away|go away)',
    ],
  },

  // efficacy_statistics
  {
    id: 'efficacy_statistics.effect-verb',
    category: 'efficacy_statistics',
    patterns: [
      `(?:${EFFECT_VERB}) {gap}{0,3}?(?:{measure}|{condition})`,
      // "slowed the decline in kidney function", "delays the loss of sight".
      '(?:slow(?:s|ed|ing)?|delay(?:s|ed|ing)?|halt(?:s|ed|ing)?|curb(?:s|ed|ing)?) (?:the |a )?(?:{w} )?(?:decline|deterioration|worsening|loss|progression|damage) (?:in|of|to)',
      // Phrasal verbs: "push blood cholesterol up", "won't bring your HbA1c down".
      '(?:bring|brings|brought|bringing|push|pushes|pushed|pushing|drive|drives|drove|driving|get|gets|got|getting|knock|knocks|knocked) (?:your |the |their |blood |my )?(?:{measure}) (?:right |back )?(?:down|up)',
      // "keep older adults out of hospital".
      '(?:keep|keeps|kept|keeping) (?:{w} ){0,3}?out of (?:hospital|intensive care|the icu|a&e)',
      // "keeps colds away", "keep eczema flares at bay"; not "keep your kids away from".
      '(?:keep|keeps|kept|keeping) (?:{w} ){0,2}?(?:{condition}|flares?|flare-ups?|symptoms|sneezing|cravings|germs|bugs|viruses|bacteria|illness(?:es)?)(?: {w}){0,2}? (?:at bay|away)\\b(?! from)',
      // "extended median survival from 11 to 15 months".
      '(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|improv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)) (?:the |their |patients\' )?(?:median |overall |average |progression-free |disease-free )?survival',
      // An organ or body function right after the verb: "improves your eyesight", "strengthens bones".
      // Also after a word or two: "eases stiff, aching joints", "soothes an upset tummy".
      `(?:${POSITIVE_EFFECT_VERB}|eas(?:e|es|ed|ing)|calm(?:s|ed|ing)?|quieten(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|unblock(?:s|ed|ing)?) (?:your |the |our |their |his |her |an? |a child's |children's )?(?:{w},? ){0,2}?(?:{organ})\\b`,
      // Product copy: "keeps your heart healthy", "gives your immune system the boost it needs".
      "(?:keep|keeps|keeping) (?:your |the |our |their |a child's |children's )?(?:{organ}|{measure}) (?:{w} )?(?:healthy|steady|stable|clear|strong|young|working|balanced|normal|in check|under control|in (?:good )?shape|in range|regular|supple|moving)",
      "(?:give|gives|giving) (?:your |the |our |their )?(?:{organ}|{measure}) (?:a|the) (?:{w} )?(?:boost|lift|kick|helping hand)",
      // "make tinnitus quieter", "makes the pain go away"
      '(?<=\\b(?:make|makes|made|making) (?:your |my |the |their |his |her )?(?:{condition}) )(?:quieter|better|milder|easier|go away|disappear|vanish|clear up|less (?:painful|severe|frequent|noticeable))',
    ],
    exceptions: [
      '(?:support|manage)(?:s|d)? (?:{w} )?(?:groups?|lines?|services?|team|worker|workers|staff|page)',
      // A study design, not an effect: "in randomised controlled trials, chance decides...".
      'controlled (?:trials?|stud(?:y|ies)|experiments?)',
      '(?:caused|triggered|made worse) by (?:{w} )?(?:reduced|lower|increased|raised|low|high)',
      // How a review weighs studies: "trials at lower risk of bias".
      'risks? of bias',
    ],
  },
  {
    // When and for whom a treatment works, and who is at more risk: "work best when started within
    // 48 hours", "needed for the best protection", "the most common cause of", "more likely than
    // women to die of".
    id: 'efficacy_statistics.works-best',
    category: 'efficacy_statistics',
    healthTopicOnly: true,
    patterns: [
      '(?:works?|worked) best (?:when|if|in|for|at|taken|given|started)',
      '(?:for|give|gives|offer|offers) (?:the )?(?:best|full|fullest|maximum|strongest|longest-lasting) protection',
      'the (?:most|second most|single most) common cause of',
      '(?:more|less) likely than (?:{w} ){1,3}?to (?:die|become (?:seriously |severely )?ill|be admitted|need (?:hospital|intensive)|develop|get|catch)',
      '(?:usually|often|generally) causes? no symptoms',
    ],
  },
  {
    // A possible effect on whatever it names, as evidence summaries hedge it: "might slow the
    // decline in thinking skills", "could ease strain from screen use", "may ease jet lag". The
    // hedge marks a claim about an effect even where the condition is not in the lexicon; where it
    // is, the effect rules read the claim, not this one. Only the verb is matched, so that any other
    // rule of the category matching there, with more words, reads the claim.
    id: 'efficacy_statistics.may-effect',
    category: 'efficacy_statistics',
    healthTopicOnly: true,
    patterns: [
      "(?<=\\b(?:may|might|could|(?:is|are) likely to|appears? to|seems? to) (?:also |even |actually |help (?:to )?)?)(?:eas(?:e|es)|slow|reduce|lower|relieve|improve|shorten|delay|soothe|lessen|speed up|protect against|prevent)(?= (?!(?:the |your |a |an |some |further )?(?:{w} )?(?:{condition}|{measure}|{organ})\\b)(?:the |your |a |an |some |further )?(?:{w} )?{w})",
    ],
  },
  {
    // What a food, habit or product does for the body, as everyday copy says it: "good for your
    // heart", "great for gut health". Secondary, as is the safety twin below.
    id: 'efficacy_statistics.good-for',
    category: 'efficacy_statistics',
    secondary: true,
    healthTopicOnly: true,
    patterns: [
      '(?:good|great|healthy|beneficial|excellent|best|better|wonderful|brilliant|amazing|ideal) for (?:{w} )?(?:{organ}|{measure}|health|eyes|teeth|mood|wellbeing|well-being)\\b',
      // "can make the noise less noticeable", "makes periods less painful".
      '(?:make|makes|made|making) (?:{w} ){1,3}?less (?:noticeable|painful|severe|frequent|itchy|visible|intense|sore|swollen|inflamed|bothersome)\\b',
    ],
  },
  {
    // "bad for your heart", "dangerous for unborn babies": harm stated as everyday copy says it. A
    // warning: the harm rule reads named harms at error.
    id: 'safety_side_effects.bad-for',
    category: 'safety_side_effects',
    severity: 'warning',
    secondary: true,
    patterns: [
      '(?:bad|terrible|harmful|dangerous|toxic|damaging|unhealthy|worse|worst) for (?:{w} )?(?:{organ}|{measure}|health|eyes|teeth|unborn bab(?:y|ies)|babies|pregnant women)\\b',
    ],
  },
  {
    // Evidence-check verdicts that leave the question open: "the evidence is insufficient", "the
    // results contradict each other".
    id: 'efficacy_statistics.open-verdict',
    category: 'efficacy_statistics',
    polarity: 'hedged',
    patterns: [
      '(?<=\\b(?:evidence|data|research|results|findings) (?:{w} )?(?:is|are|was|were|remains?) (?:{w} )?)(?:insufficient|inconclusive|too weak|weak|limited|conflicting|contradictory|mixed|inconsistent)',
      '(?<=\\b(?:results|studies|trials|findings) (?:{w} )?)contradict each other',
    ],
  },
  {
    // A conclusion on whether to use something, as abstracts and guidelines give it: "these
    // findings do not support the use of", "insufficient evidence to recommend elderberry for",
    // "recommend against routine use of". The negation, if any, is read as for any claim.
    id: 'efficacy_statistics.evidence-for-use',
    category: 'efficacy_statistics',
    patterns: [
      '(?:support|supports|supported|justify|justifies|justified|warrant|warrants|warranted) (?:the |its |their )?(?:routine |widespread |further |continued |early |prophylactic )?use of\\b',
      '(?<=\\b(?:some|good|strong|sufficient|clear|convincing) (?:{w} )?evidence )to (?:recommend|support|justify|endorse)\\b',
    ],
  },
  {
    // The same conclusion denied by its quantifier: "insufficient evidence to recommend elderberry for".
    id: 'efficacy_statistics.no-evidence-for-use',
    category: 'efficacy_statistics',
    polarity: 'negated',
    patterns: [
      '(?<=\\b(?:insufficient|inadequate|not enough|no|little|too little) (?:{w} )?evidence )to (?:recommend|support|justify|endorse)\\b',
    ],
  },
  {
    // Results told by study arm: "colds were shorter in the elderberry group", "fewer deaths in the
    // treatment arm".
    id: 'efficacy_statistics.by-arm',
    category: 'efficacy_statistics',
    patterns: [
      '(?:shorter|longer|fewer|lower|less|milder|reduced|higher|greater|better|worse|faster|slower|more) (?:{w} ){0,4}?(?:in|among|for) (?:those in |patients in |participants in )?(?:the|each|both|either) (?:{w} ){0,3}?(?:group|arm|cohort)s?\\b(?<!\\b(?:age|left|right|upper|lower|injected|other) (?:group|arm|cohort)s?)',
      // "Mortality at 28 days did not differ between groups", "no difference between the two arms".
      '(?:differ|differs|differed|difference|differences) (?:significantly |meaningfully |much |materially )?between (?:the )?(?:two |three |treatment |study )?(?:groups|arms)\\b',
    ],
  },
  {
    // Verdicts that deny: "the evidence is lacking", "the data are too thin".
    id: 'efficacy_statistics.lacking-verdict',
    category: 'efficacy_statistics',
    polarity: 'negated',
    patterns: [
      '(?<=\\b(?:evidence|data|research|results|findings) (?:{w} )?(?:is|are|was|were|remains?) (?:{w} )?)(?:lacking|thin|scarce)',
    ],
  },
  {
    // "Masks are useless against viruses": an efficacy claim denied in one word.
    id: 'efficacy_statistics.useless',
    category: 'efficacy_statistics',
    polarity: 'negated',
    patterns: [
      '(?:useless|worthless|pointless) (?:against|for|at)|(?<=\\b(?:is|are|was|were) (?:completely |totally |utterly )?)(?:useless|worthless)',
    ],
  },
  {
    id: 'efficacy_statistics.helps',
    category: 'efficacy_statistics',
    patterns: [
      'help(?:s|ed|ing)? (?:{w} ){0,3}?(?:to )?(?:recover|heal|fight|protect|prevent|reduce|lower|relieve|ease|improve|control|manage|treat|clear|stop|boost|lose|sleep|fall asleep|conceive|quit|tolerate|detect|reverse|restore|keep|drift off|stay asleep|breathe|feel (?:calmer|better|less|more relaxed))',
      'help(?:s|ed)? (?:{w} ){0,2}?with (?:{w} ){0,2}?{condition}',
      // How soon it works: "may take 4 to 6 weeks to work fully", "takes about an hour to kick in".
      '(?:take|takes|took|taking) (?:about |around |up to |at least |a few |several )?(?:{num} |a |an )?(?:(?:to|or) {num} )?(?:minutes?|hours?|days?|weeks?|months?) (?:or (?:so|more) )?(?:to|before it starts? to|before they start to) (?:work|kick in|take effect|start working|have an effect|help)',
      // A cold made shorter: "could knock a day or so off a cold".
      '(?:knock|knocks|knocked|shave|shaves|shaved|cut|cuts|take|takes|took) (?:{w} ){0,4}?(?:days?|hours?) (?:{w} ){0,2}?off (?:a |an |the |your )?(?:{w} )?(?:{condition})',
      // An outcome the product brings about: "makes you lose weight", "lets you sleep through".
      '(?<=\\b(?:make|makes|made|making|let|lets|letting) (?:you|people|users|patients|them|your body|kids|children) )(?:lose (?:weight|fat|pounds|inches)|burn fat|sleep|fall asleep|heal|recover|live longer|look younger|breathe (?:easier|better))',
      '(?<=\\b(?:make|makes|made) (?:{w} ){0,2}?(?:glasses|medication|medicines|surgery|insulin|inhalers|{product}) )(?:unnecessary|redundant)',
      '(?<=\\b(?:need|needed|needs|have|had|get|got) )fewer (?:{w} )?(?:fillings|cavities|colds|infections|attacks|seizures|migraines|headaches|relapses|flare-?ups|sick days|hospital (?:stays|admissions|visits))',
      '(?:drop|fall|reduction|decrease|rise|increase) in (?:(?!reported |confirmed |recorded |new ){w} ){0,2}?(?:{condition}) (?:rates|risk|cases)',
      '(?:recommended|licen[cs]ed|used) (?:as|for) (?:a |the )?(?:first )?(?:treatment|therapy)',
      'promising(?: results| data| findings)?|encouraging results',
      '(?:speeds?|sped|speeding|hastens?|hastened|shortens?|shortened) (?:up )?(?:{w} ){0,2}?(?:recovery|healing|return to)',
      '(?:offers?|offered|provides?|provided|gives?|gave|brings?|brought) (?:{w} ){0,2}?relief',
      // The wording of authorised nutrition claims: "contributes to the reduction of tiredness".
      'contribut(?:es|e|ed|ing) to (?:the )?(?:normal|reduction of|maintenance of|protection of|lower|reduced|fewer|less|higher|increased|better|improved)',
      // "regular mammograms mean fewer deaths", "flight socks mean fewer blood clots"
      '(?:means?|meant|leads? to|led to|results? in|resulted in) (?:far |many |significantly )?fewer (?:{w} ){0,2}?(?:deaths|cases|infections|clots|admissions|hospitali[sz]ations|relapses|attacks|{condition})',
      '(?<=\\b(?:{condition}) (?:{w} ){0,2}?)(?:less|more) often',
      '(?:less|more) likely (?:if|when|once) (?:you|people|they|children|patients|women|men)',
      'not (?:a single|one) (?:new )?case',
      "(?<=\\b(?:lets?|letting|makes?|making|helps?) (?:you|people|them|kids|children|users) )(?:see|hear|think|sleep|breathe|focus|concentrate|run) (?:{w} )?better",
      "(?<=\\b(?:{product}|boosters?|vaccines?|jabs?|shots?|immunity|protection|it|they|pills?|tablets?) (?:{w} )?)(?:stops?|stopped) working",
      // Prognosis stated as fact: "most people who catch it recover without treatment".
      '(?:most|many|nearly all|almost all|the majority of) (?:people|patients|children|adults) (?:{w} ){0,5}?(?:recover|get better|survive)(?! from)',
      'recover(?:s|ed)? without (?:needing |any )?(?:{w} )?(?:treatment|hospital|antibiotics|medication)',
      '(?:works?|worked|working) (?:well |quickly |fast |wonders )?(?:for|against|on) (?:{w} ){0,2}?(?:{condition}|people|patients|many|most|everyone|children|adults)',
      "(?<=\\b(?:it|this|that|they|{product}|cbt|exercise|antibiotics|diet|surgery) (?:{w} ){0,4}?)(?:works?|worked|helps?|helped)(?! (?:by|as|with|out|at|from|through|on (?:the|how)))",
      '(?<=\\b(?:may|might|could|can|will|should|does|did|do)(?: not)? (?:really |actually |also )?)(?:help|work)(?! (?:out|together|with (?:you|your)|closely))',
      '(?:shown|proven|proved|found|known|demonstrated|designed|able) to (?:{w} )?(?:work|help|reduce|lower|improve|prevent|protect|cure|treat|relieve|boost|slow|kill|shrink|reverse|block|be effective|speed|smooth|ease|clear|strengthen|increase|decrease|stop|shorten|sharpen|support|restore|repair)',
      '(?<=\\b(?:no|any|clear|proven|real|significant|major|little|small|modest|slight|tiny|moderate|large) (?:proven |clear |real |measurable |meaningful |noticeable |obvious |significant |absolute )?)(?:benefits?|effects?|improvements?)',
      'benefits? (?:of|for|from) (?:{w} ){0,2}?(?:{product}|treatment|taking|using)',
      'no better than (?:a )?(?:placebo|dummy)',
    ],
    exceptions: [
      '(?:helps?|helping) (?:the |your )?body (?:to )?(?:absorb|make|use|produce|store|get rid of waste)',
      // Research as an activity: "this work was funded by...".
      '(?:this|the|our|their|that) work (?:was|is|has been|were) (?:funded|supported|published|done|carried out|conducted|led|presented)',
      // Services, not health: "more clinics opened to help reduce waiting lists".
      'help(?:s|ed|ing)? (?:to )?(?:reduce|cut|clear) (?:{w} ){0,2}?(?:waiting (?:lists?|times)|queues|backlogs?|delays|costs|paperwork|traffic|emissions)',
      // Help with a task, not with the body: "helps your pancreas make insulin" and "helps people
      // find relief" stay claims.
      "help(?:s|ed)? (?:you |your (?!{organ}\\b){w} |people |us |our (?:{w} ){1,2}|the (?:{w} ){1,2})?(?:to )?(?:spot|find(?! (?:relief|comfort|ease)\\b)|make(?! (?:{w} )?(?:insulin|hormones?|antibodies|collagen|cells)\\b)|remember|plan|understand|decide|keep track|track|record|identify|prepare|choose|learn|know|work out|organi[sz]e|get ready|estimate|monitor|measure)",
      "(?:kidneys?|liver|heart|lungs?|thyroid|pancreas|bladder|bowels?|immune system|brain|glands?|body) (?:{w} )?(?:do|does|did|is|are|was|were|can|cannot)?(?: not)? ?work",
    ],
  },
  {
    id: 'efficacy_statistics.effective-any',
    category: 'efficacy_statistics',
    patterns: [
      '(?:{pct} |highly |very |most |more |less |as |not |in)effective',
      'effective (?:against|for|at|in|treatment|way)',
      'efficacious',
      "(?<=\\b(?:is|are|was|were|be|been|being|it's|they're|proved|proven|considered) (?:{w} )?)effective",
    ],
  },
  {
    id: 'efficacy_statistics.numbers',
    category: 'efficacy_statistics',
    patterns: [
      '(?<=\\b(?:prevented|stopped|cut|reduced|lowered|improved|helped|avoided|saved|halved|protected|benefited) (?:{w} )?){num} (?:out of|in) {num}',
      '{num} (?:out of|in) {num} (?:{w} ){0,3}?(?:improved|responded|recovered|benefit(?:ed)?|got better|saw|reported|had fewer|lost)',
      // An effect told as natural frequencies: "from about 3 in 100 passengers to fewer than 1 in 100".
      'from (?:about |around |roughly |nearly )?{num} (?:out of|in) {num} (?:{w} ){0,2}?to (?:about |around |fewer than |less than |under |just )?{num} (?:out of|in) {num}',
      '(?:halved|a third|two thirds|by half|in half|nearly half|almost half)(?= (?:the|their|his|her|its|in|of|over|after|compared|among)|[.,;])',
      '\\d+x (?:faster|stronger|more|less|better|lower|higher|greater)',
      '(?<=\\b(?:\\d[\\d,.]*|two|three|four|five|six|ten|a hundred|a thousand) )times (?:faster|stronger|more|less|better|lower|higher|greater|as)',
      '(?:lost|lose|losing|drop|dropped) (?:up to |over |more than )?(?:{num}|two) (?:pounds|lbs?|kg|kilos|stone|dress sizes|per ?cent|%)',
      // A post's weight-loss tally: "Down 14kg on semaglutide in 5 months!!".
      'down (?:{num}) ?(?:pounds|lbs?|kg|kilos|stone|st)\\b(?= (?:on|with|since|after|using|taking|in)\\b)',
      '{pct} (?:of|in) (?:{w} ){0,2}?(?:patients|participants|people|children|adults|those|users|women|men|cases)',
      '(?<=\\bby (?:up to |about |around |nearly |almost |over |more than )?){pct}',
      // Any other percentage only beside an effect in its clause ("filters out 95 percent", "85%
      // success"): a share of births, a survey's turnout or a rise in notifications is a figure,
      // not a claim of benefit. Measured on dev: a bare percentage found 4 claims and flagged 6
      // ordinary sentences, and all 4 claims name an effect. The exception audits hold.
      `(?<=\\b${PERCENT_EFFECT}(?: [^.;:!?]{0,60})? ){pct}|{pct}(?=(?: [^.;:!?]{0,60})? ${PERCENT_EFFECT})`,
      // A condition that falls by a share: "heart attacks would fall 40%", "migraines were down 60%".
      '(?<=\\b(?:{condition})(?: {w}){0,3}? (?:would |will |could |can |were |was |are |is )?(?:fall|falls|fell|drop|drops|dropped|down|decline|declined|decrease|decreased) (?:by )?(?:about |around |nearly |almost |over |more than |up to )?){pct}',
      // "30% off": a discount (excepted below) or a reading taken off ("30% off your cholesterol").
      '{pct} off',
    ],
    exceptions: [
      '{pct} (?:of|in) (?:{w} ){0,2}?(?:the (?:uk|us|population|country|world)|adults (?:in|have|are)|people (?:in|have|are|who have))',
      // How cases presented, not an effect: "40% of infections detected in the cohort were asymptomatic".
      '{pct} of (?:{w} ){0,5}?(?:infections|cases|patients|participants|people) (?:{w} ){0,4}?(?:were|was) (?:asymptomatic|mild|severe|women|men|children|male|female)',
      '{pct} off|save {pct}|{pct} discount',
      '{pct} (?:rise|fall|drop|increase|decrease|jump|cut|growth|slump) in (?:{w} ){0,2}?(?:revenues?|sales|profits?|income|turnover|earnings|prices?|costs?|spending|bookings)',
      '(?:uptake|coverage|turnout|vaccination rates?) (?:{w} ){0,4}?{pct}',
      '(?:rates?|prevalence|incidence|positivity|occupancy|levels?) (?:{w} ){0,2}?(?:climbs?|climbed|rises?|rose|falls?|fell|drops?|dropped|reached|reaches|hits?|stands? at|stood at) (?:to |at )?{pct}',
      '(?:up|down|rose|fell) (?:by )?{pct} (?:on|from|compared with) (?:the )?(?:previous|last|same|a)',
      // Money and activity, not health: "shares rose 8 percent", "calls to the helpline up 30%".
      '(?:shares?|stocks?|profits?|revenues?|sales|prices?|spending|budgets?|funding|calls|bookings|downloads|earnings|turnover) (?:{w} ){0,5}?{pct}',
      // "100% safe", "100% natural": an absolute (absolute_guarantee), not a statistic.
      '100 ?%(?! (?:of|in) )',
      PARTICIPANT_MAKEUP,
      '(?:{pct}|a third|a quarter|half|two thirds) of (?:all )?(?:{w} ){0,3}?(?:research|funding|budgets?|spending|money|staff|beds)\\b',
    ],
  },

  {
    // "Failed to speed recovery", "does nothing to stop": a denied effect.
    id: 'efficacy_statistics.fails-to',
    category: 'efficacy_statistics',
    patterns: [
      '(?:fail|fails|failed|failing) to (?:{w} )?(?:help|work|improve|reduce|prevent|protect|speed|shorten|lower|cut|slow|stop|benefit|show|cure|treat|beat|outperform|extend|save|find|demonstrate|detect)',
      'nothing to (?:stop|prevent|reduce|slow|protect|help|improve|lower)',
      // "does nothing for teething pain", "did absolutely nothing against the virus"
      '(?<=\\b(?:do|does|did|doing|done)(?: absolutely| little or)? )nothing (?:for|against)',
    ],
  },
  {
    // Protection given or fading, longer lives.
    id: 'efficacy_statistics.protection',
    category: 'efficacy_statistics',
    patterns: [
      '(?:protection|immunity) (?:{w} ){0,3}?(?:against|from|wanes?|waned|waning|fades?|faded|fading|wears? off|wore off|wearing off|lasts?|lasted|lasting|builds? up|built up|starts?|begins?|kicks? in|develops?)',
      // "gives lifelong protection", "passes protection to the baby"; not "data protection".
      '(?<=\\b(?:provide|provides|provided|confer|confers|conferred|give|gives|giving|gave|offer|offers|offered|produce|produces|produced|pass|passes|passed|passing) (?:{w} ){0,2}?)(?:immunity|protection)\\b(?<!\\b(?:data|privacy|consumer|child|sun|legal|fire|flood|employment) protection)',
      '(?<=\\b(?:strong|stronger|weak|weaker|moderate|robust|lasting|durable|good|poor|detectable) (?:{w} )?)(?:immune|antibody|t-cell) responses?',
      '(?<=(?<!\\b(?:whether|if) (?:{w} ){0,2}?)\\b(?:have|has|had|make|makes|made|produce|produces|produced|develop|develops|developed|lack|lacks|lacked|contain|contains|contained|maintain|maintains|maintained|generate|generates|generated|elicit|elicits|elicited|induce|induces|induced|trigger|triggers|triggered|mount|mounts|mounted) (?:{w} ){0,3}?)(?:antibod(?:y|ies)|immune responses?|t-cell responses?)',
      'immune to (?:{w} ){0,2}?(?:{condition}|viruses|the virus|infections?)',
      'protect(?:s|ed|ing)? (?:me|you|us|them|others|other people|yourself|your (?:family|baby|child|children|newborn)|newborns|babies|the (?:wearer|baby))',
      // How long or how many it protects: "a single dose protects most people for life".
      'protect(?:s|ed)? (?:{w} ){0,3}?(?:for life|for (?:at least |up to |about |around )?{num} (?:years?|months?)|for (?:many )?(?:years|decades)|lifelong)',
      'protect(?:s|ed)? (?:most|almost all|nearly all|about {num}|{num}(?: ?%| per ?cent)?(?: of)?) (?:{w} )?(?:people|recipients|children|adults|those|of those)',
      "(?<=\\b(?:am i|are you|are we|are they|is (?:he|she|it)|you're|i'm|they're|you are|i am|be|stay) (?:{w} )?)protected",
      '(?<=\\b(?:can|could|may|might) )still (?:get|catch|become) (?:infected|reinfected|ill|sick|the virus|{condition})',
      '(?<=\\b(?:get|be|become|becoming|getting|got) )(?:infected|reinfected) (?:{w} ){0,3}?(?:after|despite|even (?:if|though|after)) (?:{w} ){0,3}?(?:vaccinated|vaccination|jabs?|vaccines?)',
      'live longer|lived longer|living longer|lives longer|longer lives',
      // "saves lives", "will not save your life", "cannot change the pH of your blood".
      "(?:save|saves|saved|saving) (?:your |a |his |her |their |someone's |many |more |thousands of |millions of |countless |\\d[\\d,]* )?(?:lives?|life)\\b|life-?saving",
      '(?:change|changes|alter|alters|raise|raises|lower|lowers|balance|balances|neutrali[sz]e|neutrali[sz]es) (?:the |your |its )?(?:ph|acidity|alkalinity) (?:of|in)',
      '(?<=\\b(?:becoming|become|becomes|became|is|are|grown|growing|increasingly) )resistant to (?:{w} ){0,2}?(?:antibiotics|antivirals|antifungals|drugs|medicines|treatments?|{product})',
    ],
  },

  {
    // What a treatment or measure did to outcomes, as a study or news reports it ("had no impact on
    // recovery time", "outcomes improved when treated with", "blocked almost all droplets").
    id: 'efficacy_statistics.outcome',
    category: 'efficacy_statistics',
    patterns: [
      '(?:treatment|therapy) options? (?:for|against)|(?<=\\bas (?:a |an )?(?:possible |potential |new |effective )?)(?:treatment|therapy|cure|vaccine) (?:for|against)',
      '(?:improved|improves|improve|improving|worsened|worsens|worsen|worsening) (?:{w} ){0,2}?(?:symptoms|outcomes|survival|recovery)',
      '(?:outcomes|survival|recovery|symptoms) (?:{w} ){0,6}?(?:improved|worsened)',
      '(?<=\\b(?:no|little|any|an?|significant|major|minor|modest|small|large) (?:{w} )?)(?:impact|effect|influence|reduction|increase|difference) (?:on|in) (?:{w} ){0,3}?(?:recovery|hospitali[sz]ations?|deaths?|mortality|survival|symptoms|severity|outcomes|infections?|transmission|cases|risk|spread|illness)',
      '(?<!\\b(?:round|around) the )(?:block|blocks|blocked|blocking|filter|filters|filtered|trap|traps|trapped) (?:{w} ){0,5}?(?:droplets|aerosols|the virus|viruses|germs|{condition})',
      '(?<=\\b(?:prevent|prevents|prevented|stop|stops|stopped|slow|slows|slowed|reduce|reduces|reduced|cut|cuts|curb|curbs|curbed) (?:the |its |their )?(?:{w} )?)(?:spread|transmission)',
    ],
  },
  {
    // A statistical association stated as a finding ("is strongly linked to", "no relationship between").
    id: 'efficacy_statistics.association',
    category: 'efficacy_statistics',
    patterns: [
      '(?<=\\b(?:is|are|was|were|be|been|not|strongly|closely|significantly|weakly|independently|consistently|inversely) )(?:associated|correlated|linked) (?:with|to)\\b',
      '(?<=\\bno (?:{w} )?)(?:association|relationship|correlation|link|connection) between',
    ],
  },
  {
    // A research finding as news reports it ("researchers found traces of the virus in", "a review
    // of cases documented", "scientists estimated"): anchored on the verb, with the researchers or
    // the study before it. A "no" right after the verb is kept in the match, so that "found no
    // benefit" reads as negated; secondary, so it adds a finding only where no other rule read one.
    id: 'efficacy_statistics.finding',
    category: 'efficacy_statistics',
    healthTopicOnly: true,
    secondary: true,
    patterns: [
      '(?<=\\b(?:researchers|scientists|investigators|virologists|epidemiologists|studies|reviews|analyses|(?:study|review|analysis|survey|paper|trial|modell?ing)(?: of (?:{w} ){1,6}?| by (?:{w} ){1,6}?)?) (?:{w} ){0,6}?(?:have |has |had )?)(?<!\\b(?:we|i|you|they) )(?:found|estimated|detected|documented|observed|concluded|revealed|identified)(?: (?:that )?(?:no|little|nothing|none|not))?\\b',
    ],
  },
  {
    // Epidemiology and biology stated as fact: who is at risk and what predicts it, how long a
    // disease or immunity lasts, how often an outcome happens, where a pathogen came from and what
    // it does in the body. Each needs a source as much as an efficacy figure does. Secondary: it
    // adds a finding only where no rule of the category read one.
    id: 'efficacy_statistics.epidemiology',
    category: 'efficacy_statistics',
    healthTopicOnly: true,
    secondary: true,
    patterns: [
      '(?:risk factors?|predictors?|determinants?) (?:for|of)\\b',
      '(?:incubation|infectious|contagious|latency|shedding) periods? (?:{w} ){0,5}?(?:is|are|was|were|ranges?|ranged|lasts?|lasted|of|from) (?:{w} ){0,3}?{num}\\b',
      '(?<=\\b(?:immunity|protection|antibod(?:y|ies)|antibody levels|symptoms|infection|illness|effects?|benefits?) (?:{w} ){0,4}?)(?:wanes?|waned|waning|fades?|faded|declines?|declined|declining|persists?|persisted|lasts?|lasted|lingers?|lingered)\\b',
      '(?<=\\b(?:rarely|seldom|usually|commonly|typically|frequently|often|mostly|generally) )(?:develop|get|become|have|suffer|experience|die|recover|need|require|spread|pass|transmit|catch|show)\\b',
      '(?:originated|originates|emerged|spilled over|jumped|came|escaped|leaked) (?:{w} ){0,2}?(?:from|in) (?:{w} ){0,3}?(?:bats?|pangolins?|animals?|a lab(?:oratory)?|the lab(?:oratory)?|a market|the market|wildlife|mink|camels?|birds?|pigs?)\\b',
      '(?:engineered|man-made|bioweapon|created|manufactured) (?:{w} ){0,3}?(?:in a lab(?:oratory)?|as a (?:bio)?weapon)|lab[- ]leak|bioweapon',
      '(?:binds?|binding|attaches?|latch(?:es)?) (?:{w} ){0,2}?to (?:{w} ){0,3}?(?:receptors?|cells?)|(?:enters?|entering|invades?|infects?|hijacks?) (?:{w} ){0,2}?(?:cells?|cell nucleus|the nucleus)|(?:alters?|changes?|modif(?:y|ies)|integrates? into) (?:your |human |the )?(?:dna|genes|genome)',
    ],
  },
  {
    // Cause stated outright, whatever the effect ("causes hallucinations", "is caused by a virus"):
    // the harm rule knows the effects it lists; this reads the verb. Secondary, as above.
    id: 'safety_side_effects.causes',
    category: 'safety_side_effects',
    severity: 'warning',
    healthTopicOnly: true,
    secondary: true,
    patterns: [
      '(?:causes|caused|causing)\\b(?! (?:of|for|by|behind|and|or|in the|it|this|that|them|(?:is|was|are|were) (?:named|called|known))\\b)',
      '(?<=\\b(?:is|are|was|were|be|been) (?:{w} )?)caused by (?:{w} ){0,3}?(?:{condition}|{product}|virus(?:es)?|bacteri(?:a|um)|fung(?:us|i)|parasites?|infections?|genes?|mutations?|chemicals?|toxins?|vaccines?|the (?:jab|shot|vaccine))\\b',
    ],
  },
  {
    // Questions (see `question`) whether something cures, prevents or repairs. Secondary, and only
    // on a health topic, as are the two below.
    id: 'cure_remission.question',
    category: 'cure_remission',
    severity: 'warning',
    healthTopicOnly: true,
    secondary: true,
    patterns: [question(`${CURE_VERB}|${RESTORE_VERB}|grow back`)],
  },
  {
    // Questions whether something works or changes a measure. "help" and "work" are everyday
    // verbs: only with what they would help against or work for.
    id: 'efficacy_statistics.question',
    category: 'efficacy_statistics',
    healthTopicOnly: true,
    secondary: true,
    patterns: [
      question(
        `${EFFECT_VERB}|smooth(?:s)?(?: out)?|spot|detect|help(?:s)?(?: (?:you|me|people|patients|children|kids|babies|adults|women|men|us))?(?: to)? (?:against|with|for|in|lose|sleep|recover|quit|conceive|breathe|${CURE_VERB}|${EFFECT_VERB})|(?:really |actually )?work(?= ?\\?| (?:for|against|on|in) )`,
      ),
      question('good for|worth (?:having|taking|trying|buying|using|it)', '(?:is|are)'),
    ],
  },
  {
    // Questions whether something harms.
    id: 'safety_side_effects.question',
    category: 'safety_side_effects',
    severity: 'warning',
    healthTopicOnly: true,
    secondary: true,
    patterns: [
      question('harm|hurt|damage|change (?:your|my|our|the) dna'),
      question('bad for|safe|dangerous|harmful', '(?:is|are)'),
    ],
  },
  {
    // Disease spotted early ("spots cancer years before symptoms"): a claim about a test.
    id: 'efficacy_statistics.detects',
    category: 'efficacy_statistics',
    patterns: [
      '(?:spots|spotted|detects|detected) (?:{condition}) (?:early|earlier|sooner|before|years|months)',
      // What a test can or cannot tell ("antibody tests cannot show past infection", "not reliable enough").
      '(?<=\\b(?:tests?|test kits?|testing|screening|assays?|scans?|swabs?) (?:{w} ){0,4}?(?:can|cannot|could|are able to|is able to|are unable to|is unable to|will|fail to|fails to|failed to) (?:{w} )?)(?:detect|tell|identify|diagnose|spot|pick up|rule out|show)\\b',
      '(?<=\\b(?:tests?|test kits?|results|assays?) (?:{w} ){0,3}?(?:are|is|were|was)(?: not)?(?: yet)? (?:very |highly |fully |completely |always )?)(?:reliable|accurate|trustworthy|sensitive|specific)\\b',
      'diagnostic (?:sensitivity|specificity|accuracy)|false negatives?',
    ],
  },
  {
    // Lives saved, deaths or admissions averted, as counts.
    id: 'efficacy_statistics.lives-saved',
    category: 'efficacy_statistics',
    patterns: [
      '(?:saved|saves|save|saving|prevented|prevents|averted|averts) (?:an estimated |about |around |nearly |almost |over |more than |up to )?(?:{num}|thousands|millions|hundreds)(?: million| thousand| billion| of)? (?:lives|deaths|cases|infections|admissions|hospitali[sz]ations)',
    ],
  },

  // safety_side_effects
  {
    id: 'safety_side_effects.any-side-effect',
    category: 'safety_side_effects',
    // Describing side effects and harms is ordinary medical writing: the reviewer checks it, but it
    // does not block publishing the way "safe" or "no side effects" does.
    severity: 'warning',
    message:
      'Statement about side effects or harm ("%s"): check it against the label and safety data, and that frequency and severity are stated accurately.',
    patterns: [
      'side[- ]?effects?',
      'adverse (?:effects?|events?|reactions?)',
      '(?:allergic|serious|severe|dangerous|bad) reactions?',
      'withdrawal (?:symptoms|effects)',
      'overdos(?:e|es|ing)',
      'complications?',
      'interact(?:s|ions?)? with',
      '(?:stop|stops|prevent|prevents) {gap}{0,6}?from working(?: properly)?',
      'make (?:{w} ){0,3}?less effective',
      '(?:addictive|habit[- ]forming)',
      '(?:headaches?|tired(?:ness)?|fatigue|sore(?:ness)?|redness|swelling|chills|fever|temperature|rash(?:es)?|nausea|sick|dizz(?:y|iness)|drows(?:y|iness)|itch(?:y|ing)?|diarrho?ea|vomiting|aches?|aching|achy|pain|bruising|stinging|upset stomach|stomach upset|loose stools|bloating|constipation|heartburn|indigestion|dry mouth|flushing|palpitations) (?:{w} ){0,8}?(?:after|where|from|following|when (?:you |they |people |some people )?(?:first )?(?:start|starting|take|taking|begin|use|using)) (?:{w} ){0,2}?(?:vaccines?|vaccinations?|injections?|jabs?|doses?|boosters?|infusions?|tablets?|capsules?|pills?|medicines?|medication|treatment|the drug|the shot|it was given)',
      '(?:make|makes|made) (?:you|me|him|her|them|us|people|some people|children|kids|your child) (?:feel )?(?:very |really |quite |more |less |a bit |so )?(?:drowsy|sleepy|dizzy|sick|ill|unwell|tired|nauseous|confused|shaky|anxious|agitated|restless|irritable|jittery|breathless|constipated|hungry|thirsty|low|depressed|suicidal|aggressive|hyperactive|infertile)',
      '(?<=\\b(?:can|may|could|might|will|also|often) (?:{w} )?)affect (?:your |the |a baby\'s |the baby\'s )?(?:{organ}|eyes|liver function|kidney function|fertility|balance|coordination|ability to drive)',
      '(?<=\\b(?:can|may|could|might|will|also|often) (?:{w} )?)(?:increase|raise|lower|drop) (?:{w} )?(?:blood pressure|heart rate|blood sugar|potassium|sodium)',
      '(?:tolerat(?:e|es|ed|ing)|tolerab(?:le|ility))',
    ],
    exceptions: ['adverse (?:event|reaction|effect) reporting'],
  },
  {
    id: 'safety_side_effects.harm',
    category: 'safety_side_effects',
    severity: 'warning',
    patterns: [
      '(?<=\\b(?:can|may|could|might|will|often|sometimes|rarely|does|do|did) (?:also |occasionally |sometimes |rarely |often |commonly |very rarely |even |still )?)(?:cause|damage|harm|weaken|thin|irritate|trigger|worsen|lead to|result in|increase the risk|raise the risk|make (?:{w} )?worse|be (?:toxic|fatal|dangerous|harmful)|interfere with|upset (?:the|your))',
      // Not "caused by": in "symptoms caused by an enlarged prostate" the condition is the cause.
      '(?:caus(?:e|es|ing)|caused(?! by)|trigger(?:s|ed)?|lead(?:s)? to|led to|linked (?:to|with)|associated with|contribut(?:e|es|ed) to) (?!no (?:known )?side[- ]?effects?)(?:{gap}){0,3}?(?:{condition}|harm|injury|injuries|damage|deaths?|defects?|birth defects|problems|bleeding|burns|infertility|miscarriage|stillbirth|botulism|pancreatitis|myocarditis|syndrome|autism|hyperactivity|choking|poisonings?|reactions?|conditions?|disorders?|illness(?:es)?|effects|issues|overdoses?)',
      '(?:biggest|main|leading|major) causes? of (?:{w} ){0,2}?(?:{condition}|deaths?)',
      'stunt(?:s|ed|ing)? (?:{w} ){0,2}?growth',
      // "Does wearing a hat make you go bald?", "will make your child sick".
      '(?:make|makes|made|making) (?:you|me|people|kids|children|babies|men|women|them|us|(?:your|my|their) (?:child|children|kids?|baby|son|daughter)) (?:go |become |get )?(?:bald|blind|deaf|infertile|sterile|sick|ill|unwell|fat|hyperactive|dizzy|faint|impotent|autistic|put on weight|gain weight|pile on (?:the )?pounds)\\b',
      'caus(?:e|es|ed|ing) (?:{gap}){0,3}?(?:accidents|ketoacidosis|hypos|burns|scarring|addiction|dependence)',
      '(?:too much|too many|excess(?:ive)?|large amounts of|high doses of|overuse of|overusing)',
      '(?:increas|rais)(?:e|es|ed|ing) (?:{w} ){0,2}?(?:chances?|likelihood|odds) of',
      '(?:give|gives|gave|giving) (?:you |me |him |her |them |us |your (?:child|baby) |people )?(?:{condition})',
      '(?:cause|causes|caused|causing|trigger|triggers|triggered|triggering) (?:{w} ){0,2}?(?:hyperactiv\\w*|behaviou?r(?:al)? problems|tantrums|mood swings|palpitations|cravings|breakouts|flare-?ups)',
      '(?:mess|messes|messing|messed) (?:up |with )(?:{w} ){0,2}?(?:sleep|hormones|gut|immune system|brain|metabolism|periods?|fertility|heart)',
      "(?:increas|rais|doubl|tripl|heighten)(?:e|es|ed|ing)? (?:the |your |their |a |women's |men's |children's )?(?:{w} ){0,2}?risks?",
      'risks? (?:of|to|for|with)',
      'risky|risks',
      'at (?:higher |greater |increased |high )?risk',
      '(?:(?:more|less|most|least|as|equally|just as|no more|twice as|three times as) likely|likelier) to (?:get|have|develop|suffer|become|bleed|die|be|need|catch|experience|exhibit|show|require|infect|spread|transmit|contract)',
      '(?<=\\b(?:become|becomes|became|becoming|get|gets|got|getting|fall|falls|fell|falling) (?:{w} )?(?:seriously|severely|critically|gravely|very) )(?:ill|sick|unwell)',
      '(?<=\\b(?:required|require|requires|requiring|needed|need|needs|needing) (?:{w} ){0,2}?)(?:hospitali[sz]ation|mechanical ventilation|ventilators?|intensive care|admission to hospital)',
      '(?:should|must) not be underestimated',
      'warn(?:s|ed|ing)? (?:{w} ){0,3}?(?:against|about) (?:drinking|taking|using|eating|giving|injecting|inhaling|swallowing)',
      'risks? (?:{w} )?(?:is|are|was|were|may be|might be|could be) (?:{w} )?(?:higher|raised|increased|greater|doubled)',
      // "A tiny bit of gluten won't hurt", "it's never done him any harm": safe, said as no harm.
      "(?:will not|would not|cannot|(?:has|have|had|it's|that's|he's|she's|i've|we've|they've|you've) never done (?:{w} )?any) (?:hurt|harm)(?! to\\b)",
      // "has put dozens of healthy nurses in intensive care", "landed me in hospital".
      '(?:put|puts|putting|landed|lands|landing) (?:{w} ){0,4}?in(?:to)? (?:intensive care|hospital|icu|the icu|a coma|a&e)',
      // "RSV is never serious for a healthy baby", "usually not serious".
      "(?:(?<=\\b(?:is|are|was|were|be|being) (?:usually |generally |often |almost )?)(?:never|not|rarely|seldom|hardly ever)) (?:usually |very |that |too )?(?:serious|severe)\\b",
      "(?<=\\b(?:make|makes|made|making) (?:{w} ){1,4})worse(?! off)",
      'neurotox(?:in|ins|ic|icity)',
      'dangerous(?:ly)?|dangers?|harmful|harms?|toxic|toxicity|fatal|deadly|life[- ]threatening|poisonous|poisoning|unsafe',
      '(?:not|never) (?:be )?(?:recommended|suitable|advised)',
      '(?:hidden|undeclared|banned|controlled) (?:{w} ){0,2}?(?:drugs?|substances?|ingredients?|stimulants?)',
      'choking (?:risk|hazard)',
      'birth defects|miscarriages?|miscarry(?:ing)?|miscarried|stillbirths?',
      'bleed(?:s|ing)?(?! gums)',
      'myocarditis|guillain-barr[eé]|pancreatitis|anaphylaxis|botulism|listeria',
      'not (?:harmless|risk-free)',
      "(?<=\\b(?:does not|do not|cannot|will not|did not|never) (?:{w} )?)(?:cause|causes|harm|damage|overload|stunt|alter|give you|make (?:{w} ){0,2}?(?:sick|ill|worse|hyperactive|infertile))",
      '(?:linked|tied|connected) {gap}{0,6}?to (?:higher|increased|greater|more|shorter|worse|poorer|earlier|premature|an? (?:higher|greater|raised|increased|elevated|bigger))',
      '(?:blamed for|implicated in) (?:{w} ){0,3}?(?:cases|deaths?|{condition}|harm|injur(?:y|ies)|problems)',
      '(?:common|rare|serious|possible|known|reported|other|mild) (?:reactions|risks|complications) (?:can )?(?:include|are|were)',
      '(?:developed|experienced|suffered|reported) (?:{gap}){1,6}?(?:while|after|during|since) (?:on |taking |using |starting |having )?(?:the |their |this |his |her )?(?:{product}|treatment|course)',
      '(?:left|put|landed|sent) (?:{w} ){0,3}?(?:in hospital|in intensive care|in a coma|dead)',
      '(?:left|leaves|leaving|leave) (?:{w} ){0,4}?(?:paraly[sz]ed|disabled|blind|deaf|infertile|brain[- ]damaged|crippled|wide open to)',
      '(?:suppress|weaken|damage|harm|scar|inflame|clog|poison)(?:es|s|ing)? (?:{w} ){0,2}?(?:{organ}|iq|intelligence)',
      '(?:harm|harming|harmed|hurt|hurting|damaging) (?:{w} ){0,2}?(?:bab(?:y|ies)|unborn|fetus(?:es)?|foetus(?:es)?|pregnancy|pregnancies)',
      "(?<=\\b(?:can|could|will|will not|cannot|does not|do not) )(?:infect you|give you (?:the )?(?:virus|disease|infection))",
      '(?<=\\b(?:lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing) (?:{w} ){0,2}?)(?:iq|intelligence)',
      'enough to (?:poison|kill|harm|hurt|damage|make (?:{w} )?(?:ill|sick))',
      // "kills about as many people as smoking", "killed thousands of children".
      '(?:kill|kills|killed|killing) (?:{w} ){0,3}?(?:people|children|babies|adults|patients|thousands|millions|hundreds|as many)\\b',
      // "may make it harder for teenagers to fall asleep".
      '(?:make|makes|made|making) it (?:much |far |a lot |even )?(?:harder|more difficult|difficult) (?:for (?:{w} ){1,2})?to (?:fall asleep|sleep|breathe|conceive|get pregnant|concentrate|focus|heal|recover|fight off|lose weight|control|swallow|see|hear|remember)',
      "(?:could|may|might|can|will) (?:seriously )?(?:affect|damage|harm|threaten|endanger) (?:your |their |the |people's |children's |a baby's )?(?:health|fertility|development|growth)",
      'poison(?:s|ed|ing)? (?:the |your |their )?(?:wearers?|users?|body|blood|children|kids|people)',
      // Posts write a harm as an equation: "covid vax = infertility".
      '(?:vax|vaccines?|jabs?|shots?|{product}) ?= ?(?:{condition}|death|infertility|autism|poison)',
      '(?:struggle|unable|fail|will not be able) to (?:have (?:babies|children|a baby|kids)|conceive|get pregnant)',
      "(?:make|makes|made|making) (?:your |her |my |their |women's )?periods? (?:{w} )?(?:early|late|heavier|lighter|irregular|stop)",
      '(?:(?:micro|tracking |trackable )?chips?|nanobots?|graphene(?: oxide)?|magnets?|tracking devices?) (?:{w} ){0,2}?(?:in|inside|into) (?:the |your )?(?:{w} ){0,2}?(?:vaccines?|shots?|jabs?)',
      '(?:vaccines?|shots?|jabs?) (?:{w} ){0,2}?contains? (?:{w} ){0,2}?(?:microchips?|chips?|nanobots?|graphene|magnets?|tracking)',
      'cancer[- ]causing|carcinogen(?:ic|s)?|poisoned',
      '(?<=\\b(?:more|extra|excess) )deaths',
      '(?:linked|tied|connected) (?:to|with) (?:{w} ){0,4}?(?:{product}|vaccines?|vaccinations?|jabs?|shots?)',
      // "surge in heart attacks among young people after vaccine rollout".
      '(?:rise|rises|increase|increases|spike|spikes|jump|surge|surges|upsurge|spate|cluster|clusters) in (?:{w} ){0,6}?(?:after|following|since) (?:{w} ){0,2}?(?:{product}|vaccinations?)',
      '(?:affect|affects|change|changes|disrupt|disrupts|alter|alters|mess(?:es)? up) (?:{w} ){0,2}?(?:menstrual cycles?|periods?|(?:chances?|ability) (?:of|to) (?:get|getting|become|becoming) pregnant)',
      '(?:changes?|disruption) (?:to|in) (?:{w} )?(?:periods?|menstrual cycles?)',
      '(?<=\\b(?:after|following) (?:the |a |your |their )?(?:{w} )?)(?:vaccines?|vaccinations?|jabs?|injections?|doses?|boosters?),? (?:{w} ){0,6}?(?:painful|sore|tired|headaches?|fever|aches?|swelling|rash|sick|chills)',
    ],
    exceptions: [
      'risk factors? for',
      "(?<!\\b(?:can|may|could|will|might|does|do|did) )cause and effect(?! (?:with|on|between|in|of)\\b)(?!(?: {w}){0,2}? {condition}\\b)",
      // Weather and money: "risk of rain could dampen the fun run".
      'risks? of (?:rain|showers|snow|frost|storms?|thunder|flooding|delays?|disruption|strikes?|losing (?:{w} )?(?:money|funding|the (?:seat|vote|election)))',
      // A review's appraisal of study quality, not a harm.
      'risks? of bias',
      // Services and money put at risk: "putting flu jab access at risk".
      '(?:access|jobs|services|funding|(?<!\\b(?:milk|blood|oxygen|sperm|egg) )supplies|contracts|targets|plans|deliveries) at risk',
      'most common (?:cause|type|form)s? of',
      // Disease burden ("heart disease is the leading cause of death"), not a product blamed for deaths.
      // Any product named in the sentence, before or after: "Vaccines, sadly, are now the leading cause of death".
      `(?:leading|commonest|biggest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?<!\\b(?:${BLAMED_PRODUCT})\\b[^.!?]{0,80}(?:leading|commonest|biggest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)) (?:{w} ){0,2}?causes? of death(?![^.!?]{0,80}\\b(?:${BLAMED_PRODUCT})\\b)`,
      // Naming or finding the germ behind an illness: "the disease it causes was named".
      'causes? (?:is|was|are|were) (?:named|called|known)',
      '(?:which|what) (?:{w} )?(?:bacteria|bacterium|virus|germs?|organisms?) (?:is|are) causing',
      // A germ and the illness it causes, as background names it: "the virus that causes COVID-19",
      // "RSV is the leading cause of bronchiolitis".
      // Only the germ as subject: "the HPV vaccine causes ..." is a claim.
      `${PATHOGEN}(?: (?:that|which))? (?:(?:usually|often|commonly|mainly|mostly|sometimes|also|can|may|could|that|which) ){0,2}(?:causes?|caused|causing)(?! (?:{w} ){0,3}?(?:damage|deaths?|harm|problems|complications|disability|long[- ]term))`,
      `${PATHOGEN} (?:is|are|was|were) (?:the|a|an) (?:(?:leading|main|major|necessary|common|usual|most common) )?causes? of`,
    ],
  },
  {
    // How an infection spreads or survives ("spread by mosquito bites", "people without symptoms
    // can still spread the virus", "lingers in the air"): a claim about risk the reviewer checks.
    id: 'safety_side_effects.transmission',
    category: 'safety_side_effects',
    severity: 'warning',
    message:
      'Claim about how an infection spreads ("%s"): check it against current public-health evidence.',
    patterns: [
      '(?<!\\bthe )(?:spread|spreads|spreading|transmit|transmits|transmitted|transmitting|pass on|passes on|passed on) (?:{w} ){0,2}?(?:{condition})',
      '(?:spread|spreads|transmitted|transmits|passed on|passes on) (?:mainly |mostly |easily |only |quickly |readily |largely )?(?:by|through|via|between people|from person)(?! (?:social media|the internet|online|word of mouth|twitter|facebook|whatsapp|posts?|forums?))',
      '(?<=\\bspreads? )(?:more |less )?(?:easily|quickly|readily|rapidly|faster)',
      '(?:pass|passes|passed|passing) (?:the virus|the infection|the bug|it|{condition}) on',
      '(?:breathe|breathes|breathed|breathing) in (?:the )?(?:{w} )?(?:droplets|aerosols|particles|spores|virus|germs)',
      '(?:transmission|spread) (?:{w} )?(?:occurred|occurs|happens|happened|was|is) (?:mainly |mostly |largely |most likely )?(?:in|at|through|by|via|among)',
      '(?:airborne|aerosol|asymptomatic|human-to-human|person-to-person|surface) (?:transmission|spread)',
      '(?:survives?|survived|lingers?|lingered|persists?|persisted|stays? alive) (?:{w} ){0,3}?(?:on (?:surfaces|parcels|packages|plastic|steel|metal|cardboard|clothes|clothing)|in the air)',
      '(?<=\\b(?:virus|viruses|coronavirus|covid|covid-19|germs|bacteria|it) (?:{w} ){0,3}?)(?:survive|survives|survived|stays? alive|lives?|lingers?|persists?|remains? (?:alive|infectious|active))\\b(?! (?:its|their|a|the) (?:life|lives))',
      '(?<=\\b(?:{condition}|virus|viruses|germs|bacteria|it) (?:{w} ){0,3}?)(?:spread|spreads|travels?|passe?s?) (?:between|among|from|in|through|via|to (?:humans|people|others|mammals|animals|babies|children))\\b',
      '(?:catch|caught|catching|get|getting|got|contract|contracting|pick up|picked up) (?:{w} ){0,2}?(?:{condition}|it|the virus|an infection) (?:{w} )?(?:from|by|through|via|off)',
      '(?:carry|carries|carried|harbou?rs?) (?:{w} )?(?:{condition}|the virus|germs)',
      '(?<=\\b(?:most|more|less|highly|very|still) )(?:contagious|infectious)|(?:contagious|infectious) (?:for|until|before|during)',
      // "people without symptoms are not contagious", "remain infectious"; not "an infectious
      // disease", nor a sentence that defines a condition ("MS is not contagious.").
      '(?<=\\b(?:are|is|be|remain|remains|stay|stays|become|becomes)(?: not| never| no longer)? )(?<!(?:^|[.!?;:] |\\n)(?:the )?(?:{condition}) (?:is|are)(?: not| never)? )(?:contagious|infectious)\\b(?! (?:diseases?|agents?|illness(?:es)?|conditions?))',
      '(?<=\\b(?:cannot|can not|can|could|could not|may|might|do not|does not|did not|will not) (?:{w} )?)(?:catch|contract|transmit|spread|pass on) (?:the |a |an )?(?:{condition}|virus|viruses|infection|it)\\b',
      'susceptib(?:le|ility) to (?:{w} ){0,2}?(?:{condition}|infections?|the virus|viruses|reinfection)',
      // "can be transmitted in any climate", "How does mpox spread?", "How long am I contagious?"
      '(?<=\\b(?:{condition}|virus|viruses|infection|infections|it) (?:{w} ){0,2}?(?:be|been|being) (?:{w} )?)(?:transmitted|spread|passed on|caught)\\b',
      '(?<=\\b(?:how|when|where) (?:{w} ){0,4}?)(?:spread|spreads|transmitted|passed on|caught|contagious|infectious)\\b(?=[^.!?\\n]{0,80}\\?)',
      '(?<=\\b(?:as|so|twice as|times as|more|less) )(?:contagious|infectious|transmissible)\\b',
      '(?:stay|stays|remain|remains|stayed|remained) (?:viable|infectious|active|alive) (?:{w} ){0,3}?(?:on|in|for)\\b',
      '(?<=\\b(?:cannot|can not|could not|can|could|may|might|do not|does not|did not) (?:{w} )?)(?:get|develop) (?:the |a |an )?(?:virus|infection|{condition})\\b(?! (?:jabs?|shots?|vaccines?|vaccinations?|tests?|testing|treatment|medicines?|medication|advice|help|support|care|checks?)\\b)',
      '(?:passed|passes|transferred|transfers|transmissible|carried) (?:{w} )?(?:through|via|in|by) (?:{w} ){0,2}?(?:f(?:a)?eces|stools?|droplets|aerosols|the air|breast ?milk|blood|saliva|semen|sex|sexual contact|kissing|touch|surfaces|food|water)',
      '(?:transfer(?:s|red|ring)?|pass(?:es|ed|ing)?) (?:{condition}|the virus|the infection|it) (?:on )?to (?:{w} ){0,2}?(?:babies|baby|newborns?|infants?|fetus|foetus|fetuses|children|child|others|people|humans|animals|partners?|famil(?:y|ies)|households?)',
      'transmission (?:from|between) (?:{w} ){0,2}?(?:mothers?|people|persons?|animals|bats|pets|children|humans|patients|carriers)',
      '(?<=\\b(?:can|could|cannot|may|might|able to|unable to|likely to|unlikely to)(?: not)? (?:be|get|become) )(?:re)?infected\\b',
      // Not a definition's "the time between catching the virus and ...".
      '(?<!\\bbetween )(?:contracting|catching|getting) (?:the |a |an )?(?:virus|infection|{condition})\\b(?! (?:jabs?|shots?|vaccines?|vaccinations?|tests?|testing|treatment|checks?)\\b)',
      // Where the virus is found ("detected in sewage", "present in semen").
      '(?<=\\b(?:virus|viruses|coronavirus|covid(?:-19)?|sars-cov-2|traces|genetic material|rna) (?:{w} ){0,4}?)(?:detected|found|present|detectable|absent) (?:{w} ){0,2}?(?:in|on) (?:{w} ){0,2}?(?:sewage|wastewater|semen|saliva|breast ?milk|blood|stools?|f(?:a)?eces|urine|the air|air|surfaces|tears|vents)',
      '(?:vertical|mother-to-child|mother-to-baby|maternal) transmission|from (?:a |the )?mother to (?:the |her )?(?:fetus|foetus|baby|child|newborn)',
      '(?<=\\b(?:can|could|may|might|cannot|does|do|to|will) (?:{w} )?)(?:infect|reinfect) (?:{w} ){0,2}?(?:{organ}|nervous system|brain|cells|children|humans|people|others|animals|pets|cats|dogs)',
    ],
  },
  {
    // Harms people fear or are told about: genes, fertility, immunity, oxygen, deaths "after the
    // jab", shedding, heart inflammation, the false alarms and overtreatment of screening.
    id: 'safety_side_effects.harm-claims',
    category: 'safety_side_effects',
    severity: 'warning',
    patterns: [
      'heart inflammation|inflammation of the heart(?: muscle)?',
      '(?:alter|alters|altered|rewrite|rewrites|modify|modifies|change|changes|damage|damages|mess(?:es|ing)? with|messed with|tamper(?:s|ing)? with) (?:your|the|a person\'s|human|people\'s|women\'s|men\'s|children\'s|kids\'|our|their) (?:dna|genes|genetic (?:code|material)|genome)',
      'infertile|sterility',
      '(?:affect|affects|affected|affecting|harm|harms|harmed|damage|damages|damaged|impair|impairs|impaired) (?:{w} )?fertility',
      'weaken(?:s|ing)? (?:your|the|their|a child\'s|children\'s) (?:immune systems?|immunity)',
      '(?:caused|triggered|brought on) by (?:the |a |an |their |your |his |her )?(?:{w} )?(?:{product})',
      '(?:died|dies|die|deaths?|collapsed|collapses|injur(?:ed|ies)|harmed|killed) (?:{w} ){0,2}?(?:because of|due to|after|following) (?:the |a |their |his |her )?(?:{w} )?(?:{product})',
      '(?:vaccine|jab|drug) (?:deaths|injuries|injured|damage)|(?<=\\b(?:vaccines?|jabs?|shots?|drugs?) )(?:will |could |would |may )?(?:kill|kills|killed|maim|maims|maimed)\\b',
      'shed(?:s|ding)? (?:{w} ){0,2}?(?:spike proteins?|the vaccine|vaccine particles|the virus)',
      'oxygen (?:deficiency|deprivation|starvation|shortage)|(?:lack|shortage) of oxygen',
      '(?:dangerous|harmful|toxic|unsafe) (?:levels?|amounts?)',
      'false (?:alarms?|positives?|reassurance)|overdiagnos(?:is|ed)|overtreatment|unnecessary (?:{w} )?(?:biopsies|tests|treatment|surgery|operations)',
      '(?:inflammation|clots?) (?:{w} ){0,4}?(?:after|following) (?:{w} )?(?:vaccines?|vaccinations?|jabs?|doses?|boosters?)',
      // Serious events told as coming after a jab or a medicine: "heart attacks in young men after
      // the booster", "strokes reported following the second dose".
      "(?:heart attacks?|strokes?|seizures|cardiac arrests?|sudden deaths?|miscarriages|stillbirths|bell's palsy|paralysis|shingles|tinnitus|fainting|blackouts|cancers|turbo cancers?) (?:{w} ){0,6}?(?:after|following|since) (?:the |a |their |his |her |getting |having |receiving |taking )?(?:{w} )?(?:vaccines?|vaccinations?|jabs?|doses?|boosters?|shots?|{product})\\b",
      // What a remedy did to the teller: "these capsules gave me awful heartburn".
      "(?<=\\b(?:capsules?|gumm(?:y|ies)|drops|creams?|sprays?|supplements?|patch(?:es)?|vitamins?|inhalers?|injections?|{product}) (?:{w} )?)(?:gave|have given|has given|made|left) (?:me|him|her|us|them) (?:{w} )?(?:heartburn|indigestion|reflux|nausea|diarrho?ea|constipation|headaches?|migraines?|palpitations|insomnia|nightmares|cramps|bloating|wind|acne|spots|hives|a (?:{w} )?(?:rash|headache|migraine|stomach ache|upset stomach|reaction))\\b",
      // What a jab or a medicine did to someone: "the vaccine gave my sister bell's palsy",
      // "the booster knocked me out for a day", "my arm feels like it got hit by a truck"; not what
      // it gave back ("gave me my life back": a testimonial).
      '(?<=\\b(?:vaccines?|vaccinations?|jabs?|boosters?|shots?|doses?|pills?|tablets?|medication|meds) (?:{w} )?)(?:gave|has given|made|knocked|wiped) (?:me|my|him|her|them|us|our|his|their)\\b(?![^.!?\\n]{0,30}\\bback\\b)',
      `(?<=\\b${JAB}\\b[^.!?\\n]{0,100})(?:${JAB_REACTION})`,
      `(?:${JAB_REACTION})(?=[^.!?\\n]{0,100}\\b${JAB}\\b)`,
      // What a jab or a product is said to hide: "the vaccine contains a microchip".
      '(?<=\\b(?:vaccines?|jabs?|shots?|boosters?|{product}) (?:{w} ){0,2}?)(?:contains?|contained|containing|is full of|are full of|laced with) (?:{w} ){0,3}?(?:microchips?|chips?|trackers?|tracking devices?|graphene|mercury|aluminium|aluminum|formaldehyde|fo?etal (?:cells|tissue)|toxins?|poisons?|nanobots?|nanoparticles|magnets?|heavy metals|antifreeze|luciferase)\\b',
      // Harms as myths and warnings put them: "wears away enamel", "sugar feeds cancer cells".
      '(?:wear|wears|wearing|wore) (?:away|down) (?:{w} ){0,2}?(?:enamel|teeth|cartilage|joints?|skin|stomach lining)',
      '(?:feed|feeds|fed|feeding|fuel|fuels|fuelling) (?:{w} )?(?:cancers?|cancer cells|tumou?rs?|infections?|bacteria|yeast|candida)\\b',
      '(?:starve|starves|starved|starving|deprive|deprives|deprived) (?:{w} ){0,2}?(?:brains?|body|cells|lungs|organs|baby|babies|blood|muscles) of',
      'overload(?:s|ed|ing)? (?:{w} ){0,2}?(?:immune systems?|liver|kidneys|body)',
      '(?:destroy|destroys|destroyed|strip|strips|stripped) (?:{w} ){0,3}?(?:nutrients|vitamins|goodness)',
    ],
  },
  {
    // Harms in everyday words: "kills more people than it saves", "chemo is poison", "rots your
    // muscles", "complained of a bad taste and nausea", a recalled syrup, counterfeit pens, "stops the
    // antibiotic being absorbed". On a health topic only.
    id: 'safety_side_effects.everyday-harm',
    category: 'safety_side_effects',
    severity: 'warning',
    healthTopicOnly: true,
    patterns: [
      '(?:kill(?:s|ed|ing)?|harm(?:s|ed)?|injur(?:es|ed)|hurt(?:s)?) more (?:{w} )?(?:people|patients|children|kids|ppl|women|men|babies) than',
      '(?:complain(?:ed|s|ing)? of|suffered from|left (?:me|him|her|them|us) with) (?:a |an )?(?:{w} ){0,2}?(?:taste|nausea|headaches?|heartburn|diarrho?ea|dizziness|rash(?:es)?|cramps|bloating|insomnia|tiredness|fatigue|palpitations|hair loss)',
      "(?<=\\b(?:is|are|it's|its|was) (?:pure |literally |just |basically |a |slow )?)poison\\b|selling (?:you )?poison",
      '(?:rots?|rotting|destroys?|ruins?|wrecks?|fries) (?:your|my|the|their|our) (?:{w} )?(?:muscles|memory|liver|kidneys|gut|teeth|brain|immune system|hormones|heart|bones|joints)',
      '(?<=\\b(?:syrups?|tablets?|pills?|capsules?|drops|creams?|inhalers?|pens?|medicines?|vaccines?|batch(?:es)?|supplements?|devices?|formula) (?:{w} ){0,3}?(?:is |are |was |were |being |been )?)recalled',
      'counterfeit (?:{w} )?(?:pens|pills|tablets|medicines?|drugs|vaccines?|injections?|jabs|inhalers|supplements)',
      '(?:stops?|prevents?) (?:the |your )?(?:{w} )?(?:antibiotics?|medicines?|drugs?|tablets?|pills?|medication) (?:from )?being absorbed',
    ],
  },
  {
    // "must not be used in pregnancy", "should not be given to children": a safety warning being
    // given, not a risk being denied.
    id: 'safety_side_effects.must-not-be-used',
    category: 'safety_side_effects',
    severity: 'warning',
    polarity: 'affirmed',
    patterns: ['(?:should|must)(?: not| never) be (?:given|taken|used|eaten|drunk)'],
  },
  {
    id: 'safety_side_effects.safe-any',
    category: 'safety_side_effects',
    patterns: [
      "safe(?:ty|r|st)?(?! (?:space|place|spaces|places|environment|distance|haven|word|way(?! to)|sex|and sound|storage|hands|side|zone|harbou?r|house|guard))",
      'gentle(?: enough)?|non[- ]addictive|no (?:known )?risks?|zero (?:harsh|nasty) chemicals|no nasty chemicals|nothing harmful|does not harm|cannot harm|will not harm',
      'perfectly fine|totally fine|fine to take|ok to take|okay to take',
    ],
    exceptions: [NON_HEALTH_SAFETY, '(?:stay|keep|be|feel) (?:{w} )?safe(?! (?:from|against|for|with|during|to|giving|taking|using|around)\\b)', 'safe(?:ly)? (?:dispos|stor)\\w*', '(?:dispos(?:e|ed|ing) of|stored?|kept) (?:{w} ){0,2}?safely', 'safeguard\\w*', 'safety (?:net|pin|belt)s?', '(?:workplace|road|food|fire|water|public|online|personal) safety(?! for\\b)',
      // A body named for its work: "drug safety regulator appoints new chief", "the patient safety commissioner".
      '(?:drug|medicines?|vaccine|patient|product|food|health and) safety (?:regulators?|agency|agencies|authority|authorities|watchdogs?|bodies|body|commissioners?|executive|boards?|committees?|chiefs?|officials?|officers?|teams?|units?|offices?|directors?)', 'safety (?:guidance|rules|standards|regulations|officers?|equipment|inspections?|inspectors?|measurements?)(?! for\\b)',
      // A strongbox, and the committee that watches a trial: "the pharmacy's safe was broken into".
      "(?:(?:the|a|its|their|our|his|her)|\\w+'s) safe (?:door|deposit|box|room|key|(?:was|were|has|had)(?: been)? (?:broken|opened|stolen|emptied|robbed|cracked|found|left|locked|fitted))",
      '(?:data (?:and )?)?safety monitoring (?:board|committee)s?'],
  },

  // dosing_treatment_advice
  {
    // "Do I need a booster?", "at the same visit as other vaccines": what to have and when.
    id: 'dosing_treatment_advice.vaccine-schedule',
    category: 'dosing_treatment_advice',
    patterns: [
      '(?<=\\b(?:do|does|should|will) (?:i|you|we|they|my child|children|people) (?:still )?)need (?:a |an |another |the )?(?:{w} )?(?:booster|dose|jab|vaccine|vaccination)',
      // Two vaccines together, not one jab at an appointment: "Can I have my flu jab at the same appointment?"
      '(?:vaccines|jabs|vaccinations|boosters|shots|both|several|more than one) (?:{w} ){0,5}?(?:at the same (?:time|visit|appointment)|during (?:the same|one) (?:visit|appointment)|on the same day)',
      '(?:vaccines?|jabs?|vaccinations?|boosters?|shots?) (?:{w} ){0,5}?(?:at the same (?:time|visit|appointment)|on the same day)(?= as\\b)',
      '(?:vaccines?|jabs?|vaccinations?|boosters?|shots?) and (?:{w} ){0,5}?(?:at the same (?:time|visit|appointment)|during (?:the same|one) (?:visit|appointment)|on the same day)',
      // "Should older people get the RSV vaccine every year?"
      '(?:get|gets|have|has|need|needs|having|getting) (?:a |an |the |another )?(?:{w} ){0,2}?(?:vaccines?|jabs?|boosters?|vaccinations?|shots?) every (?:year|winter|autumn|spring|{num} (?:years|months))',
      // "may be offered an extra dose in the spring".
      '(?<=\\b(?:be|been|being|is|are|get|gets) )offered (?:an? |another |a further )?(?:{w} )?(?:extra|additional|further|second|third|fourth|booster|top-up|seasonal|spring|autumn) (?:doses?|jabs?|boosters?|vaccines?|vaccinations?)\\b',
      // When a vaccine is given and how far apart: "is given at 8, 12 and 16 weeks", "two injections,
      // with a gap of 4 weeks", "from 16 weeks up to 32 weeks of pregnancy".
      '(?<=\\b(?:is|are|be|been|being) )(?:given|due) (?:to (?:{w} ){1,3}?)?(?:at|from|between) (?:the age of )?{num}(?:(?:,| and| or) {num}){0,4} (?:weeks|months|years)',
      '(?:a gap of|at least) {num} (?:days|weeks|months)(?: or more)? between (?:them|doses|the (?:{w} )?doses|injections|jabs)',
      // "Leave at least three weeks between your first and second dose", "wait 8 weeks after your last jab".
      '(?:leave|leaving|wait|waiting|allow|space them) (?:at least |about |around |up to )?{num} (?:days|weeks|months)(?: or more)? (?:between|after|before) (?:your |the |their |a |each )?(?:(?:first|second|third|last|previous|next|1st|2nd|3rd)(?: and (?:your |the )?(?:second|third|next|2nd|3rd))? )?(?:doses?|jabs?|injections?|shots?|boosters?|vaccin\\w*)\\b',
      '(?:from|at|after|before|by) {num} (?:weeks|months)(?: (?:up )?to {num} weeks)? of (?:your )?pregnancy',
    ],
    exceptions: [
      // When a condition shows itself, not when to be given anything: "can develop after 20 weeks of pregnancy".
      '(?:develops?|developing|occurs?|occurring|starts?|starting|appears?|appearing|happens?|begins?|beginning|arises?|shows? up|diagnosed|detected|felt|noticed) (?:{w} ){0,3}?(?:from|at|after|before|by) {num} (?:weeks|months)(?: (?:up )?to {num} weeks)? of (?:your )?pregnancy',
    ],
  },
  {
    // A recommendation to get a vaccine or a medicine, as agencies and news put it: "should get an
    // additional dose", "urges over-50s to book a booster jab". Not in a question ("Who should get
    // a flu vaccine?"). Secondary: the instruction rules read the rest.
    id: 'dosing_treatment_advice.recommended',
    category: 'dosing_treatment_advice',
    secondary: true,
    patterns: [
      `(?:should|must|need to|(?:are )?(?:urged|advised|encouraged|told|ordered|asked) to|${URGING} (?:{w} ){1,7}?to)(?: not| never)? (?:get|have|book|take|receive) (?:{w} ){0,3}?${VACCINE_DOSE}\\b(?![^.!?\\n]*\\?)`,
      `${URGING} (?:{w} ){1,7}?to (?:vaccinate|immuni[sz]e)\\b(?![^.!?\\n]*\\?)`,
      // "recommends that everyone aged 6 months and older get an updated vaccine".
      `(?:recommends?|recommended|recommending|advises?|advised) that (?:{w} ){1,7}?(?:get|have|receive|take) (?:a |an |the |another |their |one |two |both )?(?:{w} ){0,3}?${VACCINE_DOSE}\\b(?![^.!?\\n]*\\?)`,
      // "Annual influenza vaccination should be offered to all adults with heart disease".
      `(?<=\\b(?:${VACCINE_DOSE}|treatment|therapy|screening) )(?:should|must) (?:also |routinely |still )?be (?:offered|given|recommended) (?:to|for)\\b(?![^.!?\\n]*\\?)`,
      '(?:should|must|need to)(?: not| never)? (?:get|be) (?:vaccinated|immuni[sz]ed|boosted|jabbed)\\b(?![^.!?\\n]*\\?)',
      '(?<=(?:^|[.!?,] ))(?:get|book|ask for|have) your (?:free )?(?:{w} ){0,2}?(?:jabs?|vaccines?|vaccinations?|boosters?|shots?)\\b(?![^.!?\\n]*\\?)',
    ],
  },
  {
    // Public-health instructions: "should self-isolate", "test again 48 hours later", "is
    // recommended for everyone aged six months and older", "3x a day". Not in a question.
    id: 'dosing_treatment_advice.public-health',
    category: 'dosing_treatment_advice',
    severity: 'warning',
    healthTopicOnly: true,
    secondary: true,
    patterns: [
      `(?:should|must|need to|needs to|are (?:urged|advised|encouraged|told|asked) to|${URGING} (?:{w} ){1,7}?to|encouraged to) (?:still )?(?:${PUBLIC_HEALTH_MEASURE})\\b(?![^.!?\\n]*\\?)`,
      // Imperatives that open a sentence ("Quarantine means ..." is a definition, so not that word).
      '(?<=(?:^|[.!?]["”’)]? |\\n))(?:self-isolate|stay (?:at )?home|wear (?:a |face )?(?:masks?|face coverings?)|test again|get tested|keep breastfeeding|open (?:a|the) windows?)\\b(?![^.!?\\n]*\\?)',
      '(?<=\\b(?:is|are) (?:now |also |strongly |routinely |usually )?)recommended (?:for|during|in|to|from|at|after|before)\\b(?![^.!?\\n]*\\?)',
      '(?:advise|advises|advised|advising) (?:against|avoiding)',
      '\\d+ ?x (?:a|per|each) (?:day|week|night)|every (?:few|{num}) minutes',
      '{num} (?:glasses|cups|litres|liters|portions|servings) (?:of (?:{w} )?)?(?:a|per|each) day',
    ],
  },
  {
    id: 'dosing_treatment_advice.instruction',
    category: 'dosing_treatment_advice',
    // "Do not take more than..." is advice being given, not advice being denied.
    polarity: 'affirmed',
    message:
      'Dosing or medicine-use instruction ("%s"): check it against the label and current guidance, and that readers are told to follow their own prescriber.',
    patterns: [
      `(?:take|taking|took|taken|give|giving|gave|given|inject|use|(?<!\\bnasal )spray|rinse|chew|swallow|inhale|apply|skip|skipped|skipping|double|doubled|miss|missed|pop|popping|popped|neck|necking|necked|pause|paused|pausing|ditch|ditched|bin|binned) (?:{w} ){0,6}?${MEDICINE}`,
      // "Just stop the sertraline for a week": told to stop, not a report that someone stopped.
      `(?<=(?:^|[.!?;:,]["”’)]? |\\n|\\b(?:just|simply|then|so|and|or) ))(?:stop|quit) (?!(?:taking|using|giving|selling|making|stocking|supplying|producing|offering|prescribing|funding)\\b)(?:{w} ){0,3}?${MEDICINE}`,
      "(?:skip|skipping|avoid|avoiding) (?:the|your|their|this|that) (?:{w} )?(?:shot|jab|vaccine|booster|vax)\\b",
      '(?:do not|never) let (?:them|anyone|the (?:nurse|doctor|hospital|midwife)) (?:vax|vaccinate|jab|inject)',
      // What to do with what is left of a course: "throw away the rest of the tablets", "save your leftover...".
      `(?:throw (?:away|out)|bin|chuck|stop|skip|save|keep) (?:the rest of|the last of|what's left of|your leftover|the leftover|any leftover|your spare) (?:{w} ){0,3}?${MEDICINE}`,
      // A break from a medicine, or one started without a prescriber: "try a statin holiday", "start it yourself".
      '(?:drug|medication|medicine|treatment|statin|steroid|pill) (?:holiday|break)s?',
      '(?:start|stop|take|double|up|increase|lower|change) (?:it|them|the dose|the course) yourself',
      // "follow the dosing instructions on the packet".
      '(?:follow|following|read|check) (?:the )?(?:dosing|dosage|dose) (?:instructions|directions|advice|guidance)',
      // Asking for a dose: "How much Calpol can I give...", "How often should I use...".
      "how (?:much|many|often|long|soon) (?:{w} ){0,4}?(?:should|can|do|could|must) (?:i|you|we|they|he|she) (?:{w} )?(?:take|give|have|use|apply)",
      '(?:either side of|before each|after each|with each) (?:each |a |your |the )?dose',
      // "Do not take ...", "you should not take ...": not a statement with a pronoun for its subject ("when you do not have enough iron").
      "(?<=\\b(?:(?<!\\b(?:you|we|they|i|he|she|it) )do not|never|avoid|must not|should not) (?:{w} )?)(?:stop|stopping|take|taking|give|giving|exceed|double|skip|drink|drinking|crush|chew|mix|drive(?! (?:yourself )?(?:to|home|there|back)\\b)|use|using|start|starting|have(?! to\\b)|having|eat|eating|rinse|rinsing|scratch|squeeze|pop|pick)",
      '(?<=\\b(?:must|should|needs? to|has to|have to|can) be )(?:started|taken|given|used|stopped|applied|inhaled|injected)',
      '(?<=\\b(?:no|not) )more than {num}',
      '(?:up to|a maximum of|at most|at least) {num} (?:{w} )?(?:doses?|tablets?|puffs?|times|capsules?|mg|units)',
      // "Use it for up to 7 days" is a course; "stays on plastic for up to three days" is not.
      '(?:a maximum of|at most|at least) {num} (?:{w} )?days',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){0,4}?for )up to {num} (?:{w} )?days',
      '(?<=\\b(?:\\d+|one|two|three|four|five|six)(?: to (?:\\d+|two|three|four|five|six))? )times (?:a|per|each) (?:day|week|night)',
      'every {num}(?: to {num})? (?:hours?|days?|weeks?|months?)',
      '(?:with|after|before) (?:food|meals|a meal|water|milk)|on an empty stomach|at bedtime',
      'cold turkey|came off|come off|went off|coming off|off (?:all )?(?:my|his|her|their) (?:{w} )?(?:medication|meds|tablets|pills|insulin|inhaler)',
      '(?:finish|complete) the (?:full )?course',
      // How a medicine is started and stopped: "is not started during a flare", "the dose is lowered slowly".
      '(?<=\\b(?:is|are)(?: not| usually| only| never| always)? )(?:started|stopped|restarted) (?:during|until|after|before|when|once)\\b',
      'the dose is (?:{w} )?(?:lowered|reduced|increased|raised|tapered|halved|doubled)',
      '(?:stopping|coming off|quitting) (?:{w} ){0,2}?(?:suddenly|abruptly|too quickly|too fast|all at once)',
      // "Every woman ... should be on HRT": who should be taking a medicine.
      `(?:should|must|ought to|needs? to) (?:all |also |still )?be (?:on|taking) (?:{w} )?(?:${MEDICINE}|${PRESCRIBED})\\b`,
      // Diet and habit advice as an imperative opening a sentence: "Avoid alcohol and spicy food for a fortnight".
      '(?<=(?:^|[.!?]["”’)]? |\\n))(?:avoid|cut out|cut down on|cut back on|limit|give up|stay off|steer clear of) (?:{w},? ){0,2}?(?:alcohol|booze|caffeine|coffee|sugar|salt|spicy food|fatty food|fried food|dairy|gluten|smoking|cigarettes|processed food|red meat|carbs|fizzy drinks|late-night meals)',
      'within {num} (?:days|hours) of',
      '(?:keep|carry on|continue|stop|start) (?:taking|using|giving)',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)in the (?:morning|evening)',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)at night',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)every (?:day|morning|evening|night)',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)each (?:day|morning|evening|night)',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)once',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)twice',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)daily',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?)at least {num} (?:minutes|hours) (?:before|after)',
      '(?<=\\b(?:take|taking|use|using|apply|applying|give|giving|inject|injecting) (?:{w} ){1,4}?){num} (?:minutes|hours) (?:before|after)',
    ],
    exceptions: [
      // "These estimates may not apply to years with a poorer vaccine match": relevance, not a cream.
      '(?<=\\b(?:does not|did not|may not|might not|would not|will not|need not) )apply to (?:(?:all|every|other|these|those|this|that|some|most|many|any|earlier|later|future|previous|the same) )?(?:{w} )?(?:years?|seasons?|settings?|situations?|circumstances|countries|populations)\\b',
      // Not a break from a medicine: "take a break from your statins".
      `take (?:part(?! of)|place|a (?:look|walk)${NO_MEDICINE_AFTER}|a moment(?! to)|a break(?! (?:from|in|off)\\b)${NO_MEDICINE_AFTER})`,
      // Food safety and appointments, not doses: "chill leftovers within two hours of cooking".
      'within(?<!\\b(?:take|taking|have|having|get|give|giving|start|starting|begin|use|using|apply|tablets?|pills?|doses?|course)(?: {w}){0,3} within) {num} (?:days|hours) of (?:cooking|being cooked|buying|purchase|opening|defrosting|thawing|delivery|arrival|booking|your appointment|the appointment)',
      `(?:us|the nurse|staff|the team|the vaccinator) to give${NO_MEDICINE_AFTER}(?! (?:{w} ){0,2}?(?:a |an )?(?:double|extra|another) (?:dose|tablet|pill)s?\\b)`,
      // What a shop or a surgery does not take: "the barriers still don't take cards".
      'take (?:cards?|card payments|cash|payments?|bookings?|appointments?|calls?|walk-ins|referrals|new patients)',
      `given (?:birth|consent)${NO_MEDICINE_AFTER}`,
      'given as (?:an? )?(?!{num}\\b)(?:(?!(?:daily|weekly|double|extra|twice|monthly)\\b){w} )?(?:injections?|infusions?|drips?|tablets?|sprays?|jabs?)(?= (?:into|in|through|under|via))',
      'have(?<!\\b(?:do not|never) have) (?:any )?questions',
      // Who a service is for, not an instruction: "adults who do not already have certain conditions".
      "who (?:do not|does not) (?:already |yet )?have(?! (?:(?:their|the|a|an|your|any) )?(?:{w} )?(?:vaccin\\w*|jabs?|shots?|vitamin|mmr|immunis\\w*|immuniz\\w*|boosters?)\\b)",
      // A leaflet's table of contents: "What you need to know before you take amlodipine".
      'need to know before you (?:take|use|are given|start|have)',
      // Not a dose: "daily use of 10 paracetamol tablets" stays one.
      `(?:the |long-term |regular |daily |heavy )?use of(?! (?:up to |more than |over |at least )?(?:{num}|a dozen|double|extra|several)\\b)(?! (?:{w} ){0,2}?{num} ?(?:mg|g|ml|mcg|iu)\\b)${NO_DRUG_NEXT}`,
      'give (?:{w} ){0,2}?(?:advice|information|details|opinions?)',
      'have (?:any |no )?(?:symptoms|signs)',
      '{num} (?:working|business) days(?<!\\bfor (?:at least |at most |up to |over )?[\\w,.]+ (?:working|business) days)',
      // Returning medicines, household chemicals, a web page: not how to take a medicine.
      '(?:take|taken|taking|took) (?:{w} ){0,3}?back to (?:a|the|your) (?:pharmacy|pharmacist|chemist)(?!(?: {w}){0,2}? (?:halfway|early|before|after (?:a|one|two|three|{num}) days?)\\b)',
      // A leaflet's opening line: "Read all of this leaflet carefully before you start taking this medicine."
      // Only before a medicine in general: "before you take 8 paracetamol tablets" stays a dose.
      "read (?:{w} ){0,4}?(?:leaflet|label|instructions) (?:{w} ){0,3}?before (?:you )?(?:(?:start|begin) )?(?:take|taking|use|using|give|giving) (?:any |this |the |your |a )?(?:medicines?|medications?|products?|inhalers?|sprays?|creams?|patch(?:es)?|devices?|pens?|it|them)\\b(?! (?:with|containing|for(?! the first time)|at|every|more|twice|again)\\b)",
      // Medicines in general, as leaflets ask about them: "if you are taking other medicines",
      // "before you take any medicine". Not advice on the reader's own ("keep taking your medicines").
      "\\b(?:if|when|whether|before|while|unless)(?: (?:you|they)(?: are|'re)?)? (?:already )?(?:take|taking|use|using) (?:any |all )?(?:other )?(?:medicines?|medications?|meds|drugs)\\b(?! (?:containing|that contain|which contain|with the same|like|such as|including|for(?! the first time))\\b)",
      'mix (?:{w} )?(?:bleach|cleaning|cleaners?|cleansers?|chemicals)(?!,? (?:like|such as|including)\\b)',
      'use (?:the|our|this) (?:{w} ){0,2}?(?:search|finder|locator|checker|booking)',
      `within(?<!\\b(?:give|giving|take|taking|start|starting|use|using|course of|${DRUG_NAME})(?: {w}){0,3} within) {num} (?:days|hours) of (?:a |the )?(?:positive|negative) (?:test|result)`,
      // How often a symptom comes, as a definition or a criterion gives it: "when a baby cries ...
      // on at least three days a week".
      '(?:when|if|whose|defined as|means|diagnos\\w*|called)\\b[^.!?;]{0,100}?\\bon at least {num} days (?:a|per|each|every|in a) (?:week|month|fortnight)\\b',
      // How many people take a medicine, not an instruction: "are thought to take a statin".
      '(?:thought|estimated|believed|said|known|reckoned|reported) to (?:be )?(?:take|taking|use|using|be on)\\b',
      // A trial's method: "participants were randomly assigned to take their tablets in the morning".
      '(?:assigned|allocated|randomi[sz]ed) to (?:take|use|receive|have|get|apply)\\b(?: (?:{w} ){1,8}?(?:in the (?:morning|evening)|at (?:night|bedtime)|once|twice|daily|every (?:day|morning|evening|night)))?',
      // Reporting a test result, not a dose: "enter your result within 24 hours of taking the test".
      `within(?<!\\b(?:give|giving|take|taking|start|starting|use|using|course of|${DRUG_NAME})(?: {w}){0,3} within) {num} (?:days|hours) of (?:taking|doing|having|getting|receiving) (?:a |the |your )?(?:{w} )?(?:test|swab|sample|result|reading)s?\\b`,
      // Coverage reported, not advice: "more than half had received at least one dose".
      '(?:had|have|has)(?<!\\b(?:must|should|need to|needs to|to|sure|ensure|ideally)(?: {w}){0,2} (?:had|have|has)) (?:now |already |so far |only )?(?:received|had|got(?:ten)?) (?:at least|up to) {num} (?:{w} )?doses?(?! of (?:our|this|these|my)\\b)(?!(?: {w}){0,3} (?:in|per|a|each) (?:day|night|hour)\\b)',
    ],
  },

  {
    // Who should not have a medicine or a vaccine, and what replaces one: "must never be given to
    // babies", "not usually given to babies under 9 months", "you don't need the vaccine", "no meds
    // needed", "swapped their HRT for our blend".
    id: 'dosing_treatment_advice.use-or-not',
    category: 'dosing_treatment_advice',
    // A statement about who should have a medicine, not an order to the reader: "X should not be
    // given to children" and "you don't need the vaccine" are negated, as writers label them (17 of
    // the 24 such dev sentences); "do not give aspirin to children" is the instruction rule's.
    instruction: false,
    patterns: [
      "(?:must|should|needs? to|has to|have to)(?: not| never) be (?:{w} )?(?:given|used|taken|eaten|treated|applied|started|stopped)",
      `(?:do not|does not|will not) need (?:the |a |an |any |another |to (?:take|have|get) )?(?:{w} ){0,2}?(?:${PRESCRIBED}|vaccines?|vaccinations?|jabs?|shots?|boosters?|doses?)\\b`,
      `no (?:need|reason) (?:for|to) (?:a |the |any )?(?:{w} )?(?:${PRESCRIBED}|vaccin\\w*|jabs?|shots?|boosters?|isolate|test)\\b`,
      `(?:no|without) (?:the )?(?:need for )?(?:${PRESCRIBED}) (?:needed|required|necessary)|without the need for (?:{w} )?(?:${PRESCRIBED})\\b`,
      "not (?:usually |generally |normally |routinely |currently )?(?:given|suitable|recommended|advised) (?:to|for|during|in) (?:{w} ){0,2}?(?:babies|bab(?:y|ies)|children|kids|pregnan\\w*|people|adults|anyone|women|men|those|patients|treating|under|over)\\b",
      'no longer recommended',
      `(?:swap(?:s|ped|ping)?|replac(?:e|es|ed|ing)|quit|quitting|stopped|halved|say goodbye to) (?:{w} ){0,2}?(?:${PRESCRIBED})\\b`,
      // "Antibiotic eye drops are not usually needed for conjunctivitis."
      // "... so antibiotics usually aren't needed".
      `(?<=\\b(?:${PRESCRIBED}|antibiotics?|drops|creams?|ointments?|sprays?|vaccines?|boosters?|surgery|operations?|treatment) (?:usually |often |generally |normally |mostly )?)(?:are|is) (?:not|rarely|seldom) (?:usually |always |generally |normally |routinely |often )?(?:needed|necessary|required)`,
      // "People with kidney disease should avoid anti-inflammatory painkillers."
      `(?:should|must|need to|needs to|are advised to|is advised to|it is best to) avoid (?:{w} ){0,3}?(?:${PRESCRIBED}|painkillers|anti-inflammator\\w*|antibiotics)\\b`,
    ],
  },
  {
    // A change of dose asked about or tried: "ask about trying a different dose", "switched to a
    // lower strength". Its polarity is read, not set: "I'd ask about ..." is hedged advice.
    id: 'dosing_treatment_advice.dose-change',
    category: 'dosing_treatment_advice',
    patterns: [
      '(?:try|tries|tried|trying|switch(?:es|ed|ing)? to|chang(?:e|es|ed|ing) to|mov(?:e|es|ed|ing) to|go(?:es|ing)? (?:up|down) to|went (?:up|down) to|drop(?:s|ped|ping)? (?:down )?to|ask(?:s|ed|ing)? (?:about|for)) (?:a |an |the )?(?:different|lower|higher|smaller|bigger|stronger|weaker|reduced|increased|half) (?:dose|dosage|strength)\\b',
    ],
  },
  {
    // A medicine named for a symptom, as leaflets and agency pages advise it: "paracetamol or
    // ibuprofen can ease fever and aches", "antihistamines may help with the itching".
    id: 'dosing_treatment_advice.for-symptoms',
    category: 'dosing_treatment_advice',
    severity: 'warning',
    patterns: [
      // Anchored on the verb, the medicine looked back for: a drug-name stem has no literal prefix.
      `(?<=\\b(?:${DRUG_NAME})(?: (?:or|and) (?:${DRUG_NAME}))? (?:{w} ){0,2}?)(?:can|may|will|could|might|should|often|usually) (?:also |usually |often )?(?:help )?(?:to )?(?:ease|relieve|bring down|lower|reduce|soothe|help with|control|calm|settle|take the edge off) (?:a |the |your |any )?(?:high |mild |bad )?(?:fever|temperature|aches|pains?|headaches?|sore throats?|symptoms|discomfort|itch(?:ing|iness)?|swelling|sneezing)\\b`,
    ],
  },
  {
    // How well a test finds what it looks for: "picked up more than half of cancers at an early stage".
    id: 'efficacy_statistics.detection',
    category: 'efficacy_statistics',
    patterns: [
      '(?:picked up|picks up|pick up|detected|detects|detect|identified|identifies|caught|catches|spotted|spots|missed|misses) (?:more than |about |around |nearly |almost |over |only |just |up to |fewer than |less than )?(?:half|a third|a quarter|two thirds|three quarters|nine in ten|{pct}|{num} (?:in|out of) {num}) (?:of )?(?:all )?(?:the )?(?:{w} )?(?:cancers|cases|tumou?rs|infections|people with|patients with|those with)',
      // "Rapid antigen tests miss a sizeable share of infections".
      '(?<=\\b(?:tests?|swabs?|screening|scans?|checks?) (?:{w} )?)(?:miss|misses|missed|catch|catches|caught|detect|detects|detected|pick up|picks up|picked up) (?:a |an )?(?:large |sizeable |sizable |significant |small |substantial |high |low )?(?:share|proportion|number|fraction|percentage) of (?:{w} )?(?:cancers|cases|tumou?rs|infections)\\b',
    ],
  },
  {
    // Public-health advice: amounts to aim for.
    id: 'dosing_treatment_advice.guidance',
    category: 'dosing_treatment_advice',
    patterns: ['aim (?:for|to (?:get|eat|do|have|drink)) (?:at least |around |about |no more than )?{num}'],
  },

  // trial_availability_eligibility
  {
    id: 'trial_availability_eligibility.take-part',
    category: 'trial_availability_eligibility',
    patterns: [
      '(?:take|taking|took) part',
      '(?:invited|needed|wanted|sought|welcome) (?:to|for) (?:join|take part|enrol|participate|a study|a trial|our study|the study|research)',
      '(?<=\\b(?:volunteers|participants|people|patients|adults|children|women|men|families|smokers|carers) (?:{w} ){0,5}?(?:are|is) )(?:needed|wanted|sought|invited)',
      'sought for (?:a |the |new |our )?(?:{w} )?(?:trial|study|research)',
      'open to (?:adults|people|children|women|men|patients|anyone|volunteers|those)',
      "(?<=\\bwe(?: are|'re)? )(?:seeking|looking for|recruiting|need|want)",
      'participants? (?:will|must|may|are|who)(?! be asked to (?:keep|fill|complete|record|wear|attend))(?! (?:need to )?(?:attend|visit|come|complete|keep|fill))',
      'enrol(?:l)? (?:their|your|my) (?:child|children|son|daughter)',
      'enrol?ment (?:for (?:this|the) (?:study|trial) )?(?:is |has )?open',
      'free (?:{w} ){0,2}?(?:check-ups?|monitors?|meals|groceries|programmes?|programs?|sessions|assessments|health checks?|study medication)',
      '(?:provided|given) free',
      '(?:receive|be paid|get|earn) (?:up to )?[£$€]\\d[\\d,]*|paid up to|(?:£|\\$|€)\\d[\\d,]* (?:per|for|a) (?:visit|day|session)',
      '(?:the |this )?study (?:drug|medicine|medication|treatment)',
      '(?<=\\b(?:are|is|be|been) )excluded|exclusions?',
      'able to (?:join|take part)',
      'register (?:today|now|online)|join (?:today|now)',
    ],
    exceptions: [
      '(?:pharmacies|shops|schools|employers|practices|councils) (?:{w} ){0,2}?taking part in the (?:scheme|programme|initiative)',
      TAKING_PART_IS_VOLUNTARY,
      // A public service: "hepatitis A jabs are provided free by your GP surgery".
      '(?:jabs?|vaccines?|vaccinations?|tests?|screening|checks?) (?:{w} ){0,4}?(?:are |is )?(?:provided|given) free',
      // Who took part in a finished study: "1,284 residents took part in the surveillance study".
      'took part in (?:the |this |a |our |their )?(?:{w} ){0,3}?(?:study|trial|survey|research|analysis)',
    ],
  },

  {
    id: 'trial_availability_eligibility.closed',
    category: 'trial_availability_eligibility',
    polarity: 'negated',
    patterns: [
      '(?:enrol?ment|recruitment) (?:for (?:this|the) (?:study|trial) )?(?:has |is )?(?:now )?closed',
      'no longer (?:recruiting|enrolling|accepting)',
      'closed to (?:recruitment|enrol?ment|new (?:patients|participants))',
    ],
  },

  // comparative
  {
    id: 'comparative.general',
    category: 'comparative',
    exceptions: [
      `(?:more|less) (?:common|rare|frequent|prevalent)(?:ly)? (?!(?:on|with|after|taking|using)\\b)(?:{w} ){0,2}?than${THAN_NO_TREATMENT}`,
      // A label's accuracy, not a comparison of treatments: "more or less CBD than the label states".
      'more or less (?:{w} )?than',
      // How many a disease affects, not what a treatment does: "thought to affect more adults than anorexia".
      `(?:affects?|affected|affecting) (?:{w} )?(?:more|fewer) (?:{w} ){0,2}?than${THAN_NO_TREATMENT}`,
      // Measured amounts in water, soil or air: "fluoride levels several times higher than in tap water".
      `(?:levels?|concentrations?|amounts?) (?:{w} ){0,5}?(?:higher|lower|greater) than${THAN_NO_TREATMENT}`,
      // People's attitudes and places' business, not health qualities.
      `(?:more|less) (?:dedicated|committed|determined|motivated|aware|worried|concerned|anxious|confident|keen|interested|busy|popular|crowded|important|difficult|complicated|upset|bothered|annoyed|excited|nervous|scared|frightened|embarrassed|fussed|impressed) (?:{w} ){0,3}?than${THAN_NO_TREATMENT}`,
      // Surveillance figures against a baseline: "40% higher than the five-year average".
      `(?:higher|lower|greater|larger|bigger|smaller|more|fewer) (?:{w} ){0,3}?than(?! (?:with|after|taking|using)\\b) (?:in |at |for )?(?:the |a )?(?:{w} ){0,2}?(?:average|baseline|same (?:week|month|period|time|quarter)|previous|last (?:year|week|month|winter|season)|year before|pre-pandemic)(?! (?:{w} )?(?:users?|patients?|${DRUG_NAME})\\b)`,
      // How to find something out, not a claim about a treatment.
      'the only way(?<!\\b(?:is|are) the only way) to (?:know|tell|find out|be sure|check|confirm|diagnose|measure)(?!(?: {w}){0,8} (?:is|are) (?:our|this|these)\\b)',
      '(?:more|less) (?:reliable|accurate|useful) (?:measure|guide|indicator|sign|gauge)',
      // The saying, not a treatment: "his terrible jokes are the best medicine".
      '(?:laughter|laughing|a (?:good )?laugh|jokes|humou?r|giggles|cuddles|hugs) (?:{w} ){0,5}?(?:is|are|was|were) (?:still |always |really )?the best medicine(?! for\\b)',
    ],
    patterns: [
      // "than it saves" still compares: "kills more patients than it saves".
      "(?:better|worse|safer|stronger|faster|slower|longer|cheaper|healthier|gentler|kinder|easier|earlier|sooner|quicker|higher|lower|greater|larger|bigger|smaller|sharper|clearer|smoother|calmer|fitter|leaner|more {w}|less {w}|fewer {w}(?: {w})?) (?:{w} ){0,3}?than(?! (?:{num}|a (?:year|week|month|day)|\\d|ever|expected|usual|normal|average|recommended|before|once|that|it(?! (?:saves|helps|cures|prevents|protects|treats))|they|previously|thought))",
      '(?:bigger|larger|greater|longer-lasting) (?:{w} )?(?:improvements?|benefits?|reductions?|relief) (?:in (?:{w} ){1,2})?than',
      // Posts compare with arrows: "elderberry syrup >>> tamiflu".
      '(?<=\\w )(?:>{2,}|<{2,})(?= \\w)',
      'no (?:better|worse) than',
      // Minimising: "COVID is just a cold", "basically the flu".
      "(?<=\\b(?:is|are|was|its|it's|it is|it was) (?:{w} )?)(?:just|only|basically|merely|nothing more than|no worse than|no more dangerous than|like) (?:a |the )?(?:bad |mild |common |regular |normal |seasonal |heavy )?(?:cold|flu|allergy|allergies|hay fever)\\b",
      '(?:milder|deadlier|severer|more (?:severe|deadly|dangerous|contagious|infectious|transmissible)|less (?:severe|deadly|dangerous|contagious|infectious|transmissible)) (?:{w} ){0,2}?than',
      '(?:natural )?alternative to (?:{w} ){0,2}?(?:{product}|radiotherapy|radiation|prescription|painkillers|steroids|hrt|hormone (?:therapy|replacement))',
      // Product copy sets itself against a medicine whatever it names: "the drug-free alternative to antihistamines".
      '(?:natural|drug-free|medicine-free|chemical-free|safer|gentler|herbal|plant-based|holistic) alternative to',
      '(?:more|better|faster) than any (?:other )?(?:{w} )?(?:inhalers?|drugs?|medicines?|medications?|treatments?|pills?|tablets?|therap(?:y|ies)|supplements?|products?|creams?|vaccines?)\\b',
      // "Nothing else comes close", "does the same job for a tenth of the price".
      'nothing (?:else )?(?:comes|came|come) close|(?:does|do|did|doing) the same job|for a (?:fraction|tenth|quarter|third|half) of the (?:price|cost)',
      "the (?:best|healthiest|safest|most effective|only|strongest|most powerful|most robust|most reliable|most protective|fastest|quickest|surest) (?:{w} ){0,3}?(?:way|thing|choice|option|treatment|remedy|cure|vitamin|supplement|product|medicine|vaccine|jab|shot|diet|defen[cs]e|protection|chance|bet|weapon|formulas?|formulations?|tablet|pill|capsule|cream|gel|spray|tea|oil|device|protocol|programme|program)s?",
      // Without "than": "may work better in older adults".
      '(?:work|works|worked) (?:even |much |far |slightly )?better(?! than)',
      "(?:you(?:'ll| will)? )?ever need",
      '(?:preferred|first|recommended) (?:choice|option|treatment)',
      '(?:work|works|worked|performs?|performed) (?:at least |just |about |nearly |almost )?as well as',
      // Health qualities only: "as soon as", "as long as" and "as many as" compare nothing.
      '(?:just )?as (?:effective|good|safe|fast|accurate|reliable|strong|powerful|protective|potent|contagious|infectious|transmissible|deadly|lethal|dangerous|harmful|risky|toxic|addictive|bad|helpful|beneficial|severe|likely) as|just as well as',
      '{num}(?:x| times) (?:stronger|more (?:powerful|effective|potent)|better|faster|less likely|more likely)',
      'outperform(?:s|ed|ing)?|beats? (?:leading|other|ordinary|regular|conventional)',
      // "beats any painkiller I've tried", "trumps every cream on the market".
      '(?:beats?|beating|trumps?|outdoes|outshines?) (?:any|every|all|most) (?:other )?(?:{w} )?(?:{product}|painkillers?|drugs?|medicines?|medications?|treatments?|pills?|tablets?|creams?|supplements?|remed(?:y|ies)|therap(?:y|ies)|inhalers?|diets?)',
      'replac(?:e|es|ed|ing) (?:{w} ){0,3}?(?:treatments?|drugs?|medications?|medicines?|therap(?:y|ies)|chemo(?:therapy)?|insulin|surgery|statins|antibiotics|antidepressants|inhalers?|tablets|pills|dialysis|transplants?|injections|jabs?|vaccines?|vaccinations?|hearing aids|glasses)\\b(?! (?:cards?|records?|certificates?|passports?|appointments?|letters?))',
    ],
  },

  {
    // "Works as well as antidepressants", "similar protection".
    id: 'comparative.as-well-as',
    category: 'comparative',
    patterns: [
      '(?:work|works|worked|working) (?:just |about |roughly )?as well as',
      // What something does, compared: "do not filter aerosol particles as well as N95 respirators".
      '(?:filter|filters|filtered|block|blocks|blocked|protect|protects|protected|trap|traps|trapped|prevent|prevents|prevented|relieve|relieves|relieved|kill|kills|killed|treat|treats|treated|heal|heals|healed|absorb|absorbs|absorbed|perform|performs|performed) (?:{w} ){0,3}?(?:nearly |almost |quite |just |anywhere near )?as (?:well|effectively|efficiently|reliably) as\\b',
      'as (?:well|much) as (?:{w} )?(?:prescription|drugs|medicines?|medication|painkillers|antidepressants|statins|therapy|placebo|vaccines?|the (?:drug|vaccine|medicine|jab))',
      '(?:similar|comparable|equal|equivalent) (?:{w} )?(?:protection|results|benefits?|efficacy|outcomes|effectiveness|weight loss|improvements?|reductions?|relief|survival)',
      '(?<=\\b(?:protection|immunity|efficacy|effectiveness|results|benefits?|relief|outcomes) (?:{w} ){0,4})(?:comparable|similar|equivalent|equal) to',
      '(?<=\\b(?:the same|similar|comparable) (?:amount of )?)(?:weight loss|benefits?|effects?|results?|protection|relief|improvements?) as',
      '(?:stand in for|substitute for|take the place of) (?:{w} ){0,2}?(?:{product}|prescription|antidepressants|statins|antibiotics|painkillers|mammograms?|screening|smear tests?|colonoscop(?:y|ies)|vaccines?|vaccination|insulin|chemo(?:therapy)?|surgery)',
    ],
  },

  {
    // A comparison with a benchmark treatment or none, as trials and evidence checks put it: "help
    // more than sugar pills", "about as much as a single medication", "a higher chance of
    // myocarditis after one dose than after another", "only vaccination will", "A > B".
    id: 'comparative.benchmark',
    category: 'comparative',
    patterns: [
      '(?<=\\w )(?:any |no |a little |much |far )?(?:more|less|better|worse) than (?:(?:a|the|with|those|people) (?:(?:on|given|taking|having|who (?:had|took|got)) )?(?:a |the )?)?(?:placebos?|sugar pills?|dummy (?:pills?|tablets?|treatments?)|sham\\b|no (?:treatment|{w}ing|{w} at all)|doing nothing|usual care|standard care)',
      '(?:benefit|effect|improvement|difference) beyond (?:that of )?(?:a |the )?(?:placebos?|sugar pills?|dummy (?:pills?|tablets?)|sham\\b)',
      '(?:about|roughly|nearly|almost|just|at least) as (?:much|well) (?:{w} )?as(?! (?:{num}|possible|you|they|we|i|he|she|it|needed|necessary|usual|before))',
      '(?:give|gives|offer|offers|provide|provides) as much (?:{w} )?as',
      '(?:higher|lower|greater|smaller|increased|reduced) (?:risk|chance|odds|likelihood|rate) (?:{w} ){0,6}?than (?:after|with|on|in|for|those|people|patients|babies|children|non-)',
      '(?:more|less) likely (?:{w} ){0,4}?(?:after|with|on) (?:{w} ){0,4}?than (?:after|with|on)',
      '(?<=[,;] )only (?:{w} ){1,3}?(?:will|does|do|can|works?)\\b',
      '(?:similar|comparable) (?:in )?(?:size|magnitude) to (?:those|that) of',
      'the best (?:{w} )?(?:on the market|there is|money can buy)',
    ],
    // Prices, weights and times: "costs about as much as a cup of coffee".
    exceptions: ['(?:costs?|costing|priced|weighs?|weighing|takes?|earns?|pays?|paid|spends?|spent) (?:{w} ){0,2}?(?:about|roughly|nearly|almost|just|at least) as much as'],
  },

  // absolute_guarantee
  {
    id: 'absolute_guarantee.general',
    category: 'absolute_guarantee',
    patterns: [
      'for good|once and for all|permanent(?:ly)?|forever|for life',
      'every time|every single (?:time|one)|works for everyone|for everyone|everyone who',
      'no questions asked|money[- ]back|or your money back',
      'always work(?:s)?|never fails?',
      // "Screening does not always find cancer": a limit a reviewer checks is stated fairly.
      "(?<=\\b(?:does|do|did|will|would|can) not )always (?:work|find|detect|prevent|protect|stop|catch|show|cure|help)",
    ],
    exceptions: ['for life-threatening', '(?:free|available|open|offered) (?:{w} )?(?:for|to) everyone'],
  },
  {
    // A promise never to fall ill or need help again: "so you won't get sick at all this winter",
    // "you'll never need glasses". Its "won't" or "never" is the promise's own wording, so the
    // claim is affirmed.
    id: 'absolute_guarantee.never-again',
    category: 'absolute_guarantee',
    polarity: 'affirmed',
    patterns: [
      "(?:you(?:'ll| will)? )?never (?:need|have to|suffer|get)",
      "(?:will not|never|would not) (?:{w} )?(?:get|fall|become|be) (?:sick|ill|unwell|infected) (?:at all|again|ever)",
    ],
  },
  {
    // Protection or effect with no exceptions: "fully protects", "lifelong immunity", "kills every
    // virus", "nobody has ever died of". On a health topic only: "complete protection" of a roof is
    // not a claim.
    id: 'absolute_guarantee.universal',
    category: 'absolute_guarantee',
    healthTopicOnly: true,
    patterns: [
      '(?:fully|completely|totally|entirely|100% |perfectly) (?:protect(?:s|ed|ing|ive)?|immune|useless|ineffective|pointless)',
      '(?:complete|full|total|lifelong|life-long|lifetime|permanent|absolute|perfect|guaranteed) (?:{w} )?(?:protection|immunity)',
      '(?:lasts?|lasting|protect(?:s|ed)? you) (?:for )?(?:a |your )?(?:lifetime|whole life|entire life)',
      '(?:nobody|no one|no-one|not (?:a single|one) (?:{w} )?(?:person|patient|child|one|adult|kid)) (?:{w} ){0,4}?(?:ever )?(?:dies|died|die|catches|caught|got|gets|ended up|needed|needs|has died|have died|has ever|have ever)',
      '(?:every|all) (?:single )?(?:{w} )?(?:virus(?:es)?|diseases?|illness(?:es)?|variants?|strains?|cancers?|infections?|germs?|bacteria|ailments?|toxins)\\b',
      '(?:cures?|cured|treats?|heals?|fix(?:es)?|prevents?) (?:almost |just about |literally )?(?:everything|anything)',
      '(?:no|zero) (?:{w} )?(?:side effects?|risks?|harm|danger) (?:at all|whatsoever|of any kind)',
      'in any way|any (?:lasting|long-term|permanent) (?:harm|damage|effects?)',
      '(?<=\\b(?:cur(?:es|ed)|heal(?:s|ed)|sav(?:es|ed)|kill(?:s|ed)?|protect(?:s|ed)? (?:{w} )?against) )(?:every|all) (?:single )?(?:{w} )?(?:patients?|people|persons?|cases?|coronavirus(?:es)?|kinds?|types?|forms?)',
      '(?:always|never) (?:{w} )?(?:drops?|end(?:s)? up|enters?|reach(?:es)?|catch(?:es)?|miss(?:es)?|develops?)\\b',
      '(?<=\\b(?:is|are|was|were|be) (?:virtually |practically |almost |simply )?)impossible(?! to (?:say|tell|know|predict|be sure|avoid))',
      '(?:clear(?:s|ed|ing)?(?: up)?|wip(?:e|es|ed) out) (?:{w} ){0,3}?(?:completely|for good|permanently|entirely|totally)',
      'zero (?:side effects?|risks?|chance of)',
    ],
    exceptions: [
      // A share of cases, not a promise: "a quarter of all cancers", "all cancers are different".
      '(?:of|in) (?:all|every) (?:{w} )?(?:cancers?|diseases?|infections?|illness(?:es)?|strains?|variants?)',
      'all (?:{w} )?(?:cancers?|diseases?|infections?|illness(?:es)?) (?:are|is) (?:different|unique)',
      // What is true of some people, not a promise: "why some people never catch colds".
      'some (?:{w} ){0,3}?(?:always|never) (?:{w} )?(?:catch|develop|get|reach)\\w*',
    ],
  },

  {
    // An absolute put on what something does, or on who must take it: "stops seizures completely",
    // "kills any virus", "definitely shortens labour", "protects your family all season long",
    // "every woman going through the menopause should be on HRT".
    id: 'absolute_guarantee.qualified',
    category: 'absolute_guarantee',
    healthTopicOnly: true,
    patterns: [
      '(?:stops?|stopped|regulat(?:es|ed)|gave up|give up|avoid(?:s|ed|ing)?|cut(?:s)? out|clear(?:s|ed)?|prevents?|prevented|protects?|protected|blocks?|blocked|heals?|healed|fix(?:es|ed)?|cures?|cured|removes?|removed|eliminates?|eliminated|kills?|killed) (?:{w} ){1,4}?(?:completely|altogether|entirely|totally)',
      // "every germ" and "all viruses" are the universal rule's.
      '(?:destroys?|destroyed|kills?|killed|strips?|stripped|removes?|removed|wipes? out|wiped out) (?:any|all of)\\b',
      'definitely (?:{w} )?(?:shortens?|works?|helps?|cures?|prevents?|stops?|boosts?|reduces?|lowers?|improves?|fixes|heals?|clears?)',
      '(?:all|the (?:entire|whole)) (?:season|winter|summer|year|day|night)(?: long)?(?<=\\b(?:protect\\w*|safe|immune|protection|symptom-free|pain-free|free)(?: {w}){0,6} (?:all|the (?:entire|whole)) (?:season|winter|summer|year|day|night)(?: long)?)',
      '(?:every|all) (?:{w} )?(?:adults?|women|men|man|children|kids|babies|person|people|woman|girl|boy|mother|father|parent)s?(?: {w}){0,5}? (?:should|must|needs? to|ought to)',
      '(?:everyone|everybody) (?:{w} ){0,4}?(?:should|must|ought to|needs? to)',
    ],
  },

  // hype_sensational
  {
    id: 'hype_sensational.general',
    category: 'hype_sensational',
    healthTopicOnly: true,
    patterns: [
      // Praise of a person or a policy is not hype about a treatment: "hailed as a safe pair of hands".
      "hail(?:s|ed|ing)?(?! from| (?:{w} ){0,3}?as (?:an? |the )?(?:'|\")?(?:safe pair|cure for (?:waiting|the (?:nhs|housing|crisis))|hero|saviour|success|triumph|victory|turnaround|fresh start))",
      '(?:pounds|fat|weight|kilos|inches|belly fat|the weight) (?:simply |just |literally |will |start to )?(?:melts?|melted|melting|falls?|fell|drops?|dropped|flies|flew) (?:away|off)|turning point|game[- ]?changer|game[- ]?changing|revolution(?:s)?|superfood|super[- ]?food|secret|ancient (?:remedy|secret|cure)|big pharma|shocking|amazing|incredible|stunning|remarkable|pioneering|cutting[- ]edge|the future of|wonder (?:pill|drug|jab)|magic|breakthrough|doctors (?:hate|are stunned|are amazed|were amazed)|flies off the shelves|total game',
    ],
  },

  {
    // "the cure doctors don't want you to know about": the denial is the hype's own wording.
    id: 'hype_sensational.suppressed',
    category: 'hype_sensational',
    polarity: 'affirmed',
    patterns: [
      "(?:doctors|they|big pharma|drug companies|the industry|pharma) (?:{w} )?(?:do not|does not) want you to (?:know|find out|hear)",
    ],
  },

  // testimonial_anecdote
  {
    id: 'testimonial_anecdote.first-person',
    category: 'testimonial_anecdote',
    message: FIRST_PERSON_MESSAGE,
    patterns: [
      `(?<=\\b(?:${STORYTELLER})\\b[^.!?\\n]{0,80})${OUTCOME}`,
      `${OUTCOME}(?=[^.!?\\n]{0,40}\\b(?:i|my|me|his|her)\\b)`,
      "(?<=\\b(?:i|we|she|he) (?:{w} ){0,2}?(?:can|could|was able to|am able to|'m able to|are able to) (?:{w} ){1,4}?)again",
      "(?<=\\b(?:it|this|that|nothing else) (?:really |actually |finally |just |totally |honestly )?)(?:worked|did)(?=[.!,]|\\s+(?:for|when|wonders|like|where|after|within|and)|$)",
      '(?<=\\b(?:customers|users|people|members|clients|buyers|participants?|patients?) (?:{w} ){0,2}?)(?:say|said|report|reported|tell us|told us|swear|rave)',
      '(?:said|says|told) (?:one |a |the )?(?:participant|patient|customer|mother|father|user|woman|man)',
      '(?:real people|real results|living proof|i swear by)',
      '(?:cured|healed|fixed|cleared|reversed|shrank|shrunk|cut|stopped|halved|eased|relieved|got rid of|saved|changed|improved|lowered|reduced|dropped|lifted|transformed|knocked out|sorted(?: out)?|banished|kicked) (?:my|our)',
      'made (?:no|any) difference|did (?:absolutely )?nothing for|done wonders|healthier than ever|fog lifted|down (?:by )?{num} points',
      // A review of what a product has done: "these ginkgo tablets have done nothing for the ringing".
      '(?<=\\b(?:these|this|the|my) (?:{w} ){0,3}?(?:{product}|drops|gumm(?:y|ies)|capsules|lozenges|sprays?|patch(?:es)?|balm|serum|powder) (?:have|has) )(?:done (?:absolutely |literally )?(?:nothing|zilch|wonders)|made (?:no|zero|little|a (?:{w} )?) difference)',
      // What helps the teller do something: "white noise at night helps me drop off".
      '(?:helps|helped|helping) me (?:to )?(?:drop off|nod off|fall asleep|get to sleep|stay asleep|sleep|relax|unwind|switch off|breathe|cope|focus|concentrate|keep going|get through the day|stay calm|calm down|lose weight|feel better)\\b',
      '(?:taken|took|brought|got) (?:my|his|her|our) (?:{w} ){0,3}?from (?:an? )?{num} (?:down )?to (?:an? )?{num}',
      "(?:(?:did|have|has|had) not|never|(?<!\\b(?:do|does) )not) (?:notice|noticed|see|seen|feel|felt) (?:any|much|a|the slightest) (?:difference|change|improvement|benefit)",
      // Progress told as it happens: "I think it's finally starting to work", "might be helping".
      `(?<=\\b(?:${STORYTELLER})\\b[^.!?\\n]{0,80})(?:starting to (?:help|work|kick in)|(?:might|may|could) be (?:helping|working|doing something)\\b|(?:is|are) (?:really |definitely |actually |slowly |finally )?helping (?:with )?my (?:{condition}|symptoms|pain|sleep|skin|mood|energy|joints|gut|digestion))`,
    ],
    exceptions: [
      '(?:my|your) (?:doctor|gp|nurse|midwife|pharmacist) (?:said|says|told)',
      'cured? of (?:her|his|my|their) (?:fear|phobia)\\b(?![-,]| (?:and|or|plus)\\b)',
      // Prices and services, not outcomes: "the prescription charge has gone up again", "my
      // dentist stopped taking NHS patients".
      '(?:prices?|charges?|costs?|fees?|bills?|fares?|rent) (?:{w} ){0,2}?(?:has |have |had )?gone (?:up|down)(?: again)?',
      'stopped (?:taking|accepting|seeing|registering) (?:on )?(?:new |nhs |private )?(?:patients|referrals|bookings|appointments)',
      // A worry, not an outcome: "it's gone a bit red", "my ankle has gone all swollen".
      'gone (?:a (?:bit|little) |very |really |quite |all |slightly )?(?:red|pink|purple|blue|black|white|yellow|green|swollen|puffy|hot|numb|hard|itchy|sore|crusty|weepy|septic|infected|funny|weird|bad)\\b',
      // Repeating a course or a test, not an outcome: "do they have to start again?".
      'start(?:ing)? (?:it |them |the course |all )?(?:over )?again',
      // A compound adjective, as method text uses it: "we gave more weight to better-designed trials".
      'better-(?:designed|quality|conducted|powered|controlled|informed|equipped|known|placed|funded|organi[sz]ed|trained|paid|lit|run)',
      // An editor's note on a story: "some details have been changed to protect his identity".
      '(?:names?|details)(?: and (?:{w} ){0,2}?(?:names?|details))? (?:(?:have|has|had) been|were|was) (?:changed|altered)',
    ],
  },

  {
    // Outcomes told in everyday words ("went down from 64 to 41", "still in remission", "sleep like
    // a baby", "seizure-free"), in rules of their own so that each keeps a few long literal prefixes.
    id: 'testimonial_anecdote.first-person-everyday',
    category: 'testimonial_anecdote',
    message: FIRST_PERSON_MESSAGE,
    patterns: [
      `(?<=\\b(?:${STORYTELLER})\\b[^.!?\\n]{0,80})(?:(?:went|came) (?:down|up) from|never (?:shifted|budged)|(?:still|in) remission|like a (?:baby|log)|slept through)`,
    ],
  },
  {
    // A remedy at work on someone's own trouble: "I think the LDN is helping my ME a little". On a
    // health topic only: "my sister is helping my mum with her shopping" is no story of a remedy.
    id: 'testimonial_anecdote.remedy-at-work',
    category: 'testimonial_anecdote',
    message: FIRST_PERSON_MESSAGE,
    healthTopicOnly: true,
    patterns: [
      "(?:is|are|it's|that's|he's|she's|has been|have been) (?:really |definitely |actually |slowly |finally |honestly )?(?:helping|working wonders for|doing wonders for|making a (?:real |big |huge )?difference to)(?: with)? (?:my|his|her|our)\\b",
      // A post unsure of its own remedy: "spearmint tea maybe helping with the chin hairs?", "possibly helps a little??".
      '(?:maybe|possibly|perhaps|probably) (?:helping|helps)(?=(?: (?:a (?:little|bit)|with)\\b|[?!.]))',
    ],
  },
  {
    id: 'testimonial_anecdote.first-person-free',
    category: 'testimonial_anecdote',
    message: FIRST_PERSON_MESSAGE,
    patterns: [
      `(?<=\\b(?:${STORYTELLER})\\b[^.!?\\n]{0,80})(?:(?:seizure|symptom|relapse|migraine|flare|steroid|acne|cancer)-free|(?:hurt|hurts) any ?more|did (?:zilch|nothing))`,
    ],
  },
  {
    // "hasn't had a single attack since", "haven't used my inhaler once since": an outcome told
    // through what stopped, so the negation is the story's own and the outcome is affirmed.
    id: 'testimonial_anecdote.none-since',
    category: 'testimonial_anecdote',
    polarity: 'affirmed',
    message: FIRST_PERSON_MESSAGE,
    patterns: [
      "(?<=\\b(?:i|i've|we|we've|she|he|my \\w+|our \\w+)\\b[^.!?\\n]{0,20})(?:(?:have|has|had|did) not|not) (?:had|needed|used|taken|touched|snored|missed|suffered|felt|woken|been (?:back )?(?:to|in)) (?:{w} ){0,6}?(?:since|once|in (?:over |nearly |almost )?{num} (?:years?|months?|weeks?)|all (?:year|winter|month|summer))",
      "(?<=\\b(?:i|i'm|i've|we|we're|she|she's|he|he's|my \\w+|our \\w+)\\b[^.!?\\n]{0,60})without (?:wincing|pain|my stick|a stick|a frame|stopping|help|struggling|getting (?:breathless|tired|out of breath)|(?:my|an|the) inhaler|any (?:pain|help|problems|trouble))",
    ],
  },

  {
    // Posts drop the "I": "felt better in 48 hrs", "haven't had a flare in 2 years", "slept straight
    // through", "never once felt rough". At the start of a sentence or after a comma.
    id: 'testimonial_anecdote.dropped-subject',
    category: 'testimonial_anecdote',
    polarity: 'affirmed',
    message: FIRST_PERSON_MESSAGE,
    patterns: [
      '(?<=(?:^|[,.!?;] ))felt (?:{w} )?(?:better|worse|awful|terrible|rough|great|fine|wiped out|rubbish|horrendous|grim|drained|exhausted|human again)',
      "(?<=(?:^|[,.!?;] ))(?:have not|has not|not) (?:had|needed|used|taken) (?:a|an|any|one|my) (?:{w} ){0,3}?(?:since|in (?:over |nearly |almost )?{num} (?:years?|months?|weeks?)|all (?:year|winter|summer))",
      '(?<=(?:^|[,.!?;] ))slept (?:straight |right )?through',
      '(?<=(?:^|[,.!?;] ))no more (?:{w} )?(?:pain|aches|headaches|migraines|flares?|flare-ups|attacks|seizures|spots|breakouts|itching|heartburn|reflux|bloating|brain fog|hot flushes|night sweats|insomnia|panic attacks)',
      'never (?:once )?(?:been|got|gotten|felt) (?:sick|ill|unwell|poorly|rough)(?: once| since)?',
    ],
  },
  {
    // What a jab, a pill or a habit did to the teller: "gave me shingles", "made my period go
    // haywire", "keeps me flu free", "melted 10kg off me". On a health topic only.
    id: 'testimonial_anecdote.done-to-me',
    category: 'testimonial_anecdote',
    healthTopicOnly: true,
    message: FIRST_PERSON_MESSAGE,
    patterns: [
      "(?:gave|given|give) (?:me|us|him|her) (?:{w} )?(?:shingles|covid|flu|[\\w-]+ poisoning|side effects|symptoms|heartburn|indigestion|reflux|nausea|diarrho?ea|palpitations|insomnia|nightmares|cramps|hives|a (?:{w} )?(?:rash|headache|migraine|fever|reaction|infection|cold|bug|clot|blood clot|stomach ache|upset stomach))",
      '(?:made|makes|left) (?:me|my (?:{w} )?(?:period|periods|cycle|skin|joints|arm|heart|head|stomach|gut|sugars|bp)) (?:{w} )?(?:go haywire|sick|ill|worse|dizzy|nauseous|itchy|swollen|sore|numb|bleed|race|racing|pound|pounding|flutter|fluttering)',
      '(?:keeps|kept|keeping) (?:me|us|my (?:{w} )?(?:kids|family|household)) (?:{w} )?(?:free|healthy|well)',
      '{num} ?(?:kg|kilos?|lbs?|pounds|stone) off (?:me|my|him|her)\\b',
      '(?:flattened|floored|wiped|knocked) (?:me|him|her|us) (?:out )?for',
    ],
  },
  {
    // How long someone has been on something, then what happened: "Three days on nitrofurantoin
    // and the burning was gone", "two weeks on the iron and I'm...", "has gone eight months
    // without a seizure", "gave these gummies a proper go for a month and I still...".
    id: 'testimonial_anecdote.time-on',
    category: 'testimonial_anecdote',
    message: FIRST_PERSON_MESSAGE,
    // An age ("given at one year of age and the second at three"), not time on a treatment.
    exceptions: ['(?:days?|weeks?|months?|years?) of age\\b(?!-)'],
    patterns: [
      '{num} (?:days?|weeks?|months?|years?|nights?|rounds?|sessions?|courses?|doses?|injections?|infusions?) (?:on|of|off|into|taking|using|with|without) (?:{w} ){1,4}?(?:and|,) (?:{w} ){0,2}?(?:i|i\'m|i\'ve|my|me|we|the|it|he|she|his|her|still|no|not|honestly)\\b',
      '(?:gone|went|been) {num} (?:days?|weeks?|months?|years?) without (?:a|an|any)',
      '(?:gave|given|give) (?:{w} ){1,4}?a (?:proper|good|fair|real|decent) (?:go|try|shot)',
      '(?:a different (?:child|person|man|woman|boy|girl)|a new (?:person|man|woman)) since',
      "(?:first|best|longest) (?:{w} )?(?:night|day|week|month|sleep|run|walk|seizure|fit|migraine|attack|flare(?:-up)?|relapse|period|hypo|episode)(?:s|'s sleep)? in (?:ages|years|months|forever|(?:over |nearly |almost )?{num} (?:years|months|weeks))",
      // A change at home, then how someone is now: "Since we went gluten free our little one is talking".
      "since (?:i|we|she|he) (?:went|started|stopped|switched(?: to)?|began|cut out|gave up|ditched|quit|dropped|swapped|tried) (?:{w} ){1,3}?(?:our|my|his|her|i|i'm|i've|she|he|we)\\b",
      // "Since going on the preventer twice daily my son hasn't had a single attack."
      "since (?:going on|starting|taking|using|switching to|stopping|cutting out|giving up) (?:{w} ){1,5}?,? ?(?:my|our) (?:{w} )?(?:has|have|is|are|no longer|never|can|cannot)\\b",
    ],
  },
  {
    // A quoted customer or patient, named with an age: "... within a fortnight," says Brian, 71.
    id: 'testimonial_anecdote.named-quote',
    category: 'testimonial_anecdote',
    caseSensitive: true,
    message: FIRST_PERSON_MESSAGE,
    patterns: ['(?:says|said|explains|adds|recalls) [A-Z][a-z]+(?: [A-Z][a-z]*\\.?)?, (?:\\d{2}|aged \\d{2})\\b'],
  },

  // regulatory_status
  {
    // Not yet tried in people: "has so far only been tested in mice", "tested only in the lab". A
    // product's status told as a caution, so hedged whatever the sentence's other words.
    id: 'regulatory_status.animals-only',
    category: 'regulatory_status',
    severity: 'warning',
    polarity: 'hedged',
    patterns: [
      '(?:only|so far) (?:(?:so far|ever|yet|been|just) ){0,3}(?:tested|studied|trialled|tried|shown to work|been shown to work) (?:in|on) (?:mice|rats|animals|cells|(?:a |the )?lab(?:oratory)?|(?:a |the )?(?:petri )?dish|test tubes?)\\b',
      '(?:tested|studied|trialled|worked) only (?:in|on) (?:mice|rats|animals|cells|the lab(?:oratory)?)\\b',
    ],
  },
  {
    id: 'regulatory_status.general',
    category: 'regulatory_status',
    patterns: [
      'licen[cs]ed (?:in|for|medicines?|products?|treatments?)|unlicen[cs]ed',
      'authori[sz]ation|authori[sz]ed (?:for|by|in)|emergency use',
      '(?:cleared|registered|approved|evaluated|tested|reviewed) (?:by|with) the (?:fda|ema|mhra|agency|regulator)',
      'fda[- ](?:registered|cleared|approved|listed)',
      '(?<=\\b(?:not|never) (?:yet |been |ever ){0,3})(?:evaluated|tested|approved|licen[cs]ed|cleared|authori[sz]ed)',
      'granted (?:{w} ){0,3}?(?:status|designation|approval|licen[cs]e)',
      // "Registered as a Class I medical device": a device's regulatory status.
      '(?:registered|certified|classified|ce[- ]marked) as an? (?:class (?:i{1,3}|[123][ab]?) )?medical device|ce[- ]marked',
      // Headline wording: "wins UK approval", "pause on J&J shot".
      '(?:wins?|won|winning|gets?|secures?|secured|receives?|received) (?:{w} ){0,2}?(?:approval|authori[sz]ation|marketing authori[sz]ation|licen[cs]e)\\b',
      '(?:pause|pauses|paused|halt|halts|halted|suspend|suspends|suspended|suspension) (?:on |of |in )?(?:{w} ){0,3}?(?:vaccines?|shots?|jabs?|rollout|vaccinations?|drugs?|medicines?)\\b',
      // Headline wording: "gets green light from medicines watchdog".
      '(?:green[- ]light|go-ahead|thumbs[- ]up|rubber[- ]stamp(?:ed)?) (?:{w} ){0,2}?(?:from|by) (?:the )?(?:{w} ){0,2}?(?:watchdog|regulators?|fda|ema|mhra|nice|agency)',
      'misbranded|adulterated|new drugs?|unapproved',
      '(?<=\\b(?:is|are) (?:therefore |thus )?(?:a |an )?)(?:drug under|drugs under|drug within|drugs within|drug as defined|drugs as defined|medical device under|medical devices under)',
      'generally recogni[sz]ed as safe',
      'premarket|marketing clearance',
      'available on the nhs|(?:watchdog|regulators?|nice|fda|ema|mhra) (?:has |have )?(?:approved|cleared|backed|recommended|rejected|approves|clears|backs|recommends|rejects|authori[sz]e[sd])',
      'approv(?:e|ed|al) (?:{w} ){0,3}?(?:{product}|for (?:use|children|adults))',
      '(?<=\\b(?:was|were|been|got|is|are) (?:now |recently |finally |first |previously )?)(?:approved|licen[cs]ed|authori[sz]ed)(?= (?:in|by|after|for|last|this|on|as)\\b)',
      '(?<=\\b(?:{product}|it|they) (?:{w} ){0,3}?(?:was|were|been|is|are|be|got|gets) (?:{w} )?)(?:approved|licen[cs]ed|authori[sz]ed|cleared)',
    ],
  },
]
