import type { CollectionBeforeOperationHook } from 'payload'

import { DRAFT_SAVE } from './contextKeys.js'

/**
 * Notes whether this write only saves a draft: Payload's afterChange does not say, and a draft
 * save over a published document must announce neither "published" nor "unpublished".
 */
export const deliveryBeforeOperation =
  (): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
    const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
    req.context[DRAFT_SAVE] = Boolean(draft) && data?._status !== 'published'
    return args
  }
