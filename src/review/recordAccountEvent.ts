import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { actorOf } from './actorOf.js'

/** An audit event about a change to an account of the users collection, by whoever made it, in the write's transaction. */
export const recordAccountEvent = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  accountId: number | string,
  meaning: string,
  details: Record<string, unknown>,
): Promise<void> => {
  const actor = actorOf(req, options)
  await appendReviewEvent(
    req.payload,
    {
      action: 'signer_profile_changed',
      actor: actor.id,
      actorName: actor.name,
      actorCredentials: actor.credentials,
      meaning,
      documentCollection: options.usersSlug,
      documentId: accountId,
      details,
    },
    req,
  )
}
