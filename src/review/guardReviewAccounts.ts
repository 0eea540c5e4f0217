import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewUser } from './types.js'

import { putForDocument, takeForDocument } from '../documentContext.js'
import { publicError } from '../publicError.js'
import { recordAccountEvent } from './recordAccountEvent.js'
import { ACCESS_CHECKS } from './resolveOptions.js'

const CHANGED = 'medicalReview:reviewRolesChanged'

type Roles = Record<(typeof ACCESS_CHECKS)[number], boolean>

const ROLE_NAMES: Record<keyof Roles, string> = { isStaff: 'staff', isReviewer: 'reviewer', isAdmin: 'admin' }
const named = (checks: (keyof Roles)[]) => checks.map((check) => ROLE_NAMES[check]).join(', ') || 'none'

const rolesOf = (options: ResolvedOptions, account: Record<string, unknown> | undefined): Roles => {
  const user = { ...account, collection: options.usersSlug } as ReviewUser
  return Object.fromEntries(ACCESS_CHECKS.map((check) => [check, Boolean(account) && options[check](user)])) as Roles
}

/** The signed-in account of the users collection, if that is who acts. */
const accountActing = (req: PayloadRequest, options: ResolvedOptions): ReviewUser | null =>
  req.user && req.user.collection === options.usersSlug ? req.user : null

/** No account of the site yet: Payload's first-user registration, which makes the first admin. */
const isFirstAccount = async (req: PayloadRequest, options: ResolvedOptions): Promise<boolean> =>
  (await req.payload.count({ collection: options.usersSlug as never, overrideAccess: true, req })).totalDocs === 0

/**
 * Who may write, review and administer is what the site's isStaff, isReviewer and isAdmin answer
 * for an account. Payload's default access lets any signed-in account change any account, roles
 * and passwords included, and a site may let anyone sign up; there a writer could make a second
 * account a reviewer, or take over a reviewer's account, and sign its own text. So:
 * - an account is given one of these roles only by an admin, by server code (the Local API with no
 *   user), or as the site's first account;
 * - an account that holds one is changed only by an admin or by itself;
 * - a reviewer's own session does not change the reviewer's password or email: the password is what
 *   a sign-off asks for again, so whoever holds the session alone must not be able to replace it.
 *   Reviewers reset it through the emailed link (Payload writes that without hooks) or ask an admin.
 * Signed-out writes to an existing account (Payload's forgotten-password token) change no role.
 */
export const guardReviewAccountsBeforeChange =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const before = rolesOf(options, operation === 'update' ? originalDoc : undefined)
    const after = rolesOf(options, { ...originalDoc, ...data })
    const granted = ACCESS_CHECKS.filter((check) => after[check] && !before[check])
    const held = ACCESS_CHECKS.some((check) => before[check])
    if (!granted.length && !held) return data
    const acting = accountActing(req, options)
    const byAdmin = acting !== null && options.isAdmin(acting)
    const bySelf = acting !== null && String(acting.id) === String(originalDoc?.id)
    if (held && req.user && !byAdmin && !bySelf) {
      throw publicError(403, 'ACCOUNT_ADMIN_ONLY', 'Only an admin, or the account’s own holder, can change an account that may write, review or administer medical content.')
    }
    const credentialsChanged = Boolean(data.password) || (typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc?.email).toLowerCase())
    if (before.isReviewer && bySelf && !byAdmin && credentialsChanged) {
      throw publicError(
        403,
        'REVIEWER_CREDENTIALS_BY_EMAIL',
        'A reviewer’s password and email are what a sign-off relies on, so they are not changed from a signed-in session: use “Forgot password” (a link by email), or ask an admin.',
      )
    }
    if (granted.length) {
      const bySignedOut = !req.user && (req.payloadAPI === 'local' || (await isFirstAccount(req, options)))
      if (!byAdmin && !bySignedOut) {
        throw publicError(403, 'ROLE_ADMIN_ONLY', `Only an admin can make an account ${named(granted)} in medical review.`)
      }
    }
    if (operation === 'update' && ACCESS_CHECKS.some((check) => before[check] !== after[check])) {
      putForDocument(req.context, CHANGED, options.usersSlug, originalDoc?.id, { before, after })
    }
    return data
  }

/** Records who changed an account's rights, from what to what, in the audit log. */
export const recordReviewAccountsAfterChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const change = takeForDocument<{ before: Roles; after: Roles }>(req.context, CHANGED, options.usersSlug, doc.id)
    if (!change) return doc
    const held = (roles: Roles) => named(ACCESS_CHECKS.filter((check) => roles[check]))
    // A new reviewer's printed name was set before an admin looked at it: recorded with the grant.
    const { name, credentials } = options.printedName({ ...doc, collection: options.usersSlug } as ReviewUser)
    const prints = change.after.isReviewer ? `; sign-offs print “${[name, credentials].filter(Boolean).join(', ')}”` : ''
    await recordAccountEvent(req, options, doc.id, `Changed the account’s medical-review rights from ${held(change.before)} to ${held(change.after)}${prints}.`, {
      roles: change,
    })
    return doc
  }
