import type { CollectionBeforeDeleteHook } from 'payload'

import { refuseWhileLiveContentRelates } from './liveRelationHolders.js'

/**
 * A signed, published document relates to others by id, and its sign-off covers those ids. Deleting
 * one would change what readers get with no write to the document: SQL databases drop the relation
 * (a list loses the item, a single relation turns null), and on MongoDB it points at nothing. So a
 * document that live reviewed content relates to, through fields or rich-text nodes, is not deleted
 * until that content no longer does. Added to every collection at start-up, those of later plugins
 * included.
 */
export const refuseDeletingLiveRelations = (reviewedSlugs: readonly string[]): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) =>
    refuseWhileLiveContentRelates(req, {
      slug: collection.slug,
      id,
      reviewedSlugs,
      // Payload's own documents (jobs, locks, preferences) are deleted as it works, and no reader is shown them.
      richText: !collection.slug.startsWith('payload-'),
      action: 'deleted',
    })
