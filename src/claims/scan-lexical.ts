import { boundedMemo, type BoundedMemo } from './bounded-memo.js'
import type { TextSegment } from './lexical-text.js'
import { claimKey } from './key.js'
import { extractLexicalText, STRIKETHROUGH, textBlocks } from './lexical-text.js'
import type { CompiledPack } from './rules/compile.js'
import { scanPackText, tooManyFindings, withOtherReading } from './scan-text.js'
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

/**
 * Blocks remembered per compiled pack, oldest forgotten first: a save that edits one paragraph
 * rescans only that one. Bounded by their text (about 4 MB), so huge blocks cannot pile up.
 */
const CHARACTERS_REMEMBERED = 2_000_000
const memories = new WeakMap<CompiledPack, BoundedMemo<Finding[]>>()

function shifted(finding: Finding, by: number): Finding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    sentence: { ...finding.sentence, start: finding.sentence.start + by, end: finding.sentence.end + by },
    matches: finding.matches.map((match) => ({ ...match, start: match.start + by, end: match.end + by })),
  }
}

/**
 * Scans the flattened text block by block: a claim never spans blocks (they are separated by a
 * blank line, which ends every sentence and match), and a block's findings depend only on its own
 * text and field path, so unchanged blocks come from memory. Offsets are shifted into the whole text.
 */
function scanBlocks(pack: CompiledPack, text: string, fieldPath: string): Finding[] {
  let memory = memories.get(pack)
  if (memory === undefined) memories.set(pack, (memory = boundedMemo(CHARACTERS_REMEMBERED, (key) => key.length)))
  const findings: Finding[] = []
  for (const { start, block } of textBlocks(text)) {
    const key = `${fieldPath}\u0000${block}`
    let found = memory.get(key)
    if (found === undefined) {
      found = scanPackText(pack, block, fieldPath)
      memory.set(key, found)
    }
    for (const finding of found) findings.push(shifted(finding, start))
    if (findings.length > pack.limits.maxFindings)
      throw tooManyFindings(pack.limits.maxFindings)
  }
  return findings
}

/** `text` with struck-through runs blanked out by characters matching drops, offsets kept. */
const withoutStruck = (text: string, struck: TextSegment[]) => {
  let out = ''
  let at = 0
  for (const segment of struck) {
    out += text.slice(at, segment.start) + '\u2060'.repeat(segment.end - segment.start)
    at = segment.end
  }
  return out + text.slice(at)
}

/**
 * The formats in a finding's sentence that change what a reader reads (a struck "not", the
 * editor's superscript "5" after "10"), with the words they apply to: part of the claim's key, so a
 * decision dies when such a format comes, goes or moves. Unformatted sentences keep their key.
 */
function formatsIn(finding: Finding, text: string, formatted: TextSegment[]): string {
  const { start, end } = finding.sentence
  return formatted
    .filter((segment) => segment.end > start && segment.start < end)
    .map((segment) => `${segment.format}@${segment.start - start}:${text.slice(Math.max(segment.start, start), Math.min(segment.end, end))}`)
    .join('\u0001')
}

/** The findings, and the flattened text they point into (the caller's health-topic test reads it). */
export function scanPackLexical(pack: CompiledPack, state: unknown, fieldPath = ''): { findings: Finding[]; text: string } {
  const { text, segments } = extractLexicalText(state, pack.limits)
  if (segments.length === 0) return { findings: [], text }
  let findings = scanBlocks(pack, text, fieldPath)
  const formatted = segments.filter((segment) => segment.format !== undefined)
  const struck = formatted.filter((segment) => segment.format! & STRIKETHROUGH)
  // A reader reads struck words as deleted ("is n̶o̶t̶ safe"): that reading comes first, and the
  // text as written counts too (one struck letter leaves a word readable); the graver finding stands.
  if (struck.length) findings = withOtherReading(scanBlocks(pack, withoutStruck(text, struck), fieldPath), findings, pack.limits.maxFindings)
  for (const finding of findings) {
    finding.node = locateInSegments(segments, finding.start, finding.end)
    const formats = formatted.length ? formatsIn(finding, text, formatted) : ''
    if (formats) finding.key = claimKey(fieldPath, `${finding.key}\u0001${formats}`, finding.category)
  }
  return { findings, text }
}
