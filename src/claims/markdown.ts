import { decodeHTML } from 'entities'
import type { CompiledPack } from './rules/compile.js'
import { scanPackText, withOtherReading } from './scan-text.js'
import type { Finding, SentenceSpan } from './types.js'

/**
 * Markdown is scanned as the words a renderer shows, kept one for one so offsets still point into
 * the original file. What is not prose (URLs, reference definitions, underscore emphasis, code
 * fences, block-level HTML) becomes spaces; code is shown to readers, so its words are read. What a
 * renderer shows as nothing between two letters (inline HTML tags and comments, link brackets and
 * destinations, asterisk emphasis inside a word, code backticks) becomes zero-width spaces, which
 * the scan drops as it drops any invisible character: "cu<b></b>res" and "cu**res**" are read as the
 * "cures" a reader sees. A character reference ("&#99;", "&eacute;", "&shy;", and without the
 * semicolon, as browsers read them in HTML) becomes the character it stands for, padded with
 * zero-width spaces. Struck-through words (`~~not~~`, `<s>`, `<del>`, `<strike>`) are read as
 * written and as deleted, as rich text's are.
 */

const ZERO_WIDTH = '\u200b'

/**
 * Elements that end a line or a block, and images; a browser shows every other element (custom
 * ones too) inline, inside the surrounding words.
 */
const SEPARATING_TAG =
  /^<\/?(?:address|article|aside|blockquote|br|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|header|hgroup|hr|iframe|img|legend|li|link|main|menu|meta|nav|noscript|ol|optgroup|option|p|param|picture|pre|script|search|section|select|source|style|summary|table|tbody|td|template|textarea|tfoot|th|thead|title|tr|track|ul|video|audio|canvas|embed|object|svg|math|input|button)\b/i

const blank = (part: string) => part.replace(/[^\n]/g, ' ')
const invisible = (part: string) => ZERO_WIDTH.repeat(part.length)
const tag = (part: string) => (SEPARATING_TAG.test(part) ? blank(part) : invisible(part))
/** The character a reference stands for, then zero-width spaces; an unknown name stays as typed. */
function character(reference: string): string {
  const decoded = decodeHTML(reference)
  return decoded === reference || decoded.length > reference.length
    ? reference
    : decoded + ZERO_WIDTH.repeat(reference.length - decoded.length)
}

const NOT_PROSE: [RegExp, (part: string) => string][] = [
  [/<!--[\s\S]*?(?:-->|$)/g, invisible], // comments
  [/(?<=\])\([^)\n]*\)/g, invisible], // link and image destinations
  [/\[(?=[^\]\n]*\]\u200b)|\](?=\u200b)/g, invisible], // the brackets around a link's text
  [/^ {0,3}\[[^\]\n]+\]:.*$/gm, blank], // reference definitions
  [/<\/?[A-Za-z][^>\n]*>/g, tag], // HTML tags and autolinks
  [/\bhttps?:\/\/[^\s)>\]]+/g, blank], // bare URLs
  [/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, blank], // underscore emphasis
  [/(?<=\p{L})\*+(?=\p{L})/gu, invisible], // asterisk emphasis inside a word
  [/&(?:#\d{1,7};?|#[xX][\da-fA-F]{1,6};?|[A-Za-z][A-Za-z\d]{1,31};?)/g, character], // character references
]

/** Struck-through words: `~~...~~` and the strike elements, their markers included. */
const STRUCK = /~~(?=\S)[^~\n]*?~~|<(s|del|strike)\b[^>\n]*>[\s\S]*?<\/\1\s*>/gi

/** Fenced code (group 2, between fence lines) and inline code (group 4, between backticks). */
const CODE = /^( {0,3}(`{3,}|~{3,})[^\n]*\n)([\s\S]*?)(?:^ {0,3}\2[ \t]*$|(?![\s\S]))|(`+)([^`\n]+?)\4(?!`)/gm

/** `text` as a Markdown renderer shows it, one character for one (see above). */
export function maskMarkdown(text: string): string {
  const masked = NOT_PROSE.reduce((masked, [pattern, replace]) => masked.replace(pattern, replace), text)
  // Code is shown as typed: no tags, references or emphasis inside it; its fences and backticks are not words.
  const parts: string[] = []
  let from = 0
  for (const match of text.matchAll(CODE)) {
    const [whole, opening, , fencedCode, ticks, inlineCode] = match
    parts.push(masked.slice(from, match.index))
    if (opening !== undefined) {
      const closing = whole.slice(opening.length + fencedCode!.length)
      parts.push(blank(opening), fencedCode!, blank(closing))
    } else parts.push(invisible(ticks!), inlineCode!, invisible(ticks!))
    from = match.index + whole.length
  }
  parts.push(masked.slice(from))
  return parts.join('')
}

export function scanPackMarkdown(pack: CompiledPack, text: unknown, fieldPath = ''): Finding[] {
  if (typeof text !== 'string') return scanPackText(pack, text, fieldPath)
  const masked = maskMarkdown(text)
  STRUCK.lastIndex = 0
  const findings = STRUCK.test(text)
    ? withOtherReading(scanPackText(pack, masked, fieldPath), scanPackText(pack, maskMarkdown(text.replace(STRUCK, blank)), fieldPath), pack.limits.maxFindings)
    : scanPackText(pack, masked, fieldPath)
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
