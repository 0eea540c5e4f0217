import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { putForDocument } from '../../documentContext.js'
import { DRAFT_SAVE, PREVIOUS_MAIN, type PreviousMain } from './contextKeys.js'

/**
 * Before a write that replaces the main row (publish, unpublish, update of a published document),
 * remembers that row's status and watched fields. `originalDoc` cannot tell: it is the latest
 * version, often a newer draft.
 */
export const deliveryBeforeChange =
  (collection: string, watched: string[]): CollectionBeforeChangeHook =>
  async ({ context, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || context[DRAFT_SAVE] || originalDoc?.id === undefined) return data
    const main = (await req.payload.db.findOne({
      collection: collection as CollectionSlug,
      where: { id: { equals: originalDoc.id } },
      locale: req.locale ?? undefined,
      req,
    })) as Record<string, unknown> | null
    const previous: PreviousMain = {
      status: main?._status,
      fields: Object.fromEntries(watched.map((field) => [field, main?.[field]])),
      row: main,
    }
    putForDocument(context, PREVIOUS_MAIN, collection, originalDoc.id, previous)
    return data
  }
