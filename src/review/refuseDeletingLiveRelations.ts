import type { CollectionBeforeDeleteHook, CollectionSlug, Where } from 'payload'

import { publicError } from '../publicError.js'
import { relationPathsTo } from './relationPathsTo.js'

/**
 * A signed, published document relates to others by id, and its sign-off covers those ids. Deleting
 * one would change what readers get with no write to the document: SQL databases drop the relation
 * (a list loses the item, a single relation turns null), and on MongoDB it points at nothing. So a
 * document that live reviewed content relates to is not deleted until that content no longer does.
 * Added to every collection at start-up, those of later plugins included.
 */
export const refuseDeletingLiveRelations = (reviewedSlugs: readonly string[]): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const holders: string[] = []
    for (const slug of reviewedSlugs) {
      const reviewed = req.payload.collections[slug as CollectionSlug]?.config
      const paths = reviewed ? relationPathsTo(reviewed.flattenedFields, collection.slug, req.payload.blocks) : []
      if (!paths.length) continue
      const relates: Where[] = paths.map(({ path, polymorphic }) => ({ [path]: { equals: polymorphic ? { relationTo: collection.slug, value: id } : id } }))
      const others: Where[] = slug === collection.slug ? [{ id: { not_equals: id } }] : []
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: { and: [{ _status: { equals: 'published' } }, { or: relates }, ...others] },
        depth: 0,
        limit: 5,
        pagination: false,
        overrideAccess: true,
        select: {},
        req,
      })
      holders.push(...docs.map((doc) => `${slug} ${doc.id}`))
    }
    if (holders.length) {
      throw publicError(
        409,
        'RELATED_TO_LIVE_CONTENT',
        `Not deleted: published, medically reviewed content relates to this document (${holders.join(', ')}), and deleting it would change what readers get without a review. Remove it from that content, or unpublish the content, first.`,
        { holders },
      )
    }
  }
