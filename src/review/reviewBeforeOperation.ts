import type { CollectionBeforeOperationHook } from 'payload'

import { lockDocument } from './documentLock.js'

/**
 * Before Payload reads the document it is about to change: takes the per-document lock (so the
 * stored state the gate reads is the latest), and notes whether this write is a draft save.
 */
export const reviewBeforeOperation =
  (collection: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'update' && operation !== 'updateByID') return args
    const { draft, id } = args as { draft?: boolean; id?: number | string }
    req.context.medicalReviewDraftSave = Boolean(draft)
    if (id !== undefined) await lockDocument(req, collection, id)
    return args
  }
