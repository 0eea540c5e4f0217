/**
 * Word tokens of the claim classifier, read straight from char codes so that scanning a sentence
 * allocates nothing: each token is reported as a hash (FNV-1a, cut to 30 bits) of its lower-cased
 * form, with its offsets. ASCII letters are lower-cased; other letters are hashed as they are (the
 * text is already normalised, see normalize.ts). Words may hold inner apostrophes ("don't"); a
 * hyphen splits words ("FDA-approved" is "fda" "approved"). A number ("12", "1,500", "0.5") is the
 * token `<num>` and a percent sign is the token `%`. Training and inference share this definition.
 */

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Hashes are cut to 30 bits: small integers, the cheapest keys of a Map. */
const HASH_BITS = 0x3fffffff

/** The hash scanTokens reports for `word` (already lower-cased, or `<num>`). */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME)
  return hash & HASH_BITS
}

export const NUMBER_TOKEN = '<num>'
const NUMBER_HASH = wordHash(NUMBER_TOKEN)
const PERCENT_HASH = wordHash('%')

const isAsciiLetter = (code: number) => (code | 0x20) >= 97 && (code | 0x20) <= 122
const isDigit = (code: number) => code >= 48 && code <= 57
/** Letters beyond ASCII: Latin-1 letters and up, except general punctuation and surrogates. */
const isOtherLetter = (code: number) =>
  code >= 0xc0 &&
  code !== 0xd7 &&
  code !== 0xf7 &&
  !(code >= 0x2000 && code <= 0x2bff) &&
  !(code >= 0xd800 && code <= 0xdfff) &&
  !(code >= 0x3000 && code <= 0x303f) &&
  !(code >= 0xfe00 && code <= 0xfe0f)
const isLetter = (code: number) => isAsciiLetter(code) || isOtherLetter(code)

/** Calls `visit(hash, start, end)` for each token of `text[start, end)`, in text order. */
export function scanTokens(
  text: string,
  start: number,
  end: number,
  visit: (hash: number, tokenStart: number, tokenEnd: number) => void,
): void {
  let i = start
  while (i < end) {
    const code = text.charCodeAt(i)
    if (isLetter(code)) {
      const tokenStart = i
      let hash = FNV_OFFSET
      while (i < end) {
        const c = text.charCodeAt(i)
        if (isAsciiLetter(c)) hash = Math.imul(hash ^ (c | 0x20), FNV_PRIME)
        else if (isOtherLetter(c)) hash = Math.imul(hash ^ c, FNV_PRIME)
        else if (c === 39 && i + 1 < end && isLetter(text.charCodeAt(i + 1)))
          hash = Math.imul(hash ^ 39, FNV_PRIME)
        else break
        i++
      }
      visit(hash & HASH_BITS, tokenStart, i)
    } else if (isDigit(code)) {
      const tokenStart = i
      i++
      while (i < end) {
        const c = text.charCodeAt(i)
        if (isDigit(c)) i++
        else if ((c === 44 || c === 46) && i + 1 < end && isDigit(text.charCodeAt(i + 1))) i += 2
        else break
      }
      visit(NUMBER_HASH, tokenStart, i)
    } else {
      if (code === 37) visit(PERCENT_HASH, i, i + 1)
      i++
    }
  }
}

/** The token's text as the model's vocabulary spells it (training and explanations). */
export function tokenWord(text: string, start: number, end: number): string {
  if (isDigit(text.charCodeAt(start))) return NUMBER_TOKEN
  let word = ''
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    word += String.fromCharCode(isAsciiLetter(code) ? code | 0x20 : code)
  }
  return word
}
