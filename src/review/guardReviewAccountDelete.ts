import type { CollectionBeforeDeleteHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewUser } from './types.js'

import { publicError } from '../publicError.js'
import { ACCESS_CHECKS } from './resolveOptions.js'

/**
 * An account that may write, review or administer medical content is deleted only by an admin,
 * by itself, or by server code: on Payload's default access any signed-in account could delete a
 * reviewer, and every sign-off of theirs would stop counting.
 */
export const guardReviewAccountDelete =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const acting = req.user && req.user.collection === options.usersSlug ? req.user : null
    if (!req.user || (acting && (options.isAdmin(acting) || String(acting.id) === String(id)))) return
    const account = await req.payload.findByID({ collection: options.usersSlug as never, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!account) return
    const user = { ...(account as Record<string, unknown>), collection: options.usersSlug } as ReviewUser
    if (ACCESS_CHECKS.some((check) => options[check](user))) {
      throw publicError(403, 'ACCOUNT_ADMIN_ONLY', 'Only an admin, or the account’s own holder, can delete an account that may write, review or administer medical content.')
    }
  }
