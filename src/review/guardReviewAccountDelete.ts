import type { CollectionBeforeDeleteHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { publicError } from '../publicError.js'
import { accountActing } from './accountActing.js'
import { asAccount } from './asAccount.js'
import { isStaffUser } from './isStaffUser.js'
import { recordAccountEvent } from './recordAccountEvent.js'
import { serverCodeActing } from './serverCodeActing.js'

/**
 * An account that may write, review or administer medical content is deleted only by an admin, by
 * itself, or by server code (the Local API with no user): on Payload's default access any signed-in
 * account could delete a reviewer, and every sign-off of theirs would stop counting. The deletion
 * is an audit event, in the delete's transaction.
 */
export const guardReviewAccountDelete =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const row = await req.payload.findByID({ collection: options.usersSlug as never, id, depth: 0, overrideAccess: true, disableErrors: true, trash: true, req })
    if (!row || !isStaffUser(asAccount(row as Record<string, unknown>, options.usersSlug), options)) return
    const acting = accountActing(req, options.usersSlug)
    const allowed = serverCodeActing(req) || (acting !== null && (options.isAdmin(acting) || String(acting.id) === String(id)))
    if (!allowed) {
      throw publicError(403, 'ACCOUNT_ADMIN_ONLY', 'Only an admin, or the account’s own holder, can delete an account that may write, review or administer medical content.')
    }
    await recordAccountEvent(req, options, id, 'Deleted an account that could write, review or administer medical content.', {})
  }
