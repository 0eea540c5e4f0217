import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { activeTransaction } from '../activeTransaction.js'
import { takeForDocument } from '../documentContext.js'
import { isObject } from '../isObject.js'
import { publicError } from '../publicError.js'
import { contentFingerprint, storedContent } from './reviewableContent.js'
import { PUBLISHED_CONTENT } from './saveNotes.js'

/** The fingerprint of the sign-off a row carries as stored: inside `record`, or on its own (rows from before `record`). */
const signedFingerprint = (row: Record<string, unknown>): unknown => {
  const state = isObject(row.medicalReview) ? row.medicalReview : {}
  const signOff = isObject(state.record) && 'signOff' in state.record ? state.record.signOff : state.signOff
  return isObject(signOff) ? signOff.fingerprint : undefined
}

/** Top-level fields whose content differs between what the gate judged and what was stored. */
const changedFields = (judged: Record<string, unknown> | undefined, stored: Record<string, unknown>): string[] =>
  judged
    ? Object.keys({ ...judged, ...stored }).filter((name) => JSON.stringify(judged[name]) !== JSON.stringify(stored[name]))
    : []

/**
 * After a write that leaves a document live, reads its live row back in the write's transaction and
 * refuses unless that content is exactly what its sign-off was given for. The gate judges the data
 * before Payload runs field `beforeChange` hooks, and before collection hooks a later plugin adds;
 * whatever those change (a date set on publish, a slug, text derived from other data) would reach
 * readers unsigned.
 */
export const refuseUnsignedStoredContent =
  (collection: string, options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const judged = takeForDocument<Record<string, unknown>>(req.context, PUBLISHED_CONTENT, collection, doc.id)
    if (!options.enabled || doc._status !== 'published') return doc
    // The stored row itself: a Local API read would add what the site's afterRead hooks compute.
    const row = (await req.payload.db.findOne({
      collection: collection as CollectionSlug,
      where: { id: { equals: doc.id } },
      ...(req.payload.config.localization ? { locale: 'all' } : {}),
      req,
    })) as Record<string, unknown> | null
    if (!row || row._status !== 'published') return doc
    const stored = storedContent(req.payload, collection, row)
    if (!stored || contentFingerprint(stored) === signedFingerprint(row)) return doc

    if ((await activeTransaction(req)) === undefined) {
      // Nothing to roll back: the row leaves readers' sight before the refusal.
      await req.payload.db.updateOne({ collection: collection as CollectionSlug, id: doc.id, data: { _status: 'draft' }, req })
    }
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
