import { createHash } from 'node:crypto'

import { isLexicalState } from '../claims/index.js'
import { extractLexicalText } from '../claims/lexical-text.js'
import { DEFAULT_LIMITS } from '../claims/rules/compile.js'

/** The reviewable fields of a document, picked from the merged (stored + incoming) values. */
export const pickReviewable = (doc: Record<string, unknown>, fields: string[]): Record<string, unknown> =>
  Object.fromEntries(fields.map((field) => [field, doc[field] ?? null]))

/** Rich text flattens to its words, so re-saving unchanged text in the editor changes nothing. */
const canonical = (value: unknown): unknown => {
  if (isLexicalState(value)) return extractLexicalText(value, DEFAULT_LIMITS).text.replace(/\s+/g, ' ').trim()
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim()
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && !key.startsWith('_'))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, canonical(item)]),
    )
  }
  return value ?? null
}

/** SHA-256 over the canonical text of the reviewable fields: what a sign-off is bound to. */
export const contentFingerprint = (reviewable: Record<string, unknown>): string =>
  createHash('sha256')
    .update(
      JSON.stringify(
        Object.keys(reviewable)
          .sort()
          .map((field) => [field, canonical(reviewable[field])]),
      ),
    )
    .digest('hex')
