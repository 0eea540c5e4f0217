import { compiledNow } from '../native-regexp.js'
import { wordList } from '../rules/alternation-trie.js'
import { CONDITION, MEASURE, NAMED_MEDICINE, ORGAN, PRODUCT } from '../rules/lexicon.js'

/** Words that put a sentence on a health topic, beyond the lexicons' conditions, organs, measures, products and medicines. */
const HEALTH_WORDS = [
  'health(?:y|ier)?',
  'diseases?',
  'illness(?:es)?',
  'ill',
  'sick(?:ness)?',
  'symptoms?',
  'patients?',
  'doctors?',
  'gps?',
  'nurses?',
  'clinics?',
  'hospitals?',
  'medical(?:ly)?',
  'doses?',
  'vaccin\\w*',
  'virus(?:es)?',
  'viral',
  'bacteria(?:l)?',
  'germs',
  'infect\\w*',
  'immune',
  'pregnan\\w*',
  'bab(?:y|ies)',
  'newborns?',
  'exercise',
  'mental',
  'stress',
  'recover\\w*',
  'heal\\w*',
  'treat\\w*',
  'surgery',
  'scans?',
  'screening',
  'diagnos\\w*',
  'deaths?',
  'died',
  'masks?',
  'lungs?',
  'teeth',
  'eyes?',
  // Supplements and therapies that the lexicons do not name.
  'collagen',
  'probiotics?',
  'turmeric',
  'curcumin',
  'echinacea',
  'ginkgo',
  'ginseng',
  'elderberry',
  'ashwagandha',
  'glucosamine',
  'cbd',
  'fish oil',
  'omega-?3s?',
  'iron tablets',
  "st john's wort",
  'saw palmetto',
  'homeopath\\w*',
  'acupuncture',
  'chiropract\\w*',
  'osteopath\\w*',
  'physiotherapy',
  'massage',
  // Conditions and complaints that the condition lexicon does not list.
  'thrombosis',
  'dvt',
  'atrial fibrillation',
  'jet lag',
  'earwax',
  'bald(?:ness| patches)',
  'colic',
  'hangovers?',
  'cramps?',
  'snoring',
  'intoleran(?:ce|t)',
  'allergic',
  'corona',
  'hallucinations?',
  'fevers?',
  'coughs?',
  'rash(?:es)?',
  'nausea',
  // Medical word endings: an inflammation, a growth, a blood or nerve disorder, an operation, and
  // the stems of generic drug names, so that conditions and medicines no lexicon lists still count.
  '[a-z]{3,}(?:itis|osis|aemia|emia|pathy|algia|ectomy|otomy|oscopy)',
  '[a-z]{2,}(?:mab|vir|cillin|mycin|cycline|statin|pril|sartan|olol|azole|prazole|tidine|gliptin|gliflozin|glutide|afil|oxetine|triptan|dronate|parin|xaban|semide|thiazide|dipine)',
].join('|')

/**
 * Whether a sentence is about health at all. The statistical model only reads sentences that are:
 * with no health word it learned nothing about, it would flag figures of speech by their claim
 * words alone ("a cure for boredom"). Compiled on prose up front (see native-regexp.ts): compiled on
 * the first sentence it read, this test took 3.8% of the scan of an article, and 0.8% this way.
 */
const HEALTH_TOPIC = compiledNow(
  new RegExp(`\\b${wordList([CONDITION, ORGAN, MEASURE, PRODUCT, NAMED_MEDICINE, HEALTH_WORDS].join('|'))}\\b`, 'i'),
)

export function isOnHealthTopic(sentence: string): boolean {
  return HEALTH_TOPIC.test(sentence)
}
