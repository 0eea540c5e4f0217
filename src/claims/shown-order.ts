import bidiFactory from 'bidi-js'

const bidi = bidiFactory()

/**
 * Characters that can make the order a reader sees differ from the stored order: right-to-left
 * letters (Hebrew, Arabic and the other right-to-left blocks), the right-to-left and Arabic letter
 * marks, and the explicit embeddings, overrides and isolates. Text without any is shown as stored.
 */
const MAY_REORDER = /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/

/** The code units of a text in the order a reader sees them, each with the stored span it stands for. */
export type ShownOrder = {
  /** Stored indices, in the order shown. */
  indices: Uint32Array
  /** A reordered unit stands for the whole stretch reordered around it, so matches map to stored text. */
  spanStart: Uint32Array
  spanEnd: Uint32Array
}

/**
 * How `text` is shown by the Unicode Bidirectional Algorithm (what browsers run): in a
 * left-to-right paragraph, and, where a paragraph would pick right to left by itself (`dir="auto"`),
 * in that too. Only the orders that differ from the stored one: none for ordinary text. A claim
 * spelt backwards between right-to-left marks, or whose words are stored in reverse inside an
 * isolate, reads as the claim here.
 */
export function shownOrders(text: string): ShownOrder[] {
  if (!MAY_REORDER.test(text)) return []
  const orders: ShownOrder[] = []
  const leftToRight = orderIn(text, 'ltr')
  if (leftToRight) orders.push(leftToRight)
  const auto = bidi.getEmbeddingLevels(text, 'auto')
  if (auto.paragraphs.some((paragraph) => paragraph.level % 2 === 1)) {
    const picked = orderIn(text, 'auto', auto)
    if (picked) orders.push(picked)
  }
  return orders
}

function orderIn(text: string, direction: 'auto' | 'ltr', levels = bidi.getEmbeddingLevels(text, direction)): ShownOrder | null {
  const indices = Uint32Array.from({ length: text.length }, (_, index) => index)
  const spanStart = indices.slice()
  const spanEnd = indices.map((index) => index + 1)
  let reordered = false
  for (const paragraph of levels.paragraphs) {
    const segments = bidi.getReorderSegments(text, levels, paragraph.start, paragraph.end)
    for (const [start, end] of segments) {
      if (end! <= start!) continue
      reordered = true
      indices.subarray(start!, end! + 1).reverse()
    }
    // Nested segments lie inside outer ones: the widest reversed stretch around a unit is its span.
    for (const [start, end] of segments) {
      for (let at = start!; at <= end!; at++) {
        spanStart[at] = Math.min(spanStart[at]!, start!)
        spanEnd[at] = Math.max(spanEnd[at]!, end! + 1)
      }
    }
  }
  return reordered ? { indices, spanStart, spanEnd } : null
}
