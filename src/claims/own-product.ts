import { wordList } from './rules/alternation-trie.js'
import { PRODUCT, SOLD_FORM } from './rules/lexicon.js'

// "our vaccine finder", "my medicines review": a service named after a product, not the product.
const SERVICE = 'finders?|clinics?|cent(?:re|er)s?|services?|pages?|sites?|programmes?|programs?|teams?|helplines?|bookings?|appointments?|advice|information|leaflets?|reviews?|policy|policies|records?|list'

const OWN_PRODUCT = new RegExp(
  `\\b(?:our|my) (?:[\\w'-]+ ){0,2}?${wordList(`${PRODUCT}|${SOLD_FORM}`)}\\b(?! (?:${SERVICE})\\b)`,
  'i',
)

/**
 * Whether a sentence promotes the writer's own product ("our tea", "my drops"). Its everyday
 * words are then part of the pitch: no rule exception excuses a claim there ("Take 30% off your
 * cholesterol with our oat shots").
 */
export function promotesOwnProduct(sentence: string): boolean {
  return OWN_PRODUCT.test(sentence)
}
