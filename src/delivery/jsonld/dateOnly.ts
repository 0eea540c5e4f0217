/** schema.org `Date` ("2026-11-21") from a stored ISO timestamp. */
export const dateOnly = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10)
}
