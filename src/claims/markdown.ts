import { decodeHTMLStrict } from 'entities'
import type { CompiledPack } from './rules/compile.js'
import { scanPackText } from './scan-text.js'
import type { Finding, SentenceSpan } from './types.js'

/**
 * Markdown is scanned as the words a renderer shows, kept one for one so offsets still point into
 * the original file. What is not prose (code, URLs, reference definitions, underscore emphasis,
 * block-level HTML) becomes spaces. What a renderer shows as nothing between two letters (inline
 * HTML tags and comments, link brackets and destinations, asterisk emphasis inside a word) becomes
 * zero-width spaces, which the scan drops as it drops any invisible character: "cu<b></b>res" and
 * "cu**res**" are read as the "cures" a reader sees. A character reference ("&#99;", "&eacute;",
 * "&shy;") becomes the character it stands for, padded with zero-width spaces.
 */

const ZERO_WIDTH = '\u200b'

/** Elements a browser shows inline, inside the surrounding words; every other tag separates them. */
const INLINE_TAG =
  /^<\/?(?:a|abbr|b|bdi|bdo|cite|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)\b/i

const blank = (part: string) => part.replace(/[^\n]/g, ' ')
const invisible = (part: string) => ZERO_WIDTH.repeat(part.length)
const tag = (part: string) => (INLINE_TAG.test(part) ? invisible(part) : blank(part))
/** The character a reference stands for, then zero-width spaces; an unknown name stays as typed. */
function character(reference: string): string {
  const decoded = decodeHTMLStrict(reference)
  return decoded === reference || decoded.length > reference.length
    ? reference
    : decoded + ZERO_WIDTH.repeat(reference.length - decoded.length)
}

const NOT_PROSE: [RegExp, (part: string) => string][] = [
  [/```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)/g, blank], // fenced code
  [/`[^`\n]+`/g, blank], // inline code
  [/<!--[\s\S]*?(?:-->|$)/g, invisible], // comments
  [/(?<=\])\([^)\n]*\)/g, invisible], // link and image destinations
  [/\[(?=[^\]\n]*\]\u200b)|\](?=\u200b)/g, invisible], // the brackets around a link's text
  [/^ {0,3}\[[^\]\n]+\]:.*$/gm, blank], // reference definitions
  [/<\/?[A-Za-z][^>\n]*>/g, tag], // HTML tags and autolinks
  [/\bhttps?:\/\/[^\s)>\]]+/g, blank], // bare URLs
  [/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, blank], // underscore emphasis
  [/(?<=\p{L})\*+(?=\p{L})/gu, invisible], // asterisk emphasis inside a word
  [/&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g, character], // character references
]

/** `text` as a Markdown renderer shows it, one character for one (see above). */
export function maskMarkdown(text: string): string {
  return NOT_PROSE.reduce((masked, [pattern, replace]) => masked.replace(pattern, replace), text)
}

export function scanPackMarkdown(pack: CompiledPack, text: unknown, fieldPath = ''): Finding[] {
  if (typeof text !== 'string') return scanPackText(pack, text, fieldPath)
  const findings = scanPackText(pack, maskMarkdown(text), fieldPath)
  const spans = new Map<number, SentenceSpan>()
  for (const finding of findings) {
    const { start, end } = finding.sentence
    let span = spans.get(start)
    if (span === undefined) {
      span = { text: text.slice(start, end), start, end }
      spans.set(start, span)
    }
    finding.sentence = span
    finding.text = text.slice(finding.start, finding.end)
  }
  return findings
}
