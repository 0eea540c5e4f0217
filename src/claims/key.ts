import * as crypto from 'node:crypto'
import { compiledNow } from './native-regexp.js'
import { normalizeClaimText } from './normalize.js'

/**
 * Claim keys: a reviewer's decision is stored against this key, so it must survive edits elsewhere
 * in the document (no offsets, no node paths) and die when the claim's own sentence changes.
 */

const WHITESPACE = /\s+/g
const UNUSUAL_WHITESPACE = compiledNow(/\s\s|[^\S ]/)

/** Lower-cased, whitespace collapsed, curly quotes and dashes folded. */
export function normaliseSentence(sentence: string): string {
  return collapseSentence(normalizeClaimText(sentence))
}

/** normaliseSentence for text that normalizeClaimText has already folded (the scanner's hot path). */
export function collapseSentence(folded: string): string {
  const lower = folded.toLowerCase()
  return (UNUSUAL_WHITESPACE.test(lower) ? lower.replace(WHITESPACE, ' ') : lower).trim()
}

/**
 * Characters matching reads as others that a reader reads differently: superscript and subscript
 * digits and signs ("10⁵" is 100,000, matched as "105"), vulgar fractions ("1½" is matched as
 * "11/2") and the combining marks that strike a character through ("5̶0̶") or enclose it (a circle
 * with a slash, the sign for "no"). Also the decimal digits of other scripts, matched by their
 * value, which readers of another script may take for the Latin digit they look like (Bengali "৪"
 * is 4 and looks like 8); not fullwidth or mathematical digits, which look like what they are.
 */
const READ_DIFFERENTLY =
  /[\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209c\u2150-\u215f\u2189]|[\u0334-\u0338]|[\u20d2\u20d3]|[\u20dd-\u20e0]|[\u20e2-\u20e6]|[\u20ea\u20eb]|[^\P{Nd}0-9\uff10-\uff19\u{1d7ce}-\u{1d7ff}\u{1fbf0}-\u{1fbf9}]/u
const READ_DIFFERENTLY_ALL = new RegExp(READ_DIFFERENTLY.source, 'gu')

/**
 * What a claim's key is made of: the sentence as matched (`collapsed`), and, where the stored
 * sentence holds characters a reader reads otherwise than matching does, that sentence with each of
 * them named, so that a decision on "105 units" does not stand for "10⁵ units". Other sentences
 * keep the key they always had.
 */
export function keySentence(stored: string, collapsed: string): string {
  if (!READ_DIFFERENTLY.test(stored)) return collapsed
  const named = stored.replace(READ_DIFFERENTLY_ALL, (char) => ` u${char.codePointAt(0)!.toString(16)} `)
  return `${collapsed}\u0001${normaliseSentence(named)}`
}

/** One-shot `crypto.hash` where the runtime has it (Node >= 20.12): about twice as fast. */
const sha256Hex: (input: string) => string =
  typeof crypto.hash === 'function'
    ? (input) => crypto.hash('sha256', input, 'hex')
    : (input) => crypto.createHash('sha256').update(input).digest('hex')

export const KEY_LENGTH = 20

/**
 * `fieldPath`, `normalisedSentence` (see normaliseSentence) and `category` joined by NUL, hashed:
 * findings of one category in one sentence are one claim, whichever rules matched it.
 */
export function claimKey(fieldPath: string, normalisedSentence: string, category: string): string {
  return sha256Hex(`${fieldPath}\u0000${normalisedSentence}\u0000${category}`).slice(0, KEY_LENGTH)
}
