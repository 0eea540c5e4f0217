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

/** Superscript and subscript digits and signs: NFKC makes "10⁵" (100,000) read "105". */
const RAISED_OR_LOWERED = /[\u00b2\u00b3\u00b9\u2070-\u209c]/
const RAISED_OR_LOWERED_ALL = new RegExp(RAISED_OR_LOWERED.source, 'g')
const LOWERED_FROM = 0x2080

/**
 * What a claim's key is made of: the sentence as matched (`collapsed`), and, where the stored
 * sentence holds superscript or subscript characters, that sentence with each of them marked, so
 * that a decision on "105 units" does not stand for "10⁵ units". Other sentences keep the key
 * they always had.
 */
export function keySentence(stored: string, collapsed: string): string {
  if (!RAISED_OR_LOWERED.test(stored)) return collapsed
  const marked = stored.replace(RAISED_OR_LOWERED_ALL, (char) => `${char.charCodeAt(0) >= LOWERED_FROM ? '_' : '^'}${char.normalize('NFKC')} `)
  return `${collapsed}\u0001${normaliseSentence(marked)}`
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
