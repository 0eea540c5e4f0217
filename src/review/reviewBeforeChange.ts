import type { CollectionBeforeChangeHook } from 'payload'

import type { ClaimScanner } from '../claims/index.js'
import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewedCollectionOptions } from './types.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { publicError } from '../publicError.js'
import { actorOf } from './actorOf.js'
import { initialState } from './initialState.js'
import { isLive } from './isLive.js'
import { publishBlockers } from './publishBlockers.js'
import { readState } from './readState.js'
import { reconcileState } from './reconcileState.js'
import { contentFingerprint, pickReviewable } from './reviewableContent.js'
import { signerHoldsReviewerRole } from './signerHoldsReviewerRole.js'
import { takeStateWrite } from './stateWrite.js'

/**
 * The gate. Runs last on every write by every door (REST, GraphQL, bulk, autosave, restore,
 * duplicate, jobs, Local API): recomputes the claims and the fingerprint of the merged document,
 * replaces whatever review state the caller sent with the server's own, and refuses to let the
 * write leave the document published unless a valid sign-off matches exactly this content.
 */
export const reviewBeforeChange =
  (
    collection: string,
    settings: ReviewedCollectionOptions,
    options: ResolvedOptions,
    scanner: ClaimScanner,
    titleField = 'id',
  ): CollectionBeforeChangeHook =>
  async ({ context, data, operation, originalDoc, req }) => {
    if (!options.enabled) return data
    const merged = operation === 'update' ? { ...originalDoc, ...data } : { ...data }
    const reviewable = pickReviewable(merged, settings.fields)
    const fingerprint = contentFingerprint(reviewable)
    const base =
      (operation === 'update' && takeStateWrite(context, collection, originalDoc?.id)) ||
      (operation === 'update' ? readState(originalDoc?.medicalReview) : initialState())
    const actor = actorOf(req, options)
    const { state, voidedSignOff, droppedDecisions } = reconcileState(base, scanner.scanDocument(reviewable), fingerprint, actor.id === null ? null : String(actor.id))
    data.medicalReview = state
    if (voidedSignOff || droppedDecisions.length) req.context.medicalReviewInvalidated = { signOff: voidedSignOff, droppedDecisions }

    const status = data._status ?? (operation === 'update' ? originalDoc?._status : undefined)
    if (status !== 'published') {
      if (operation === 'update' && !context.medicalReviewDraftSave) {
        const live = await isLive(req, collection, originalDoc?.id)
        // req.context, not the hook's `context`: a Local API call with `req` replaces the request's context object.
        req.context.medicalReviewUnpublishing = live
      }
      return data
    }
    const signer = state.signOff
      ? { holdsReviewerRole: await signerHoldsReviewerRole(req, options, state.signOff.reviewer) }
      : undefined
    const blockers = publishBlockers(state, fingerprint, { ...signer, fourEyes: options.fourEyes })
    if (blockers.length === 0) return data

    const documentId = String(originalDoc?.id ?? 'new')
    // Recorded outside this write's transaction, which the refusal rolls back; not awaited, so it
    // cannot wait on a lock this transaction holds.
    void appendReviewEvent(req.payload, {
      action: 'publish_blocked',
      actor: actor.id,
      actorName: actor.name,
      actorCredentials: actor.credentials,
      meaning: `Publishing was refused: ${blockers.map((blocker) => blocker.message).join('; ')}.`,
      documentCollection: collection,
      documentId,
      fingerprint,
      details: { blockers },
    }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'could not record a blocked publish' }))
    throw publicError(
      403,
      'MEDICAL_REVIEW_REQUIRED',
      // Named, so that a bulk "Publish selected" says which document each refusal is about.
      `“${String(merged[titleField] ?? documentId)}” cannot be published until a medical reviewer signs it off: ${blockers.map((blocker) => blocker.message).join('; ')}.`,
      { reasons: blockers },
    )
  }
