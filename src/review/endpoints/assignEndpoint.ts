import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { storedAuthors } from '../storedAuthors.js'
import { adminLink, emailUsers } from '../notify.js'
import { excludedSigners } from '../publishBlockers.js'
import { reviewersOf } from '../reviewersOf.js'
import { writeReviewState } from '../stateWrite.js'
import { titleOf } from '../titleOf.js'
import { currentState } from './currentState.js'
import { inReviewTransaction } from './inReviewTransaction.js'
import { loadReviewTarget } from './loadReviewTarget.js'
import { readBody } from './readBody.js'
import { recordEvent } from './recordEvent.js'
import { requireCurrentRevision } from './reviewerChecks.js'
import { reviewResponse } from './reviewResponse.js'

export type AssignInput = { reviewer?: unknown; revision?: unknown }

/**
 * Anyone on staff asks a reviewer to review the document (a reviewer may take it themselves), or
 * clears the request with `reviewer: null`. The reviewer must pass the reviewer check and may not
 * be someone four-eyes keeps from reviewing it. The assignee is emailed.
 */
export const assignReviewer = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
  input: AssignInput,
): Promise<ReviewState> => {
  const { doc } = await loadReviewTarget(req, collection, id, options)
  if (input.reviewer !== null && (typeof input.reviewer !== 'string' || !input.reviewer) && typeof input.reviewer !== 'number') {
    throw publicError(400, 'INVALID_REVIEWER', 'reviewer must be the id of a reviewer (from GET /api/medical-review/reviewers), or null.')
  }
  const wanted = input.reviewer === null ? null : String(input.reviewer)
  const reviewer = wanted === null ? null : (await reviewersOf(req.payload, options, req)).find((candidate) => candidate.id === wanted)
  if (wanted !== null && !reviewer) {
    throw publicError(422, 'NOT_A_REVIEWER', `User ${wanted} is not a medical reviewer, so cannot be asked to review.`)
  }
  const actor = actorOf(req, options)
  const state = await inReviewTransaction(req, async () => {
    const current = await currentState(req, collection, id)
    requireCurrentRevision(current, input.revision)
    if (reviewer && options.fourEyes && excludedSigners(current, await storedAuthors(req, collection, doc.id, options.usersSlug)).includes(reviewer.id)) {
      throw publicError(
        409,
        'FOUR_EYES',
        `${reviewer.name} wrote or changed this content, so another reviewer must review it.`,
      )
    }
    const assignment = reviewer
      ? { reviewer: reviewer.id, reviewerName: reviewer.name, by: String(actor.id), byName: actor.name, at: new Date().toISOString() }
      : null
    const next = await writeReviewState(req, collection, id, { ...current, assignment })
    await recordEvent(
      req,
      options,
      collection,
      id,
      next,
      'assigned',
      reviewer
        ? reviewer.id === String(actor.id)
          ? `${reviewer.name} took on the review.`
          : `Asked ${reviewer.name} to review.`
        : 'Cleared the request for a reviewer.',
      { reviewer: reviewer?.id ?? null },
    )
    return next
  })
  if (reviewer && reviewer.id !== String(actor.id)) {
    const title = titleOf(req.payload, collection, doc)
    await emailUsers(req.payload, options, [reviewer.id], {
      subject: `Please review: ${title}`,
      text: `${actor.name} asked you to review "${title}".\n\n${adminLink(req.payload, collection, id)}`,
    })
  }
  return state
}

/** POST /api/{collection}/{id}/review/assign with `{ reviewer: id | null, revision? }`. */
export const assignEndpoint = (
  collection: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
): Endpoint => ({
  path: '/:id/review/assign',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    return reviewResponse(req, collection, id, await assignReviewer(req, collection, id, settings, options, await readBody(req)), options)
  },
})
