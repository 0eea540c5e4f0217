import { confusablesMap } from 'confusables'
import { doubled } from './model/span-list.js'
import type { ShownOrder } from './shown-order.js'

/**
 * Text as the rules see it. Typographic variants fold to ASCII one for one (curly quotes, dashes,
 * odd spaces). Characters used to hide a claim are undone: format characters (zero-width spaces
 * and joiners, soft hyphens, bidi controls), other characters Unicode says are ignorable when
 * drawn (the Hangul filler, variation selectors) and combining marks are dropped, a blank braille
 * cell is a space, Latin letters lose their accents whether typed precomposed ("é") or decomposed
 * ("e" and a combining accent), dotless and stroked letters and ligatures take the letters they are
 * read as ("ı", "ø", "œ"), compatibility forms (fullwidth, mathematical letters, ligatures) take
 * their NFKC form, and look-alike letters from other scripts (Cyrillic "с" for "c") fold to the
 * Latin letter they imitate, using the Unicode confusables data of the `confusables` package.
 * Words spelt out letter by letter ("c-u-r-e-s", "c u r e s") are read joined, and negative
 * contractions are written out ("isn't" reads "is not"). Offsets into the original text are kept
 * per character, so findings still point at what the writer typed.
 */

const FOLDABLE =
  /[\u00a0\u00ab\u00bb\u2007\u2009\u200a\u2010-\u2015\u2018-\u201f\u2032\u2033\u2035\u2036\u2212\u202f\u205f\u2800\u3000]/
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g')

/**
 * Anything outside ASCII, the foldable set and printable Latin-1 (accented letters, £, °) needs the
 * slow path. Almost all real text passes this test and keeps one-for-one offsets.
 */
const NEEDS_WORK =
  /[^\t-\x7f\u00a0-\u00ac\u00ae-\u00bf\u00d7\u00f7\u2007\u2009\u200a\u2010-\u2015\u2018-\u201f\u2020-\u2022\u2026\u2030\u2032\u2033\u2035\u2036\u2122\u2212\u202f\u205f\u3000\u20ac]/

const NEEDS_WORK_OR_FOLDABLE = new RegExp(`${NEEDS_WORK.source}|${FOLDABLE.source}`, 'g')

const INVISIBLE = /^[\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]$/u
const LATIN = /^[\t-\x7f\u00a0-\u017f]$/

/**
 * Latin letters to the plain letters a reader takes them for: accented letters to their base
 * letter (so "é" reads as "e" and "e" with a combining accent, whose mark is dropped, reads alike),
 * and the dotless, stroked and joined letters that have no decomposition. Other Latin-1 signs
 * (£, ß, þ) keep their meaning.
 */
const LATIN_LETTERS = new Map<string, string>(
  Object.entries({ ı: 'i', ĸ: 'k', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ſ: 's', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ĳ: 'ij', Ĳ: 'IJ' }),
)
for (let code = 0xc0; code <= 0x17f; code++) {
  const letter = String.fromCharCode(code)
  const base = letter.normalize('NFD').replace(/\p{M}/gu, '')
  if (base !== letter && /^[A-Za-z]$/.test(base)) LATIN_LETTERS.set(letter, base)
}

/** Look-alike letters and digits to their ASCII model; ASCII itself is never remapped. */
const LOOK_ALIKES = new Map<string, string>()
for (const [char, model] of confusablesMap) {
  if (!LATIN.test(char) && /^[A-Za-z0-9]{1,2}$/.test(model)) LOOK_ALIKES.set(char, model)
}
/**
 * Letters the "fancy text" generators of social posts use for Latin ones, which the confusables
 * data lacks or reads otherwise ("ㄩ" as a 4): Canadian syllabics, CJK strokes, Cherokee and Yi.
 */
const FANCY_LETTERS = {
  ᗴ: 'E', ᘔ: 'Z', 卂: 'A', 千: 'F', Ꮆ: 'G', 丨: 'I', 爪: 'M', ㄖ: 'O', 卩: 'P', 丂: 'S', ㄩ: 'U', Ꮜ: 'U', ꮜ: 'u',
  ꍏ: 'A', ꌃ: 'B', ꉓ: 'C', ꀸ: 'D', ꍟ: 'E', ꎇ: 'F', ꁅ: 'G', ꃅ: 'H', ꀭ: 'J', ꀘ: 'K', '꒒': 'L', ꂵ: 'M', ꈤ: 'N',
  ꂦ: 'O', ꉣ: 'P', ꆰ: 'Q', ꋪ: 'R', ꌗ: 'S', '꓄': 'T', ꀎ: 'U', ꃴ: 'V', ꅏ: 'W', ꌩ: 'Y', ꁴ: 'Z',
}
for (const [char, model] of Object.entries(FANCY_LETTERS)) LOOK_ALIKES.set(char, model)
/** A parenthesised letter or digit ("⒞", "⑴"), whose compatibility form keeps the brackets: "(c)". */
const PARENTHESISED = /^\(([A-Za-z0-9])\)$/

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
  starts: Int32Array | null
  /** Original end offset (exclusive) of each normalised character, or null. */
  ends: Int32Array | null
}

/**
 * The offsets of a normalised text as it is built, in typed arrays that grow as needed: filling
 * them costs a tenth of pushing onto arrays, which made a long text with one emoji or accent take
 * longer to normalise than to scan.
 */
class OffsetMap {
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  length = 0

  private room(count: number): void {
    while (this.length + count > this.starts.length) {
      this.starts = doubled(this.starts)
      this.ends = doubled(this.ends)
    }
  }

  /** `count` characters that all point at `[start, end)`. */
  add(start: number, end: number, count = 1): void {
    this.room(count)
    this.starts.fill(start, this.length, this.length + count)
    this.ends.fill(end, this.length, this.length + count)
    this.length += count
  }

  /** `count` characters copied from `source`'s offsets from `from` (one for one without a source). */
  copy(source: NormalizedText | null, from: number, count: number): void {
    this.room(count)
    if (source === null || source.starts === null || source.ends === null) {
      for (let i = 0; i < count; i++) {
        this.starts[this.length + i] = from + i
        this.ends[this.length + i] = from + i + 1
      }
    } else {
      this.starts.set(source.starts.subarray(from, from + count), this.length)
      this.ends.set(source.ends.subarray(from, from + count), this.length)
    }
    this.length += count
  }

  of(text: string): NormalizedText {
    return { text, starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) }
  }
}

function replacement(char: string): string {
  if (FOLDABLE.test(char)) return fold(char)
  if (INVISIBLE.test(char)) return ''
  if (LATIN.test(char)) return LATIN_LETTERS.get(char) ?? char
  const compatible = char.normalize('NFKC')
  const parenthesised = PARENTHESISED.exec(compatible)
  if (parenthesised) return parenthesised[1]!
  let out = ''
  for (const part of compatible) out += INVISIBLE.test(part) ? '' : DIGIT.test(part) ? digitValue(part) : (LOOK_ALIKES.get(part) ?? part)
  return out
}

/** A decimal digit of any script ("४", "٤"): it reads as its value, not as the letter it looks like. */
const DIGIT = /^\p{Nd}$/u

/** Unicode encodes each script's decimal digits in runs of ten from zero, so a digit's value is its place in its run. */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0)!
  let zero = code
  while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--
  return String((code - zero) % 10)
}

/**
 * A negative contraction, with its apostrophe or typed without it as posts often are ("don't",
 * "dont", "isnt"). Group 1 is the word before "n't" as written ("ca" of "can't").
 */
const NEGATIVE_CONTRACTION = /\b(do|does|did|ca|wo|sha|is|are|was|were|has|have|had|should|would|could|must|need|might)n('?)t\b/gi

const ANY_NEGATIVE_CONTRACTION = new RegExp(`${NEGATIVE_CONTRACTION.source}|(?<!\\bai)n\\\\?['\u2019]t\\b`, 'i')

/**
 * Whether a rule's source holds a negative contraction ("isn't", "(?:is|are)n't", "dont"): text is
 * matched with contractions written out, so such a source never matches. "ain't" is left as typed.
 */
export const holdsNegativeContraction = (source: string): boolean => ANY_NEGATIVE_CONTRACTION.test(source)

/** The words whose contraction drops or changes letters: "can't" is "cannot", "won't" "will not". */
const IRREGULAR_STEM: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' }

/**
 * A word spelt out letter by letter, four letters or more, with one separator throughout:
 * "c u r e s", "c  u  r  e  s", "c-u-r-e-s", "C.U.R.E.S", "C*u*r*e*s". A capital followed by
 * small letters ("T c u r e s") is a run only without spaces: "CAR T c u r e s" keeps its "T".
 */
const SPELT_OUT =
  /\b(?:[a-z]( {1,3}|\t|[._*~|/\u00b7\u2022-])[a-z](?:\1[a-z]){2,}|[A-Z]( {1,3}|\t|[._*~|/\u00b7\u2022-])[A-Z](?:\2[A-Z]){2,}|[A-Z]([._*~|/\u00b7\u2022-])[a-z](?:\3[a-z]){2,}|[a-z](?:[._*~|/\u00b7\u2022+:'-] ?[a-z]){3,}|[A-Z](?:[._*~|/\u00b7\u2022+:'-] ?[A-Z]){3,})\b/g

/** Capitals spelt out with spaces, five letters or more: the first may be a word of its own. */
const SPACED_CAPITALS = /^[A-Z](?:\s+[A-Z]){4,}$/

/**
 * Words written together with capitals marking where each starts, as hashtags and handles are:
 * "#CARTcuresMS", "NoSideEffects". A word starts at a capital after a small letter, and in a hashtag
 * at a digit after a letter ("#Take4000mg"). Capitals followed by small letters read two ways: the
 * last capital starts a word ("COVIDVaccine", "TCures") or the capitals are one ("CARTcures",
 * "FDAapproved").
 */
const JOINED_WORDS = /#[A-Za-z][A-Za-z0-9]*|\b[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z]{2}[a-z])[A-Za-z0-9]*\b/g
const WORD_STARTS = [
  /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=^#.*[A-Za-z])(?=[0-9])/g,
  /(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[a-z]{3})|(?<=^#.*[A-Za-z])(?=[0-9])/g,
] as const

/**
 * For each way of reading capitals, spaces where joined words start: in a hashtag at every start,
 * elsewhere only in a word joined from three or more ("iPhone", "mRNA" and "McDonald" stay whole).
 */
function joinedWordsSplit(text: string): Edit[][] {
  const splits = WORD_STARTS.map(() => [] as Edit[])
  for (const token of text.matchAll(JOINED_WORDS)) {
    WORD_STARTS.forEach((wordStart, way) => {
      const starts = [...token[0].matchAll(wordStart)]
      if (starts.length === 0 || (starts.length < 2 && !token[0].startsWith('#'))) return
      for (const start of starts) {
        const at = token.index + start.index
        splits[way]!.push({ from: at, to: at, text: ' ', origin: at })
      }
    })
  }
  return splits.filter((edits) => edits.length > 0)
}

/** Normalised `[from, to)` becomes `text`, each of whose characters points where character `origin` does. */
interface Edit {
  from: number
  to: number
  text: string
  origin: number
  /** Where the characters `text` stands for end, when more than the one at `origin` (a mended word). */
  originEnd?: number
}

function applyEdits(normalized: NormalizedText, edits: Edit[]): NormalizedText {
  if (edits.length === 0) return normalized
  const { text } = normalized
  const parts: string[] = []
  const offsets = new OffsetMap()
  let from = 0
  for (const edit of edits) {
    parts.push(text.slice(from, edit.from))
    offsets.copy(normalized, from, edit.from - from)
    parts.push(edit.text)
    const origin = normalized.starts?.[edit.origin] ?? edit.origin
    const last = (edit.originEnd ?? edit.origin + 1) - 1
    offsets.add(origin, normalized.ends?.[last] ?? last + 1, edit.text.length)
    from = edit.to
  }
  parts.push(text.slice(from))
  offsets.copy(normalized, from, text.length - from)
  return offsets.of(parts.join(''))
}

/**
 * Writes a negative contraction out in full ("isn't" and "isnt" read "is not", "can't" reads
 * "cannot", "won't" "will not"), so every rule, exception and negation cue reads one form and a
 * pattern that writes "not" also reads what writers contract. Each added letter points at the
 * letters it stands for: "not" at "n't", a changed stem at the stem.
 */
function contractionsExpanded(text: string): Edit[] {
  const edits: Edit[] = []
  for (const match of text.matchAll(NEGATIVE_CONTRACTION)) {
    const written = match[1]!
    const n = match.index + written.length
    const upper = text[n] === 'N'
    const cased = (letters: string) => (upper ? letters.toUpperCase() : letters)
    const stem = IRREGULAR_STEM[written.toLowerCase()]
    if (stem) {
      // Only the letters the contraction dropped or changed are edited: "wo" keeps its "w".
      let kept = 0
      while (kept < written.length && written[kept]!.toLowerCase() === stem[kept]) kept++
      const from = match.index + kept
      edits.push({ from, to: n, text: cased(stem.slice(kept)), origin: Math.min(from, n - 1) })
    }
    if (stem !== 'can') edits.push({ from: n, to: n, text: ' ', origin: n })
    edits.push(match[2] ? { from: n + 1, to: n + 2, text: cased('o'), origin: n + 1 } : { from: n + 1, to: n + 1, text: cased('o'), origin: n })
  }
  return edits
}

/**
 * Drops the separators of words spelt out letter by letter. "a c u r e" is "a" and "cure".
 * `firstApart`: capitals spelt out with spaces keep their first letter apart, for "CAR T C U R E S"
 * (whose "T" belongs to "CAR"), where the joined reading gives "TCURES".
 */
function spellingsJoined(runs: readonly RegExpMatchArray[], firstApart: boolean): Edit[] {
  const edits: Edit[] = []
  for (const match of runs) {
    const run = match[0]
    // The separators are what lies between the letters; mixed punctuation ("c.u-r.e.s") too.
    const gaps = [...run.matchAll(/[^A-Za-z]+/g)]
    let skip = 0
    if (run.startsWith('a ') && run.length >= 9 && match[1] === ' ') skip = 1
    if (firstApart && SPACED_CAPITALS.test(run)) skip = 1
    for (const gap of gaps.slice(skip)) {
      const at = match.index! + gap.index
      edits.push({ from: at, to: at + gap[0].length, text: '', origin: at })
    }
  }
  return edits
}

/**
 * Trigger words as writers often misspell them, each with the spelling the rules read: "side
 * affects" is the commonest slip in the whole safety category.
 */
const MISSPELT = /\b(?:(?<=\b(?:side|adverse)[- ]?)affect(?=s?\b)|aproved|approvd|apporved|aprooved|clinicaly|garanteed?|gauranteed?|guarenteed?|miricle|mirical|efective|reccomended|recomended|perscri(?=ption|bed?\b)|w\/o(?= ))/gi
const SPELLED: Record<string, string> = {
  affect: 'effect', aproved: 'approved', approvd: 'approved', apporved: 'approved', aprooved: 'approved',
  clinicaly: 'clinically', garantee: 'guarantee', garanteed: 'guaranteed', gaurantee: 'guarantee',
  gauranteed: 'guaranteed', guarentee: 'guarantee', guarenteed: 'guaranteed', miricle: 'miracle',
  mirical: 'miracle', efective: 'effective', reccomended: 'recommended', recomended: 'recommended', perscri: 'prescri',
  'w/o': 'without',
}

/** Misspelt trigger words written as the rules read them (see MISSPELT). */
function misspellingsMended(text: string): Edit[] {
  return [...text.matchAll(MISSPELT)].map((match) => ({
    from: match.index,
    to: match.index + match[0].length,
    text: SPELLED[match[0].toLowerCase()]!,
    origin: match.index,
    originEnd: match.index + match[0].length,
  }))
}

const HANGUL_FILLER = /[\u115f\u1160\u3164\uffa0]/
const HANGUL_FILLERS = new RegExp(HANGUL_FILLER.source, 'g')

/**
 * The readings of `text` folded for matching, in the stored order (what screen readers, search
 * engines and copies read) or in an order a reader sees on screen (`shown`, see shown-order.ts).
 * One reading, a second where capitals spelt out with spaces may start with a word of their own,
 * others with words written together read apart or misspelt trigger words mended, and the stored
 * text's with fillers as spaces.
 */
export function readingsForMatching(text: string, shown?: ShownOrder): NormalizedText[] {
  // Hangul fillers are ignorable, but fonts draw most as a blank: read as a space too (one code
  // unit for one, so offsets hold).
  const fillers = !shown && HANGUL_FILLER.test(text) ? readingsForMatching(text.replace(HANGUL_FILLERS, ' ')) : []
  return [...readingsOfFolded(shown ? foldShown(text, shown) : foldForMatching(text), true), ...fillers]
}

/** `others`: the other readings too; without it only the first, which needs neither splits nor mending. */
function readingsOfFolded(folded: NormalizedText, others: boolean): NormalizedText[] {
  NEGATIVE_CONTRACTION.lastIndex = 0
  const contractions = NEGATIVE_CONTRACTION.test(folded.text)
  const runs = [...folded.text.matchAll(SPELT_OUT)]
  const splits = others ? joinedWordsSplit(folded.text) : []
  const mended = others ? misspellingsMended(folded.text) : []
  if (!contractions && runs.length === 0 && splits.length === 0 && mended.length === 0) return [folded]
  // matchAll starts where test() left off.
  NEGATIVE_CONTRACTION.lastIndex = 0
  const expanded = contractions ? contractionsExpanded(folded.text) : []
  const reading = (firstApart: boolean, edits: Edit[] = []) =>
    applyEdits(folded, [...expanded, ...spellingsJoined(runs, firstApart), ...edits].sort((a, b) => a.from - b.from))
  const readings = [reading(false)]
  if (!others) return readings
  if (runs.some(([run]) => SPACED_CAPITALS.test(run))) readings.push(reading(true))
  for (const split of splits) readings.push(reading(false, split))
  if (mended.length > 0) readings.push(reading(false, mended))
  return readings
}

/** The first of readingsForMatching. */
export function normalizeForMatching(text: string, shown?: ShownOrder): NormalizedText {
  return readingsOfFolded(shown ? foldShown(text, shown) : foldForMatching(text), false)[0]!
}

function foldForMatching(text: string): NormalizedText {
  if (!NEEDS_WORK.test(text)) return { text: normalizeText(text), starts: null, ends: null }
  const parts: string[] = []
  const offsets = new OffsetMap()
  const push = (char: string, start: number, end: number) => {
    const out = NEEDS_WORK.test(char) || FOLDABLE.test(char) ? replacement(char) : char
    parts.push(out)
    offsets.add(start, end, out.length)
  }
  let at = 0
  while (at < text.length) {
    // Runs of plain text are copied whole; only the characters that need work are read one by one.
    NEEDS_WORK_OR_FOLDABLE.lastIndex = at
    const next = NEEDS_WORK_OR_FOLDABLE.exec(text)?.index ?? text.length
    if (next > at) {
      parts.push(text.slice(at, next))
      offsets.copy(null, at, next - at)
      at = next
      if (at === text.length) break
    }
    const char = String.fromCodePoint(text.codePointAt(at)!)
    push(char, at, at + char.length)
    at += char.length
  }
  return offsets.of(parts.join(''))
}

/** foldForMatching for the order a reader sees: each character maps to the stored stretch it was moved within. */
function foldShown(text: string, shown: ShownOrder): NormalizedText {
  const parts: string[] = []
  const offsets = new OffsetMap()
  for (const at of shown.indices) {
    // A surrogate pair is one character, whichever of its halves the reordering put first.
    if (isLowSurrogate(text.charCodeAt(at)) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue
    const char = String.fromCodePoint(text.codePointAt(at)!)
    const out = NEEDS_WORK.test(char) || FOLDABLE.test(char) ? replacement(char) : char
    parts.push(out)
    offsets.add(shown.spanStart[at]!, Math.max(shown.spanEnd[at]!, at + char.length), out.length)
  }
  return offsets.of(parts.join(''))
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff

/** normalizeForMatching's text alone (claim keys, sentence comparison). */
export function normalizeClaimText(text: string): string {
  return normalizeForMatching(text).text
}
