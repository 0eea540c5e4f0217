import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { adminLink, emailUsers } from '../notify.js'
import { writeReviewState } from '../stateWrite.js'
import { boundedText } from './boundedText.js'
import { currentState } from './currentState.js'
import { inReviewTransaction } from './inReviewTransaction.js'
import { loadReviewTarget } from './loadReviewTarget.js'
import { readBody } from './readBody.js'
import { recordEvent } from './recordEvent.js'
import { requireCurrentRevision, requireInReview } from './reviewerChecks.js'
import { reviewResponse } from './reviewResponse.js'
import { titleOf } from '../titleOf.js'

/** A reviewer sends the document back to the writer, with a required reason; the writer is emailed. */
export const requestChanges = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  options: ResolvedOptions,
  input: { reason?: unknown; revision?: unknown },
): Promise<ReviewState> => {
  const { doc } = await loadReviewTarget(req, collection, id, options, { reviewer: true })
  const reason = boundedText(input.reason, 'reason') ?? ''
  if (!reason) throw publicError(400, 'REASON_REQUIRED', 'Say what must change: the writer sees this reason.')
  const actor = actorOf(req, options)
  const state = await inReviewTransaction(req, async () => {
    const current = await currentState(req, collection, id)
    requireInReview(current)
    requireCurrentRevision(current, input.revision)
    // The fingerprint tells a resubmission of the very same content apart from one that addressed it.
    const changesRequested = {
      reason,
      by: String(actor.id),
      byName: actor.name,
      at: new Date().toISOString(),
      fingerprint: current.fingerprint,
    }
    const next = await writeReviewState(req, collection, id, {
      ...current,
      status: 'changes_requested',
      changesRequested,
    })
    await recordEvent(req, options, collection, id, next, 'changes_requested', `Requested changes: ${reason}`, {
      reason,
    })
    return next
  })
  const title = titleOf(req.payload, collection, doc)
  await emailUsers(req.payload, options, [state.contentEditedBy], {
    subject: `Changes requested: ${title}`,
    text: `${actor.name} asked for changes to "${title}":\n\n${reason}\n\n${adminLink(req.payload, collection, id)}`,
  })
  return state
}

/** POST /api/{collection}/{id}/review/request-changes with `{ reason, revision? }`. */
export const requestChangesEndpoint = (collection: string, options: ResolvedOptions): Endpoint => ({
  path: '/:id/review/request-changes',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    return reviewResponse(req, collection, id, await requestChanges(req, collection, id, options, await readBody(req)), options)
  },
})
