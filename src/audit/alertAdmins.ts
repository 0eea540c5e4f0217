import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export type AdminRecipients = {
  /** The auth collection whose admins are told. @default 'users' */
  usersSlug?: string
  /** Who is an admin (the plugin's `isAdmin`). */
  isAdmin: (user: NonNullable<PayloadRequest['user']>) => boolean
}

/** Emails every admin; a mail failure is logged, since the alert is in the error log already. */
export const alertAdmins = async (
  payload: Payload,
  { usersSlug = 'users', isAdmin }: AdminRecipients,
  message: { subject: string; text: string },
): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: usersSlug as CollectionSlug,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const to = docs
    .filter((user) => isAdmin({ ...user, collection: usersSlug } as never))
    .map((user) => (user as { email?: unknown }).email)
    .filter((email): email is string => typeof email === 'string' && email.length > 0)
  if (to.length === 0) {
    payload.logger.error('audit alert: no admin with an email address to tell')
    return to
  }
  try {
    await payload.sendEmail({ to, subject: message.subject, text: message.text })
  } catch (error) {
    payload.logger.error({ err: error, msg: `audit alert: could not email ${to.join(', ')}` })
  }
  return to
}
