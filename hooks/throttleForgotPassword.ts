import type { CollectionBeforeOperationHook } from 'payload'

/** Payload's default lifetime of a reset token, from which the time it was issued is worked out. */
const TOKEN_LIFETIME_MS = 60 * 60 * 1000
const MIN_INTERVAL_MS = 15_000

/**
 * One reset email per account every 15 seconds. Payload's own throttle writes outside the
 * request's transaction, which SQLite (one writer at a time) cannot do while that transaction is
 * open, so the users collection turns it off and throttles here instead: a repeat within the
 * interval is answered as usual, with no email, so the answer never tells whether the account exists.
 */
export const throttleForgotPassword: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || email === '') return args
  const { docs } = await req.payload.find({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
    req,
  })
  const expiration = (docs[0] as { resetPasswordExpiration?: string } | undefined)?.resetPasswordExpiration
  const issuedAt = expiration ? new Date(expiration).getTime() - TOKEN_LIFETIME_MS : 0
  return Date.now() - issuedAt < MIN_INTERVAL_MS ? { ...args, disableEmail: true } : args
}
