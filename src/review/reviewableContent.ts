import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { createHash } from 'node:crypto'

import { reviewedLocales } from './everyLocale.js'
import { type ContentShape, readerContent } from './readerContent.js'

/** Where the plugin keeps a reviewed collection's settings on its (server-only) `custom`. */
export const REVIEW_SETTINGS = 'medicalReview'

export type CollectionReviewSettings = { exclude: string[] }

/** SHA-256 over the canonical reader content: what a sign-off is bound to. */
export const contentFingerprint = (content: Record<string, unknown>): string =>
  createHash('sha256').update(JSON.stringify(content)).digest('hex')

/**
 * The reader content of `doc` under a collection's review settings. On a localized site `doc` must
 * hold every locale (see everyLocale.ts).
 */
export const reviewableContent = (
  fields: FlattenedField[],
  settings: CollectionReviewSettings,
  doc: Record<string, unknown>,
  shape: ContentShape,
): Record<string, unknown> => readerContent(fields, doc, new Set(settings.exclude), shape)

/** The shape of a collection's content on this site (see ContentShape). */
export const contentShapeOf = (payload: Payload, fields: FlattenedField[]): ContentShape => ({
  blocks: payload.blocks,
  locales: reviewedLocales(payload, fields),
})

/**
 * The reader content of a stored document of a reviewed collection, as the gate computes it;
 * undefined for a collection that is not under review. For checks that read rows back: on a site
 * with localized fields, `doc` must be read with locale `all`.
 */
export const storedContent = (
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
): Record<string, unknown> | undefined => {
  const config = payload.collections[collection as CollectionSlug]?.config
  const settings = config?.custom?.[REVIEW_SETTINGS] as CollectionReviewSettings | undefined
  if (!config || !settings) return undefined
  return reviewableContent(config.flattenedFields, settings, doc, contentShapeOf(payload, config.flattenedFields))
}

/** The fingerprint of a stored document (see storedContent), as the gate computes it. */
export const fingerprintDocument = (
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
): string | undefined => {
  const content = storedContent(payload, collection, doc)
  return content && contentFingerprint(content)
}
