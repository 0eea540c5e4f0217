import { UNSTORABLE_CHARACTER } from '../unstorableCharacters.js'

/**
 * A value with every NUL and unpaired surrogate in its strings (keys too) replaced by U+FFFD, so an
 * audit event is hashed as it will be read back: SQLite cuts text at a NUL and keeps half a pair as
 * U+FFFD, and the event's own hash would then call it tampered.
 */
export const wellFormed = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(UNSTORABLE_CHARACTER, '\uFFFD')
  if (Array.isArray(value)) return value.map(wellFormed)
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [wellFormed(key), wellFormed(item)]))
  return value
}
