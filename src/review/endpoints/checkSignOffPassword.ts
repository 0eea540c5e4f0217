import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewUser } from '../types.js'

import { appendReviewEvent } from '../../audit/appendReviewEvent.js'
import { REVIEW_EVENTS_SLUG } from '../../audit/types.js'
import { inTurn } from '../../inTurn.js'
import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { verifyPassword } from '../verifyPassword.js'

const MAX_FAILURES = 5
const WINDOW_MS = 15 * 60 * 1000

/**
 * The password a reviewer re-enters to sign. Wrong attempts are audit events, and five within a
 * quarter of an hour stop sign-offs by that account for a while: only someone holding the
 * reviewer's session can make them, so an anonymous guesser at the login form cannot. An account's
 * attempts are checked one at a time, so that attempts sent at once cannot all count the failures
 * recorded before any of them (each app instance checks its own in turn).
 */
export const checkSignOffPassword = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  id: string,
  user: ReviewUser,
  password: string,
): Promise<void> =>
  inTurn(req.payload, `sign-off password of ${options.usersSlug} ${String(user.id)}`, async () => {
    const since = new Date(Date.now() - WINDOW_MS).toISOString()
    const { totalDocs: failures } = await req.payload.count({
      collection: REVIEW_EVENTS_SLUG,
      where: {
        and: [
          { action: { equals: 'signoff_failed' } },
          { actorUserId: { equals: String(user.id) } },
          { occurredAt: { greater_than: since } },
        ],
      },
      overrideAccess: true,
    })
    if (failures >= MAX_FAILURES) {
      throw publicError(
        429,
        'SIGNOFF_TEMPORARILY_LOCKED',
        'Too many wrong passwords at sign-off: wait 15 minutes, or ask an admin to check the account.',
      )
    }
    if (await verifyPassword(req, options.usersSlug, user.id, password)) return
    const actor = actorOf(req, options)
    // Outside any transaction: the refusal below must not take the record of the attempt with it.
    await appendReviewEvent(req.payload, {
      action: 'signoff_failed',
      actor: actor.id,
      actorName: actor.name,
      actorCredentials: actor.credentials,
      meaning: 'A sign-off was refused: the password was wrong.',
      documentCollection: collection,
      documentId: id,
    })
    throw publicError(403, 'PASSWORD_INCORRECT', 'That password is not right; the sign-off was not recorded.')
  })
