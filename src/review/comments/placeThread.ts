import type { ReviewClaim } from '../types.js'
import type { CommentAnchor, ThreadPlacement } from './types.js'

import { splitSentences } from '../../claims/sentences.js'
import { readableText } from '../changes/readableText.js'

// Below this share of words in common, an edited sentence is another sentence.
const SAME_SENTENCE = 0.5

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])

/** Dice's coefficient over the two sentences' sets of words. */
const likeness = (a: Set<string>, b: Set<string>): number => {
  if (!a.size || !b.size) return 0
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** The value at a dotted field path of the reader content (`faqs.0.answer`). */
const valueAt = (content: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), content)

/**
 * Where a thread's anchor is in the latest content. A claim thread follows its claim while the
 * claim's sentence is unchanged; when the sentence is edited, it follows the most alike sentence of
 * the same field, as long as at least half their words are shared.
 */
export const placeThread = (anchor: CommentAnchor, claims: ReviewClaim[], content: Record<string, unknown>): ThreadPlacement => {
  const value = valueAt(content, anchor.field)
  if (anchor.kind === 'field') return { status: value === undefined ? 'outdated' : 'attached' }
  const claim = claims.find((candidate) => candidate.key === anchor.claimKey)
  if (claim) return { status: 'attached', sentence: claim.sentence }
  const text = readableText(value)
  const quoted = wordsOf(anchor.quote)
  let best: { sentence: string; score: number } | undefined
  for (const span of splitSentences(text)) {
    const sentence = span.text.trim()
    const score = likeness(quoted, wordsOf(sentence))
    if (!best || score > best.score) best = { sentence, score }
  }
  if (!best || best.score < SAME_SENTENCE) return { status: 'outdated' }
  return { status: best.score === 1 ? 'attached' : 'edited', sentence: best.sentence }
}
