import type { CompiledPack } from './rules/compile.js'
import { scanPackText } from './scan-text.js'
import type { Finding, SentenceSpan } from './types.js'

/**
 * Markdown is scanned as text after blanking what is not prose (code, URLs, HTML, underscore
 * emphasis) with spaces, one for one, so offsets still point into the original file.
 */

const NOT_PROSE = [
  /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)/g, // fenced code
  /<!--[\s\S]*?(?:-->|$)/g, // comments
  /`[^`\n]+`/g, // inline code
  /(?<=\])\([^)\n]*\)/g, // link and image destinations
  /^ {0,3}\[[^\]\n]+\]:.*$/gm, // reference definitions
  /<\/?[A-Za-z][^>\n]*>/g, // HTML tags and autolinks
  /\bhttps?:\/\/[^\s)>\]]+/g, // bare URLs
  /(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, // underscore emphasis
]

const blank = (part: string) => part.replace(/[^\n]/g, ' ')

export function maskMarkdown(text: string): string {
  return NOT_PROSE.reduce((masked, pattern) => masked.replace(pattern, blank), text)
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
