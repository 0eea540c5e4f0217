import type { CollectionBeforeChangeHook } from 'payload'

import type { ClaimScanner } from '../claims/index.js'
import type { ResolvedOptions } from './resolveOptions.js'
import type { CollectionReviewSettings } from './reviewableContent.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { ClaimScanInputError } from '../claims/index.js'
import { putForDocument } from '../documentContext.js'
import { publicError } from '../publicError.js'
import { actorOf } from './actorOf.js'
import { authorsOf } from './authorsOf.js'
import { duplicatedState } from './duplicatedState.js'
import { currentState } from './endpoints/currentState.js'
import { initialState } from './initialState.js'
import { isLive } from './isLive.js'
import { localeSources, takeLocaleSource } from './localeSource.js'
import { publishBlockers } from './publishBlockers.js'
import { reconcileState } from './reconcileState.js'
import { contentFingerprint, contentShapeOf, reviewableContent } from './reviewableContent.js'
import { everyLocaleOf } from './everyLocaleOf.js'
import { signerHoldsReviewerRole } from './signerHoldsReviewerRole.js'
import { INVALIDATED, PUBLISHED_CONTENT, UNPUBLISHING } from './saveNotes.js'
import { takeStateWrite } from './stateWrite.js'

/** The content's claims; content the scan cannot read (too many findings, say) is the writer's to fix. */
const scanOrRefuse = (scanner: ClaimScanner, content: Record<string, unknown>) => {
  try {
    return scanner.scanDocument(content)
  } catch (error) {
    if (error instanceof ClaimScanInputError) throw publicError(400, error.code, `Nothing was saved: ${error.message}.`)
    throw error
  }
}

/**
 * The gate. Runs on every write by every door (REST, GraphQL, bulk, autosave, restore, duplicate,
 * jobs, Local API), after the collection's own beforeChange hooks. It judges the content the write
 * stores (the document Payload started from, overlaid with the incoming data; what field hooks and
 * later plugins change after it is checked by refuseUnsignedStoredContent), against the review state of the latest
 * version read under the write lock (never the state the caller or an old row carries), replaces
 * whatever review state the caller sent with the server's own, and refuses to let the write leave
 * the document published unless a valid sign-off matches exactly this content.
 */
export const reviewBeforeChange =
  (
    collection: string,
    settings: CollectionReviewSettings & { authorField?: string },
    options: ResolvedOptions,
    scanner: ClaimScanner,
  ): CollectionBeforeChangeHook =>
  async ({ collection: config, context, data, operation, originalDoc, req }) => {
    if (!options.enabled) return data
    const merged = operation === 'update' ? { ...originalDoc, ...data } : { ...data }
    // Taken before any read: a state write is used by this save and no other.
    const stateWrite = operation === 'update' ? takeStateWrite(context, collection, originalDoc?.id) : undefined
    // A duplicate's note, taken once: its locales and the original's writers belong to this write.
    const [duplicate] = operation === 'create' ? localeSources(context, collection, 'document') : []
    if (duplicate) takeLocaleSource(context, duplicate)
    const shape = contentShapeOf(req.payload, config.flattenedFields)
    const content = reviewableContent(
      config.flattenedFields,
      settings,
      shape.locales
        ? await everyLocaleOf(req, collection, config.flattenedFields, merged, operation === 'update' ? originalDoc?.id : undefined, {
            ...shape,
            locales: shape.locales,
          }, duplicate)
        : merged,
      shape,
    )
    const fingerprint = contentFingerprint(content)
    const base =
      operation === 'update'
        ? (stateWrite ?? (await currentState(req, collection, String(originalDoc?.id))))
        : duplicate
          ? await duplicatedState(req, collection, duplicate.id, options.usersSlug)
          : initialState()
    const actor = actorOf(req, options)
    const { state, voidedSignOff, droppedDecisions } = reconcileState(
      base,
      scanOrRefuse(scanner, content),
      fingerprint,
      actor.id === null ? null : String(actor.id),
    )
    data.medicalReview = state
    if (voidedSignOff || droppedDecisions.length) {
      putForDocument(req.context, INVALIDATED, collection, originalDoc?.id, { signOff: voidedSignOff, droppedDecisions })
    }

    // Payload stores a restore as a draft only after these hooks, the old version's status still in `data`.
    if (context.medicalReviewDraftRestore) data._status = 'draft'
    const status = data._status ?? (operation === 'update' ? originalDoc?._status : undefined)
    if (status !== 'published') {
      if (operation === 'update' && !context.medicalReviewDraftSave) {
        // Set on req.context after the read: every Local API call with `req` replaces that object.
        const live = await isLive(req, collection, originalDoc?.id)
        if (live) putForDocument(req.context, UNPUBLISHING, collection, originalDoc?.id, true)
      }
      return data
    }
    const blockers = publishBlockers(state, fingerprint, {
      fourEyes: options.fourEyes,
      authorIds: authorsOf(merged, settings.authorField, options.usersSlug),
      holdsReviewerRole: state.signOff ? await signerHoldsReviewerRole(req, options, state.signOff) : undefined,
    })
    if (blockers.length === 0) {
      // Names the fields a later hook changes, if the stored row turns out to differ (refuseUnsignedStoredContent).
      if (operation === 'update') putForDocument(req.context, PUBLISHED_CONTENT, collection, originalDoc?.id, content)
      return data
    }

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
    const title = merged[config.admin?.useAsTitle ?? 'id'] ?? documentId
    throw publicError(
      403,
      'MEDICAL_REVIEW_REQUIRED',
      // Named, so that a bulk "Publish selected" says which document each refusal is about.
      `“${String(title)}” cannot be published until a medical reviewer signs it off: ${blockers.map((blocker) => blocker.message).join('; ')}.`,
      { reasons: blockers },
    )
  }
