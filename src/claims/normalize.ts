import { confusablesMap } from 'confusables'

/**
 * Text as the rules see it. Typographic variants fold to ASCII one for one (curly quotes, dashes,
 * odd spaces). Characters used to hide a claim are undone: format characters (zero-width spaces
 * and joiners, soft hyphens, bidi controls) and combining marks are dropped, compatibility forms
 * (fullwidth, mathematical letters, ligatures) take their NFKC form, and look-alike letters from
 * other scripts (Cyrillic "с" for "c") fold to the Latin letter they imitate, using the Unicode
 * confusables data of the `confusables` package. Offsets into the original text are kept per
 * character, so findings still point at what the writer typed.
 */

const FOLDABLE =
  /[\u00a0\u00ab\u00bb\u2007\u2009\u200a\u2010-\u2015\u2018-\u201f\u2032\u2033\u2035\u2036\u2212\u202f\u205f\u3000]/
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g')

/**
 * Anything outside ASCII, the foldable set and printable Latin-1 (accented letters, £, °) needs the
 * slow path. Almost all real text passes this test and keeps one-for-one offsets.
 */
const NEEDS_WORK =
  /[^\t-\x7f\u00a0-\u00ac\u00ae-\u00ff\u2007\u2009\u200a\u2010-\u2015\u2018-\u201f\u2020-\u2022\u2026\u2030\u2032\u2033\u2035\u2036\u2122\u2212\u202f\u205f\u3000\u20ac]/

const INVISIBLE = /^[\p{Cf}\p{M}]$/u
const LATIN = /^[\t-\x7f\u00a0-\u017f]$/

/** Look-alike letters and digits to their ASCII model; ASCII itself is never remapped. */
const LOOK_ALIKES = new Map<string, string>()
for (const [char, model] of confusablesMap) {
  if (!LATIN.test(char) && /^[A-Za-z0-9]{1,2}$/.test(model)) LOOK_ALIKES.set(char, model)
}

function fold(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x00ab || code === 0x00bb || (code >= 0x201c && code <= 0x201f)) return '"'
  if (code === 0x2033 || code === 0x2036) return '"'
  if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032 || code === 0x2035) return "'"
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-'
  return ' '
}

/** One-for-one folding only (quotes, dashes, spaces): for text already known to need nothing else. */
export function normalizeText(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, fold) : text
}

export interface NormalizedText {
  text: string
  /** Original offset of each normalised character, or null when offsets are unchanged. */
  starts: number[] | null
  /** Original end offset (exclusive) of each normalised character, or null. */
  ends: number[] | null
}

function replacement(char: string): string {
  if (FOLDABLE.test(char)) return fold(char)
  if (INVISIBLE.test(char)) return ''
  if (LATIN.test(char)) return char
  const compatible = char.normalize('NFKC')
  let out = ''
  for (const part of compatible) out += INVISIBLE.test(part) ? '' : (LOOK_ALIKES.get(part) ?? part)
  return out
}

/** "dont", "cant", "isnt": contractions typed without their apostrophe, as posts often are. */
const BARE_CONTRACTION = /\b(?:do|does|did|ca|wo|is|are|was|were|has|have|had|should|would|could|must|need)n(?=t\b)/gi

/**
 * Puts the apostrophe back ("dont" reads as "don't"), so every rule and negation cue reads the
 * contraction one way. The apostrophe points at the "n" it follows in the original text.
 */
function restoreApostrophes(normalized: NormalizedText): NormalizedText {
  const { text } = normalized
  BARE_CONTRACTION.lastIndex = 0
  if (!BARE_CONTRACTION.test(text)) return normalized
  const startOf = (at: number) => normalized.starts?.[at] ?? at
  const endOf = (at: number) => normalized.ends?.[at] ?? at + 1
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let from = 0
  const copy = (to: number) => {
    parts.push(text.slice(from, to))
    for (let at = from; at < to; at++) {
      starts.push(startOf(at))
      ends.push(endOf(at))
    }
    from = to
  }
  BARE_CONTRACTION.lastIndex = 0
  for (const match of text.matchAll(BARE_CONTRACTION)) {
    const n = match.index + match[0].length - 1
    copy(n + 1)
    parts.push("'")
    starts.push(startOf(n))
    ends.push(endOf(n))
  }
  copy(text.length)
  return { text: parts.join(''), starts, ends }
}

export function normalizeForMatching(text: string): NormalizedText {
  return restoreApostrophes(foldForMatching(text))
}

function foldForMatching(text: string): NormalizedText {
  if (!NEEDS_WORK.test(text)) return { text: normalizeText(text), starts: null, ends: null }
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  for (const char of text) {
    const out = NEEDS_WORK.test(char) || FOLDABLE.test(char) ? replacement(char) : char
    parts.push(out)
    for (let i = 0; i < out.length; i++) {
      starts.push(at)
      ends.push(at + char.length)
    }
    at += char.length
  }
  return { text: parts.join(''), starts, ends }
}

/** normalizeForMatching's text alone (claim keys, sentence comparison). */
export function normalizeClaimText(text: string): string {
  return normalizeForMatching(text).text
}
