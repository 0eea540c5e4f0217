import type { TextSegment } from './lexical-text.js'
import { extractLexicalText } from './lexical-text.js'
import type { CompiledPack } from './rules/compile.js'
import { scanPackText } from './scan-text.js'
import type { Finding, LexicalLocation } from './types.js'

/**
 * Scans a Lexical editor state: findings keep offsets into the flattened plain text and gain the
 * node path and in-node offsets of their first and last character, for highlighting in the editor.
 */

/** Index of the segment holding `position` (`atEnd`: holding the character just before it). */
function segmentAt(segments: TextSegment[], position: number, atEnd: boolean): number {
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    const start = segments[middle]!.start
    if (atEnd ? start < position : start <= position) low = middle
    else high = middle - 1
  }
  return low
}

export function locateInSegments(
  segments: TextSegment[],
  start: number,
  end: number,
): LexicalLocation {
  const first = segments[segmentAt(segments, start, false)]!
  const last = segments[segmentAt(segments, end, true)]!
  return {
    path: first.path,
    offset: Math.min(Math.max(start - first.start, 0), first.end - first.start),
    endPath: last.path,
    endOffset: Math.min(Math.max(end - last.start, 0), last.end - last.start),
  }
}

export function scanPackLexical(pack: CompiledPack, state: unknown, fieldPath = ''): Finding[] {
  const { text, segments } = extractLexicalText(state, pack.limits)
  if (segments.length === 0) return []
  const findings = scanPackText(pack, text, fieldPath)
  for (const finding of findings)
    finding.node = locateInSegments(segments, finding.start, finding.end)
  return findings
}
