/**
 * When an account was created, as an ISO time: with its id, which account it is. An id alone can
 * name two accounts over time (SQLite hands a deleted row's id to the next one).
 */
export const accountCreatedAt = (account: unknown): string | undefined => {
  const createdAt = (account as { createdAt?: unknown } | null | undefined)?.createdAt
  if (typeof createdAt !== 'string' && !(createdAt instanceof Date)) return undefined
  const time = new Date(createdAt)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString()
}
