import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { ReviewState } from '../types.js'

import { publicError } from '../../publicError.js'
import { readableText } from '../changes/readableText.js'
import { reviewableContent } from '../reviewableContent.js'
import { reviewSettingsOf } from '../reviewableContentSettings.js'

/** Whether a value holds anything a reader would see: words or numbers, not just editor structure. */
const hasContent = (value: unknown): boolean => /[\p{L}\p{N}]/u.test(readableText(value))

const labelOf = (field: FlattenedField): string =>
  typeof (field as { label?: unknown }).label === 'string' ? ((field as { label: string }).label) : field.name

/**
 * What makes a submission pointless or premature: a required field left empty (drafts skip
 * Payload's own validation), nothing for a reader at all, or the very content a reviewer already
 * sent back. Each is refused with what to do instead; nobody is emailed for it.
 */
export const refuseUnreadySubmission = (
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
  state: ReviewState,
): void => {
  const config = req.payload.collections[collection as CollectionSlug].config
  const settings = reviewSettingsOf(req.payload, collection)
  const missing = config.flattenedFields.filter(
    (field) => 'required' in field && field.required && !settings.exclude.includes(field.name) && !hasContent(doc[field.name]),
  )
  if (missing.length) {
    throw publicError(
      422,
      'INCOMPLETE_DOCUMENT',
      `Fill in ${missing.map(labelOf).join(', ')} before asking for medical review.`,
      { fields: missing.map((field) => field.name) },
    )
  }
  // `doc` is the latest version in the request's locale: its content is read as such.
  if (!hasContent(reviewableContent(config.flattenedFields, settings, doc, { blocks: req.payload.blocks }))) {
    throw publicError(422, 'NOTHING_TO_REVIEW', 'This document has no content yet: write it, then ask for review.')
  }
  const request = state.changesRequested
  if (request?.fingerprint && request.fingerprint === state.fingerprint) {
    throw publicError(
      409,
      'UNCHANGED_SINCE_CHANGES_REQUESTED',
      `Nothing changed since ${request.byName} asked for changes ("${request.reason}"). Make those changes, then submit again.`,
    )
  }
}
