import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { blocksOf, type SharedBlocks } from './blockOf.js'
import { reviewSettingsOf } from './reviewableContentSettings.js'

/**
 * Dotted paths among `fields` (rows and blocks, shared ones too, included) filled in when read:
 * virtual fields, and joins to collections outside review (their documents come with no sign-off).
 */
const virtualPaths = (fields: FlattenedField[], shared: SharedBlocks, reviewed: readonly string[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if ((field as { virtual?: unknown }).virtual) return [path]
    if (field.type === 'join') return [field.collection].flat().every((target) => reviewed.includes(target)) ? [] : [path]
    if (field.type === 'blocks') return blocksOf(field, shared).flatMap((block) => virtualPaths(block.flattenedFields, shared, reviewed, `${path}.`))
    return 'flattenedFields' in field ? virtualPaths(field.flattenedFields, shared, reviewed, `${path}.`) : []
  })

/**
 * A virtual field is filled in when a document is read (from a related document or a hook), and a
 * join with the documents of another collection, so no sign-off can bind it, yet readers get it
 * with the signed document. Says so at start-up for each
 * one a reviewed collection does not `exclude` explicitly.
 */
export const warnUnreviewedVirtualFields = (payload: Payload, slugs: readonly string[]): void => {
  for (const slug of slugs) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const { exclude } = reviewSettingsOf(payload, slug)
    const unexcluded = virtualPaths(config.flattenedFields, payload.blocks ?? {}, slugs).filter((path) => !exclude.includes(path.split('.')[0]!))
    if (unexcluded.length === 0) continue
    payload.logger.warn(
      `[payload-medical-review] ${slug} has virtual fields or joins to collections outside review, filled in when read with no review: ${unexcluded.join(', ')}. ` +
        'Readers get them beside the signed content. Keep health text out of them, take it from a reviewed collection, ' +
        `or list them in collections.${slug}.exclude to say they are not reviewed.`,
    )
  }
}
