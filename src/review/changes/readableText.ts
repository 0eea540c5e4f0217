import { extractLexicalText, isLexicalState } from '../../claims/lexical-text.js'
import { DEFAULT_LIMITS } from '../../claims/rules/compile.js'

/**
 * A field's value as the words a reader sees, one line per item: rich text as its paragraphs,
 * arrays and groups as their values in order. What a reviewer compares, not how it is stored.
 */
export const readableText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value !== 'object') return String(value)
  if (isLexicalState(value)) return extractLexicalText(value, DEFAULT_LIMITS).text.trim()
  const items = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>)
  return items
    .map(readableText)
    .filter((line) => line !== '')
    .join('\n')
}
