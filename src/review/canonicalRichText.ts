/**
 * Keys the editor rewrites on a plain re-save without changing what is shown: the format the next
 * typed character would get, the text direction it guessed, and the serialisation version.
 */
const EDITOR_STATE_KEYS = new Set(['direction', 'textFormat', 'textStyle', 'version'])

const canonicalNode = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalNode)
  if (!value || typeof value !== 'object') return value ?? null
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !EDITOR_STATE_KEYS.has(key))
      .sort()
      .map((key) => [key, canonicalNode((value as Record<string, unknown>)[key])]),
  )
}

/**
 * Rich text as canonical structure: node types, text, formats, link targets, block and decorator
 * fields, all kept; only editor bookkeeping dropped. A struck-through "not", a changed link or a
 * new node changes it; re-saving the same text does not.
 */
export const canonicalRichText = (value: unknown): unknown => canonicalNode(value)
