import type { CollectionSlug, Payload, Where } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { asAccount } from './asAccount.js'
import { isStaffUser } from './isStaffUser.js'
import { reviewersOf } from './reviewersOf.js'

type Message = { subject: string; text: string }

const send = async (payload: Payload, to: string[], message: Message) => {
  if (to.length === 0) return
  try {
    await payload.sendEmail({ to, subject: message.subject, text: message.text })
  } catch (error) {
    // Mail is a courtesy: a down mail server must never undo a review action.
    payload.logger.error({ err: error, msg: `medical review: could not email ${to.join(', ')}` })
  }
}

/** Everyone who can review, by the plugin's own reviewer check. */
export const emailReviewers = async (payload: Payload, options: ResolvedOptions, message: Message) =>
  emailUsers(
    payload,
    options,
    (await reviewersOf(payload, options)).map((reviewer) => reviewer.id),
    message,
  )

/** The staff accounts with these ids (e.g. the writer who last changed the content). */
export const emailUsers = async (
  payload: Payload,
  options: ResolvedOptions,
  ids: (string | null | undefined)[],
  message: Message,
) => {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (wanted.length === 0) return
  const where: Where = { id: { in: wanted } }
  const { docs } = await payload.find({
    collection: options.usersSlug as CollectionSlug,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  // Mail quotes drafts and reviewers' words: an author or participant who has since lost staff rights gets none.
  const staff = docs.filter((user) => isStaffUser(asAccount(user as unknown as Record<string, unknown>, options.usersSlug), options))
  await send(
    payload,
    staff.map((user) => String((user as unknown as { email: string }).email)),
    message,
  )
}

/** A link a person can follow to the document in the admin. */
export const adminLink = (payload: Payload, collection: string, id: string) =>
  `${payload.config.serverURL}${payload.config.routes.admin}/collections/${collection}/${id}`
