import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { publicError } from '../../publicError.js'
import { adminLink, emailReviewers } from '../notify.js'
import { writeReviewState } from '../stateWrite.js'
import { currentState } from './currentState.js'
import { inReviewTransaction } from './inReviewTransaction.js'
import { loadReviewTarget } from './loadReviewTarget.js'
import { recordEvent } from './recordEvent.js'
import { refuseUnreadySubmission } from './refuseUnreadySubmission.js'
import { reviewResponse } from './reviewResponse.js'
import { titleOf } from '../titleOf.js'

/** The writer asks for medical review of a complete, changed document; reviewers are emailed. */
export const submitForReview = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  options: ResolvedOptions,
): Promise<ReviewState> => {
  const { doc } = await loadReviewTarget(req, collection, id, options)
  const state = await inReviewTransaction(req, async () => {
    const current = await currentState(req, collection, id)
    if (current.status === 'in_review' || current.status === 'approved') {
      throw publicError(
        409,
        'ALREADY_IN_REVIEW',
        `This document is already ${current.status === 'approved' ? 'approved' : 'in review'}.`,
      )
    }
    refuseUnreadySubmission(req, collection, doc, current)
    const next = await writeReviewState(req, collection, id, {
      ...current,
      status: 'in_review',
      changesRequested: null,
    })
    const pending = next.claims.filter((claim) => claim.decision.status === 'pending').length
    await recordEvent(
      req,
      options,
      collection,
      id,
      next,
      'submitted',
      `Submitted for medical review with ${pending} claim(s) to decide.`,
    )
    return next
  })
  const title = titleOf(req.payload, collection, doc)
  await emailReviewers(req.payload, options, {
    subject: `Medical review requested: ${title}`,
    text: `"${title}" is ready for medical review (${state.claims.length} health claim(s) found).\n\n${adminLink(req.payload, collection, id)}`,
  })
  return state
}

/** POST /api/{collection}/{id}/review/submit */
export const submitEndpoint = (collection: string, options: ResolvedOptions): Endpoint => ({
  path: '/:id/review/submit',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    return reviewResponse(req, collection, id, await submitForReview(req, collection, id, options), options)
  },
})
