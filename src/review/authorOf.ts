/** The id in a relationship value, whether stored as an id or populated as a document. */
const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === undefined || id === null || id === '' ? null : String(id)
}

/** The document's author by the collection's author field, for four-eyes. */
export const authorOf = (doc: Record<string, unknown>, authorField?: string): string | null =>
  authorField ? idOf(doc[authorField]) : null
