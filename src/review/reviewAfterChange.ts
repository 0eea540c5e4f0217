import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewState, SignOff } from './types.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { takeForDocument } from '../documentContext.js'
import { actorOf } from './actorOf.js'
import { adminLink, emailUsers } from './notify.js'
import { INVALIDATED, LIVE_FINGERPRINT, UNPUBLISHING } from './saveNotes.js'
import { titleOf } from './titleOf.js'

/** Leaves the trace of a save in the audit log, in the same transaction as the save. */
export const reviewAfterChange =
  (collection: string, options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const actor = actorOf(req, options)
    const state = doc.medicalReview as ReviewState
    const base = {
      actor: actor.id,
      actorName: actor.name,
      actorCredentials: actor.credentials,
      documentCollection: collection,
      documentId: doc.id,
      fingerprint: state?.fingerprint,
    }
    const invalidated = takeForDocument<{ signOff: SignOff | null; droppedDecisions: string[] }>(req.context, INVALIDATED, collection, doc.id)
    const unpublishing = takeForDocument<boolean>(req.context, UNPUBLISHING, collection, doc.id)
    if (invalidated) {
      const { signOff, droppedDecisions } = invalidated
      const voided = signOff ? `the sign-off by ${signOff.printedName} no longer applies` : ''
      const dropped = droppedDecisions.length ? `${droppedDecisions.length} claim decision(s) were dropped because their sentences changed` : ''
      await appendReviewEvent(
        req.payload,
        {
          ...base,
          action: 'invalidated',
          meaning: `The reviewable content changed: ${[voided, dropped].filter(Boolean).join(', and ')}.`,
          details: { signedFingerprint: signOff?.fingerprint, signedAt: signOff?.signedAt, droppedDecisions },
        },
        req,
      )
      // The reviewer who signed (and the one assigned) hear that their sign-off no longer covers it.
      if (signOff) {
        const title = titleOf(req.payload, collection, doc)
        await emailUsers(req.payload, options, [signOff.reviewer, state.assignment?.reviewer], {
          subject: `Back in review after an edit: ${title}`,
          text: `${actor.name} changed "${title}" after ${signOff.printedName} signed it off, so the sign-off no longer applies and it needs review again.\n\n${adminLink(req.payload, collection, String(doc.id))}`,
        })
      }
    }
    // Read back by the check after the write: a `select` may have left `_status` out of `doc`.
    const liveFingerprint = takeForDocument<string>(req.context, LIVE_FINGERPRINT, collection, doc.id)
    // A draft save leaves the live row, trashed or not, as it was.
    const draftSave = Boolean(req.context.medicalReviewDraftSave)
    const statusLeftOut = doc._status === undefined && !draftSave
    // Payload's trash is an update of `deletedAt`: readers see nothing in the trash (staffOnlyUnpublished).
    const trashed = Boolean(doc.deletedAt)
    const untrashed = !trashed && Boolean(previousDoc?.deletedAt) && !draftSave
    if (trashed) {
      if (!draftSave && !previousDoc?.deletedAt && previousDoc?._status === 'published') {
        await appendReviewEvent(req.payload, { ...base, action: 'unpublished', meaning: 'Moved to the trash: readers no longer see this document.' }, req)
      }
    } else if (doc._status === 'published' || (statusLeftOut && liveFingerprint !== undefined)) {
      const signed = state?.signOff ? ` signed off by ${state.signOff.printedName} on ${state.signOff.signedAt}` : ''
      await appendReviewEvent(
        req.payload,
        {
          ...base,
          fingerprint: liveFingerprint ?? base.fingerprint,
          action: 'published',
          meaning: untrashed ? `Taken out of the trash: readers see content${signed} again.` : signed ? `Published content${signed}.` : 'Published.',
        },
        req,
      )
    } else if (unpublishing) {
      await appendReviewEvent(
        req.payload,
        { ...base, action: 'unpublished', meaning: 'Unpublished: readers no longer see this document.' },
        req,
      )
    }
    return doc
  }
