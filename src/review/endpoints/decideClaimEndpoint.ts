import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { ClaimDecisionStatus, ReviewState } from '../types.js'

import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { storedAuthors } from '../storedAuthors.js'
import { writeReviewState } from '../stateWrite.js'
import { boundedText } from './boundedText.js'
import { currentState } from './currentState.js'
import { parseEvidence } from './evidence.js'
import { inReviewTransaction } from './inReviewTransaction.js'
import { loadReviewTarget } from './loadReviewTarget.js'
import { readBody } from './readBody.js'
import { recordEvent } from './recordEvent.js'
import { refuseBlindOverwrite, refuseOwnContent, requireCurrentRevision, requireInReview } from './reviewerChecks.js'
import { reviewResponse } from './reviewResponse.js'

const DECISIONS: ClaimDecisionStatus[] = ['approved', 'rejected', 'pending']

// Enough for any document's claims; a longer list is a malformed request.
const MAX_KEYS = 500

/** The `keys` of a decision on many claims: distinct strings, at least one. */
const parseKeys = (keys: unknown): string[] => {
  if (!Array.isArray(keys) || !keys.length || keys.length > MAX_KEYS || keys.some((key) => typeof key !== 'string' || !key)) {
    throw publicError(400, 'INVALID_KEYS', `keys must list 1 to ${MAX_KEYS} claim keys from GET …/review.`)
  }
  return [...new Set(keys as string[])]
}

export type ClaimDecisionInput = { decision?: unknown; note?: unknown; evidence?: unknown; revision?: unknown }

/**
 * A reviewer approves or rejects claims, one or many at once with one note (a run of warnings,
 * say); a rejection needs a note. All or nothing: an unknown key refuses the whole request.
 */
export const decideClaims = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  requestedKeys: unknown,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
  input: ClaimDecisionInput,
): Promise<ReviewState> => {
  const { doc, user } = await loadReviewTarget(req, collection, id, options, { reviewer: true })
  const keys = parseKeys(requestedKeys)
  const decision = input.decision as ClaimDecisionStatus
  if (!DECISIONS.includes(decision)) {
    throw publicError(400, 'INVALID_DECISION', 'decision must be "approved", "rejected" or "pending".')
  }
  const note = boundedText(input.note, 'note') ?? ''
  if (decision === 'rejected' && !note) {
    throw publicError(400, 'REASON_REQUIRED', 'Say why the claim is rejected: the writer needs the reason to fix it.')
  }
  const evidence = parseEvidence(input.evidence)
  return inReviewTransaction(req, async () => {
    const current = await currentState(req, collection, id)
    requireInReview(current)
    refuseOwnContent(current, user, options, await storedAuthors(req, collection, doc.id, options.usersSlug))
    requireCurrentRevision(current, input.revision)
    const chosen = keys.map((key) => {
      const claim = current.claims.find((candidate) => candidate.key === key)
      if (!claim)
        throw publicError(
          404,
          'CLAIM_NOT_FOUND',
          `No claim with key ${key} in the current content: it may have been edited.`,
        )
      refuseBlindOverwrite(claim, user, input.revision)
      return claim
    })
    const decided = {
      status: decision,
      reviewer: String(user.id),
      reviewerName: actorOf(req, options).name,
      decidedAt: new Date().toISOString(),
      ...(note ? { note } : {}),
      ...(evidence ? { evidence } : {}),
    }
    const claims = current.claims.map((candidate) =>
      keys.includes(candidate.key) ? { ...candidate, decision: decided } : candidate,
    )
    const next = await writeReviewState(req, collection, id, { ...current, claims })
    for (const claim of chosen) {
      const category = claim.category.replace(/_/g, ' ')
      await recordEvent(
        req,
        options,
        collection,
        id,
        next,
        'claim_decided',
        `Marked the ${category} claim "${claim.text}" as ${decision}.`,
        {
          key: claim.key,
          decision,
          note: note || undefined,
          evidence,
          sentence: claim.sentence,
          ...(chosen.length > 1 ? { together: chosen.length } : {}),
        },
      )
    }
    return next
  })
}

/** One claim: see decideClaims. */
export const decideClaim = (
  req: PayloadRequest,
  collection: string,
  id: string,
  key: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
  input: ClaimDecisionInput,
): Promise<ReviewState> => decideClaims(req, collection, id, [key], settings, options, input)

/** POST /api/{collection}/{id}/review/claims/{key} with `{ decision, note, evidence, revision? }`. */
export const decideClaimEndpoint = (
  collection: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
): Endpoint => ({
  path: '/:id/review/claims/:key',
  method: 'post',
  handler: async (req) => {
    const { id, key } = req.routeParams as { id: string; key: string }
    return reviewResponse(req, collection, String(id), await decideClaim(req, collection, String(id), String(key), settings, options, await readBody(req)), options)
  },
})
