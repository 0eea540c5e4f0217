import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewUser } from './types.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { putForDocument, takeForDocument } from '../documentContext.js'
import { publicError } from '../publicError.js'
import { actorOf } from './actorOf.js'
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
 * - an account that holds one is changed only by an admin or by itself.
 * Signed-out writes to an existing account (Payload's forgotten-password token) change no role.
 */
export const guardReviewRolesBeforeChange =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const before = rolesOf(options, operation === 'update' ? originalDoc : undefined)
    const after = rolesOf(options, { ...originalDoc, ...data })
    const granted = ACCESS_CHECKS.filter((check) => after[check] && !before[check])
    const held = ACCESS_CHECKS.some((check) => before[check])
    if (!granted.length && !held) return data
    const acting = accountActing(req, options)
    const byAdmin = acting !== null && options.isAdmin(acting)
    if (held && req.user && !byAdmin && !(acting && String(acting.id) === String(originalDoc?.id))) {
      throw publicError(403, 'ACCOUNT_ADMIN_ONLY', 'Only an admin, or the account’s own holder, can change an account that may write, review or administer medical content.')
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
export const recordReviewRolesAfterChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const change = takeForDocument<{ before: Roles; after: Roles }>(req.context, CHANGED, options.usersSlug, doc.id)
    if (!change) return doc
    const actor = actorOf(req, options)
    const held = (roles: Roles) => named(ACCESS_CHECKS.filter((check) => roles[check]))
    await appendReviewEvent(
      req.payload,
      {
        action: 'signer_profile_changed',
        actor: actor.id,
        actorName: actor.name,
        actorCredentials: actor.credentials,
        meaning: `Changed the account’s medical-review rights from ${held(change.before)} to ${held(change.after)}.`,
        documentCollection: options.usersSlug,
        documentId: doc.id,
        details: { roles: change },
      },
      req,
    )
    return doc
  }
