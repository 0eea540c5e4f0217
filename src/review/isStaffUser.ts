import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewUser } from './types.js'

export type StaffChecks = Pick<ResolvedOptions, 'isAdmin' | 'isReviewer' | 'isStaff' | 'usersSlug'>

/**
 * A signed-in account of the users collection that takes part in review. Reviewers and admins
 * always do; anyone else (a subscriber, a member) only when the site's `isStaff` says so.
 */
export const isStaffUser = (user: unknown, options: StaffChecks): user is ReviewUser => {
  if (!user || (user as ReviewUser).collection !== options.usersSlug) return false
  const account = user as ReviewUser
  return options.isStaff(account) || options.isReviewer(account) || options.isAdmin(account)
}
