/**
 * Whether a string in a document is reader-facing prose worth scanning. Identifiers, URLs, ISO
 * dates, hashes, numbers and e-mail addresses are not: scanning them only produces noise (a
 * "5G" slug, a hash that happens to contain "cure").
 */

const NOT_PROSE = [
  /^(?:https?:\/\/|www\.|mailto:|tel:|\/)\S*$/i,
  /^\S+@\S+\.\S+$/,
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^[0-9a-f]{16,}$/i,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^[\d\s.,:;%+-]*$/,
  /^#[0-9a-f]{3,8}$/i,
]

export function isProse(value: string): boolean {
  const text = value.trim()
  return text !== '' && !NOT_PROSE.some((pattern) => pattern.test(text))
}
