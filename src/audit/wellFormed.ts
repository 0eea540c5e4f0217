import { UNPAIRED_SURROGATE } from '../unpairedSurrogates.js'

/**
 * A value with every unpaired surrogate in its strings replaced by U+FFFD, as a UTF-8 database
 * stores it: an audit event is hashed as it will be read back, or its own hash would call it tampered.
 */
export const wellFormed = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(UNPAIRED_SURROGATE, '\uFFFD')
  if (Array.isArray(value)) return value.map(wellFormed)
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [wellFormed(key), wellFormed(item)]))
  return value
}
