/**
 * A date every database stores as sent: years 1 to 9999, and a calendar day that exists (JavaScript
 * reads 2026-02-30 as 2 March; PostgreSQL refuses it, and year 0, with a 500).
 */
export const isStorableDate = (value: unknown) => {
  if (typeof value !== 'string' && !(value instanceof Date)) return false
  const date = new Date(value)
  const year = date.getUTCFullYear()
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) return false
  const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  if (!day) return true
  const [, y, m, d] = day.map(Number)
  const named = new Date(Date.UTC(2000, m! - 1, d!))
  named.setUTCFullYear(y!)
  return named.getUTCMonth() === m! - 1 && named.getUTCDate() === d!
}
