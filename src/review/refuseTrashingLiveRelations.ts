import type { CollectionBeforeChangeHook } from 'payload'

import { refuseWhileLiveContentRelates } from './liveRelationHolders.js'

/**
 * Moving a document to Payload's trash is an update, not a delete, yet readers then get a relation to
 * it as null (and an internal link, or a relation in a rich-text node's fields, as null too): the
 * change the delete rule refuses. So a document that live reviewed content relates to is not moved
 * to the trash either. Added at start-up to every collection with the trash that is not under review: a reviewed
 * document in the trash is withdrawn, like an unpublished one.
 */
export const refuseTrashingLiveRelations =
  (reviewedSlugs: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const moved = operation === 'update' && Boolean((data as { deletedAt?: unknown }).deletedAt) && !(originalDoc as { deletedAt?: unknown } | undefined)?.deletedAt
    if (moved && originalDoc?.id !== undefined) {
      await refuseWhileLiveContentRelates(req, { slug: collection.slug, id: originalDoc.id as number | string, reviewedSlugs, richText: true, action: 'moved to the trash' })
    }
    return data
  }
