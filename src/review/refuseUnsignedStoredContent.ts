import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { activeTransaction } from '../activeTransaction.js'
import { putForDocument, takeForDocument } from '../documentContext.js'
import { isObject } from '../isObject.js'
import { publicError } from '../publicError.js'
import { contentFingerprint, storedContent } from './reviewableContent.js'
import { LIVE_FINGERPRINT, PUBLISHED_CONTENT, REFUSED_AFTER_WRITE } from './saveNotes.js'
import { storedRow } from './storedRow.js'

/** The fingerprint of the sign-off a row carries (storedRow's field hooks have unpacked the review state's `record`). */
const signedFingerprint = (row: Record<string, unknown>): unknown => {
  const signOff = isObject(row.medicalReview) ? row.medicalReview.signOff : undefined
  return isObject(signOff) ? signOff.fingerprint : undefined
}

/** Top-level fields whose content differs between what the gate judged and what was stored. */
const changedFields = (judged: Record<string, unknown> | undefined, stored: Record<string, unknown>): string[] =>
  judged
    ? Object.keys({ ...judged, ...stored }).filter((name) => JSON.stringify(judged[name]) !== JSON.stringify(stored[name]))
    : []

/**
 * With nothing to roll back, what this write made live leaves readers' sight: the main row and the
 * version the write added (which readers' `draft=true` reads) go back to draft. The version stays
 * the latest, so staff lists and the review queue still find the document.
 */
const withdraw = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  await req.payload.db.updateOne({ collection, id, data: { _status: 'draft' }, req })
  const locale = req.payload.config.localization ? { locale: 'all' } : {}
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    ...locale,
    req,
  })
  const latest = docs[0] as ({ id: number | string; version: Record<string, unknown> } & Record<string, unknown>) | undefined
  if (latest?.version._status === 'published') {
    const { id: versionId, ...versionData } = latest
    await req.payload.db.updateVersion({
      collection,
      id: versionId,
      versionData: { ...versionData, version: { ...latest.version, _status: 'draft' } } as never,
      ...locale,
      req,
    })
  }
}

/**
 * After a write that leaves a document live, reads its live row back in the write's transaction and
 * refuses unless that content is exactly what its sign-off was given for. The gate judges the data
 * before Payload runs field `beforeChange` hooks, and before collection hooks a later plugin adds;
 * whatever those change (a date set on publish, text derived from other data) would reach readers
 * unsigned.
 */
export const refuseUnsignedStoredContent =
  (collection: string, options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const judged = takeForDocument<Record<string, unknown>>(req.context, PUBLISHED_CONTENT, collection, doc.id)
    // The gate's note, or the result; a `select` can leave `_status` out of the result, and then the row decides.
    if (!options.enabled || (judged === undefined && doc._status !== undefined && doc._status !== 'published')) return doc
    const row = await storedRow(req, collection, doc.id)
    if (!row || row._status !== 'published') return doc
    const stored = storedContent(req.payload, collection, row)
    if (!stored) return doc
    const fingerprint = contentFingerprint(stored)
    if (fingerprint === signedFingerprint(row)) {
      // The audit's `published` event records what is live, whatever the write's `select` left in `doc`.
      putForDocument(req.context, LIVE_FINGERPRINT, collection, doc.id, fingerprint)
      return doc
    }

    if ((await activeTransaction(req)) === undefined) await withdraw(req, collection as CollectionSlug, doc.id)
    // Payload's own bulk update reports a document's error and commits the rest: bulkUpdateResult fails it whole.
    putForDocument(req.context, REFUSED_AFTER_WRITE, collection, doc.id, true)
    const fields = changedFields(judged, stored)
    throw publicError(
      409,
      'CHANGED_AFTER_REVIEW',
      `Not published: after the medical review check, this site's hooks changed ${
        fields.length ? fields.join(', ') : 'the content'
      }, so readers would get content no reviewer signed off. Set such values before review (a beforeValidate ` +
        `hook runs before the check), or name fields that hold nothing to review in the plugin's collections.${collection}.exclude.`,
      { fields },
    )
  }
