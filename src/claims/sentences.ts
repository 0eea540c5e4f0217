import { compiledNow } from './native-regexp.js'
import { normalizeText } from './normalize.js'
import type { SentenceSpan } from './types.js'

/**
 * A small rule-based sentence splitter. Splitters on npm treat a sentence-final "MS." as an
 * abbreviation and merge two sentences, which turns "X cures MS. It is not approved." into a
 * negated cure claim; this one knows a fixed list of abbreviations, and "MS" is never on it.
 */

/** Tokens before a period that never end a sentence (case-sensitive: "Ms." is a title, "MS." is not). */
const NEVER_FINAL = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Prof',
  'Sr',
  'Jr',
  'St',
  'Rev',
  'Gen',
  'Hon',
  'Capt',
  'Lt',
  'Col',
  'Sgt',
  'Mt',
  'vs',
  'Vs',
  'approx',
  'Approx',
  'cf',
  'Cf',
  'al',
  'ca',
  'viz',
  'esp',
  'resp',
  'dept',
  'Dept',
  'Univ',
  'Assoc',
  'incl',
  'Incl',
  'min',
  'max',
  'wk',
  'wks',
  'yr',
  'yrs',
  'mo',
  'mos',
  // Prescribing shorthand: "Vit. D", "Tab. Paracetamol", "Inj. Insulin".
  'Vit',
  'vit',
  'Tab',
  'Tabs',
  'Cap',
  'Caps',
  'Inj',
  'inj',
  'Syr',
  'Susp',
  'Oint',
  'Supp',
  'Amp',
])

/** Tokens that are abbreviations when a number follows ("Fig. 2", "No. 5", "Jan. 12"). */
const BEFORE_NUMBER = new Set([
  'No',
  'no',
  'Nos',
  'Fig',
  'fig',
  'Figs',
  'p',
  'pp',
  'Vol',
  'vol',
  'Ch',
  'ch',
  'Ref',
  'Eq',
  'Sec',
  'Art',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
])

/** Words after which a single capital letter is a name or a label, not an initial ("vitamin D."). */
const LABEL_WORDS = new Set([
  'phase',
  'type',
  'stage',
  'grade',
  'vitamin',
  'hepatitis',
  'class',
  'group',
  'arm',
  'part',
  'cohort',
  'level',
  'factor',
  'plan',
  'schedule',
  'category',
  'trial',
  'study',
  'section',
])

/** Longer "sentences" (tables, lists without punctuation) are cut so each stays cheap to analyse. */
export const MAX_SENTENCE_LENGTH = 1000

const CANDIDATE = compiledNow(/[.!?\u2026]+["')\]]*|\n/g)
const MARKDOWN_LINE_START = /^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|>|\d{1,3}[.)][ \t]|\|)/
const LOWERCASE = /\p{Ll}/u
const WORD_CHAR = /[\p{L}\p{N}.]/u

function isLowercaseAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 97 && code <= 122
  return LOWERCASE.test(text[index]!)
}

function isTokenCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) {
    return code === 46 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  }
  return WORD_CHAR.test(text[index]!)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && isSpace(text.charCodeAt(index))) index++
  return index
}

function lineStart(text: string, index: number): number {
  const newline = text.lastIndexOf('\n', index - 1)
  return newline + 1
}

/** After a block boundary, skip Markdown list, heading and quote markers. */
function skipMarkers(text: string, index: number): number {
  const match = MARKDOWN_LINE_START.exec(text.slice(index, index + 12))
  return match === null ? index : skipSpace(text, index + match[0].length)
}

function isPeriodFinal(text: string, dot: number, next: number): boolean {
  let from = dot
  while (from > 0 && isTokenCharAt(text, from - 1)) from--
  const token = text.slice(from, dot)
  if (token === '') return true
  if (token.includes('.')) return false // e.g. i.e. U.S. a.m. 2.5.
  if (NEVER_FINAL.has(token)) return false
  const nextChar = text[next] ?? ''
  if (BEFORE_NUMBER.has(token) && nextChar >= '0' && nextChar <= '9') return false
  if (/^\d{1,3}$/.test(token) && text.slice(lineStart(text, from), from).trim() === '') return false
  if (token.length === 1 && token >= 'A' && token <= 'Z') {
    const before = text.slice(Math.max(0, from - 24), from).match(/([A-Za-z]+)\s+$/)
    const word = before?.[1]
    return word !== undefined && LABEL_WORDS.has(word.toLowerCase())
  }
  return true
}

/**
 * What a line break ends: nothing (the sentence goes on), a paragraph, or a line taken for a title
 * or list item, which a reader may yet read on into the next line ("Our therapy cures\nMS fast.").
 */
function lineBreakEnds(text: string, newline: number): 'nothing' | 'paragraph' | 'line' {
  let next = newline + 1
  while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r'))
    next++
  if (next >= text.length || text[next] === '\n') return 'paragraph'
  if (MARKDOWN_LINE_START.test(text.slice(next, next + 12))) return 'paragraph'
  const line = text.slice(lineStart(text, newline), newline).trim()
  if (line === '' || line.startsWith('#')) return 'paragraph'
  // A short line without closing punctuation followed by a capital is a title or a list item.
  const nextChar = text[next]!
  return line.length <= 60 && !/[,;:\-(]$/.test(line) && /[A-Z0-9"']/.test(nextChar) ? 'line' : 'nothing'
}

/**
 * Sentence bounds of a normalised text as parallel arrays (cheap for the scanner's hot path).
 * `runsOn[i]`: sentence i was cut from the next one by length, or at a line a reader may read on
 * from, so the two are one sentence to a reader.
 */
export function sentenceBounds(text: string): { starts: number[]; ends: number[]; runsOn: boolean[] } {
  const starts: number[] = []
  const ends: number[] = []
  const runsOn: boolean[] = []
  const push = (start: number, end: number, next: 'ends' | 'runs on' = 'ends') => {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    while (end - start > MAX_SENTENCE_LENGTH) {
      const limit = start + MAX_SENTENCE_LENGTH
      // Cut at a space in the second half of the piece; lastIndexOf would search back to the
      // start of a text without spaces for every piece.
      let cut = limit
      while (cut > start + MAX_SENTENCE_LENGTH / 2 && text.charCodeAt(cut) !== 32) cut--
      const pieceEnd = cut > start + MAX_SENTENCE_LENGTH / 2 ? cut : limit
      starts.push(start)
      ends.push(pieceEnd)
      runsOn.push(true)
      start = skipSpace(text, pieceEnd)
    }
    if (end > start) {
      starts.push(start)
      ends.push(end)
      runsOn.push(next === 'runs on')
    }
  }
  let start = skipMarkers(text, skipSpace(text, 0))
  CANDIDATE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = CANDIDATE.exec(text)) !== null) {
    const at = match.index
    if (at < start) continue
    if (match[0] === '\n') {
      const broken = lineBreakEnds(text, at)
      if (broken === 'nothing') continue
      push(start, at, broken === 'line' ? 'runs on' : 'ends')
      start = skipMarkers(text, skipSpace(text, at + 1))
      continue
    }
    const end = at + match[0].length
    if (end < text.length && !isSpace(text.charCodeAt(end))) continue
    const next = skipSpace(text, end)
    if (next < text.length && isLowercaseAt(text, next)) continue
    const single = match[0].length === 1 || !/[.!?\u2026]/.test(match[0][1]!)
    if (match[0][0] === '.' && single && !isPeriodFinal(text, at, next)) {
      continue
    }
    push(start, end)
    start = next
  }
  push(start, text.length)
  // The last sentence runs on into nothing.
  if (runsOn.length > 0) runsOn[runsOn.length - 1] = false
  return { starts, ends, runsOn }
}

/** Splits a text into sentences with offsets into the original string. */
export function splitSentences(text: string): SentenceSpan[] {
  const { starts, ends } = sentenceBounds(normalizeText(text))
  return starts.map((start, i) => ({ text: text.slice(start, ends[i]), start, end: ends[i]! }))
}
