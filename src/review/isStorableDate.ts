/**
 * A date every database stores as sent: an ISO date (2026-11-30, optionally with a time), in the
 * years 1 to 9999, on a calendar day that exists. JavaScript also reads "2026", "+002026-01-01" and
 * 2026-02-30 (as 2 March); PostgreSQL refuses those, and year 0, with a 500.
 */
export const isStorableDate = (value: unknown) => {
  if (typeof value !== 'string' && !(value instanceof Date)) return false
  const date = new Date(value)
  const year = date.getUTCFullYear()
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) return false
  if (value instanceof Date) return true
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value)
  if (!day) return false
  const [, y, m, d] = day.map(Number)
  const named = new Date(Date.UTC(2000, m! - 1, d!))
  named.setUTCFullYear(y!)
  return named.getUTCMonth() === m! - 1 && named.getUTCDate() === d!
}
