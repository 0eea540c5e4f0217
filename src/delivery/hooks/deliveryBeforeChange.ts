import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { putForDocument } from '../../documentContext.js'
import { DRAFT_SAVE, PREVIOUS_MAIN, type PreviousMain } from './contextKeys.js'

/**
 * Before a write that replaces the main row (publish, unpublish, update of a published document),
 * remembers that row's status, and for an unpublish the row itself as readers had it (the
 * `unpublished` event names that page, not words written in the same save). `originalDoc` cannot
 * tell: it is the latest version, often a newer draft.
 */
export const deliveryBeforeChange =
  (collection: string): CollectionBeforeChangeHook =>
  async ({ context, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || context[DRAFT_SAVE] || originalDoc?.id === undefined) return data
    const main = (await req.payload.db.findOne({
      collection: collection as CollectionSlug,
      where: { id: { equals: originalDoc.id } },
      req,
    })) as Record<string, unknown> | null
    const unpublishing = main?._status === 'published' && data._status === 'draft'
    const row = unpublishing
      ? ((await req.payload.findByID({
          collection: collection as CollectionSlug,
          id: originalDoc.id,
          draft: false,
          depth: 0,
          locale: req.locale ?? undefined,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Record<string, unknown> | null)
      : null
    const previous: PreviousMain = { status: main?._status, row }
    // On req.context as it is now: a Local API call with `req` (the read above) replaces that object.
    putForDocument(req.context, PREVIOUS_MAIN, collection, originalDoc.id, previous)
    return data
  }
