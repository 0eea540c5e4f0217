import type { CollectionBeforeOperationHook } from 'payload'

import { DRAFT_SAVE } from './contextKeys.js'

/**
 * Notes whether this write only saves a draft (a draft restore of an old version too): Payload's
 * afterChange does not say, and a draft save over a published document must announce neither
 * "published" nor "unpublished".
 */
export const deliveryBeforeOperation =
  (): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID' && operation !== 'restoreVersion') return args
    const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
    // A restore as a draft carries the old version's `_status`, which Payload sets to draft only after the hooks.
    req.context[DRAFT_SAVE] = Boolean(draft) && (operation === 'restoreVersion' || data?._status !== 'published')
    return args
  }
