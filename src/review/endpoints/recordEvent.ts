import type { PayloadRequest } from 'payload'

import type { ReviewAction } from '../../audit/types.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { appendReviewEvent } from '../../audit/appendReviewEvent.js'
import { actorOf } from '../actorOf.js'

/** One audit event for a review action, in the action's transaction. */
export const recordEvent = (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  id: string,
  state: ReviewState,
  action: ReviewAction,
  meaning: string,
  details?: Record<string, unknown>,
) => {
  const actor = actorOf(req, options)
  return appendReviewEvent(
    req.payload,
    {
      action,
      actor: actor.id,
      actorName: actor.name,
      actorCredentials: actor.credentials,
      meaning,
      documentCollection: collection,
      documentId: id,
      fingerprint: state.fingerprint,
      details,
    },
    req,
  )
}
