import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { activeTransaction } from '../activeTransaction.js'
import { putForDocument, takeForDocument } from '../documentContext.js'
import { publicError } from '../publicError.js'
import { accountActing } from './accountActing.js'
import { asAccount } from './asAccount.js'
import { recordAccountEvent } from './recordAccountEvent.js'
import { ACCESS_CHECKS } from './resolveOptions.js'
import { serverCodeActing } from './serverCodeActing.js'

const CHANGED = 'medicalReview:reviewRolesChanged'

/**
 * What Payload's forgotten-password flow writes to an account, with the caller's session if any.
 * Let through in that flow only (server code could write a known token otherwise), so that
 * "Forgot password" answers alike for every address.
 */
const RESET_BOOKKEEPING = new Set(['resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt', 'updatedAt'])
// A string key: Payload's Local API drops a context that holds only symbols. Clients cannot set context.
const FORGOT_PASSWORD = 'medicalReview:forgotPassword'

/** Marks a request of Payload's forgotten-password flow; the account write it makes carries the mark. */
export const markForgotPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword') req.context[FORGOT_PASSWORD] = true
  return args
}

type Roles = Record<(typeof ACCESS_CHECKS)[number], boolean>

const ROLE_NAMES: Record<keyof Roles, string> = { isStaff: 'staff', isReviewer: 'reviewer', isAdmin: 'admin' }
const named = (checks: (keyof Roles)[]) => checks.map((check) => ROLE_NAMES[check]).join(', ') || 'none'

const rolesOf = (options: ResolvedOptions, row: Record<string, unknown> | undefined): Roles =>
  Object.fromEntries(ACCESS_CHECKS.map((check) => [check, Boolean(row) && options[check](asAccount(row, options.usersSlug))])) as Roles

/** No account of the site yet: Payload's first-user registration, which makes the first admin. */
const isFirstAccount = async (req: PayloadRequest, options: ResolvedOptions): Promise<boolean> =>
  (await req.payload.count({ collection: options.usersSlug as never, overrideAccess: true, req })).totalDocs === 0

/** What the guard saw before the write, for the check of what was stored. */
type Noted = { before: Roles; mayGrant: boolean }

/** A new account has no id before it is stored. */
const NEW = 'new'

/**
 * Who may write, review and administer is what the site's isStaff, isReviewer and isAdmin answer
 * for an account. Payload's default access lets any signed-in account change any account, roles
 * and passwords included, and a site may let anyone sign up; there a writer could make a second
 * account a reviewer, or take over a reviewer's account, and sign its own text. So, whatever the
 * site's access rules say, with server code (the Local API with no user) trusted:
 * - an account is given one of these roles only by an admin or as the site's first account;
 * - an account that holds one is changed only by an admin or by itself, apart from what Payload's
 *   own auth flows write (a forgotten-password token, say);
 * - a reviewer's own session does not change the reviewer's password or email: the password is what
 *   a sign-off asks for again, so whoever holds the session alone must not be able to replace it.
 *   Reviewers reset it through the emailed link (Payload writes the new one without hooks) or ask an admin.
 */
export const guardReviewAccountsBeforeChange =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const before = rolesOf(options, operation === 'update' ? originalDoc : undefined)
    const after = rolesOf(options, { ...originalDoc, ...data })
    const granted = ACCESS_CHECKS.filter((check) => after[check] && !before[check])
    const held = ACCESS_CHECKS.some((check) => before[check])
    const acting = accountActing(req, options.usersSlug)
    const byServer = serverCodeActing(req)
    const byAdmin = acting !== null && options.isAdmin(acting)
    const bySelf = acting !== null && String(acting.id) === String(originalDoc?.id)
    // Only a signed-out create can be the first account; the count is not run for other writes (a password reset, say).
    const mayGrant = byServer || byAdmin || (!req.user && operation === 'create' && (await isFirstAccount(req, options)))
    // Accounts that server code creates (a seed, an import) are its own business; every other write is checked once stored.
    if (operation === 'update' || !byServer) putForDocument(req.context, CHANGED, options.usersSlug, operation === 'update' ? originalDoc?.id : NEW, { before, mayGrant })
    // With its id, an account's creation time says which account signed (accountCreatedAt): only server code sets it.
    if (!byServer && collection.timestamps !== false) data.createdAt = operation === 'update' ? originalDoc?.createdAt : new Date().toISOString()
    if (byServer) return data
    // Payload hands the hook the whole account, so what changes is what differs from the stored row.
    const changed = Object.keys(data).filter((key) => JSON.stringify(data[key]) !== JSON.stringify(originalDoc?.[key]))
    // First registration marks the new admin verified, signed out; Payload writes locks, sessions and verification without hooks.
    const resetting = req.context[FORGOT_PASSWORD] === true
    const bookkeepingOnly = changed.every(
      (key) => (resetting && RESET_BOOKKEEPING.has(key)) || (!req.user && key === '_verified' && data._verified === true),
    )
    if (held && !byAdmin && !bySelf && !bookkeepingOnly) {
      throw publicError(403, 'ACCOUNT_ADMIN_ONLY', 'Only an admin, or the account’s own holder, can change an account that may write, review or administer medical content.')
    }
    const passwordOrEmail = Boolean(data.password) || (typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc?.email).toLowerCase())
    if (before.isReviewer && bySelf && !byAdmin && passwordOrEmail) {
      throw publicError(
        403,
        'REVIEWER_PASSWORD_BY_RESET',
        'A reviewer’s password is what a sign-off asks for again, so a signed-in session does not change it, or the email a reset goes to: sign out and use “Forgot password” on the login page, or ask an admin.',
      )
    }
    if (granted.length && !mayGrant) throw refuseGrant(granted)
    return data
  }

const refuseGrant = (granted: (keyof Roles)[]) => publicError(403, 'ROLE_ADMIN_ONLY', `Only an admin can make an account ${named(granted)} in medical review.`)

/** With no transaction to roll back, a refused write is undone by hand: the new account goes, or the changed fields get their old values. */
const undoWrite = async (req: PayloadRequest, usersSlug: string, operation: 'create' | 'update', stored: Record<string, unknown>, previous: Record<string, unknown>) => {
  const collection = usersSlug as CollectionSlug
  if (operation === 'create') {
    await req.payload.db.deleteOne({ collection, where: { id: { equals: stored.id } }, req })
    return
  }
  const names = req.payload.collections[collection].config.flattenedFields.map((field) => field.name).filter((name) => name !== 'id')
  const changed = names.filter((name) => JSON.stringify(previous[name] ?? null) !== JSON.stringify(stored[name] ?? null))
  await req.payload.db.updateOne({ collection, id: stored.id as number | string, data: Object.fromEntries(changed.map((name) => [name, previous[name] ?? null])), req })
}

/**
 * Judges what was stored, inside the write's transaction: a database that casts a value the guard
 * read as no role (one string for a list, say), or a field hook after the guard, could still have
 * granted one; without a transaction the refused write is undone here. Then records who changed an account's rights, from what to what, in the audit log.
 */
export const recordReviewAccountsAfterChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const noted = takeForDocument<Noted>(req.context, CHANGED, options.usersSlug, operation === 'create' ? NEW : doc.id)
    if (!noted) return doc
    // Read as stored, every field: the caller may not read the field the roles are kept in.
    const stored = (await req.payload.findByID({ collection: options.usersSlug as never, id: doc.id, depth: 0, overrideAccess: true, showHiddenFields: true, req })) as Record<string, unknown>
    const after = rolesOf(options, stored)
    const granted = ACCESS_CHECKS.filter((check) => after[check] && !noted.before[check])
    if (granted.length && !noted.mayGrant) {
      if ((await activeTransaction(req)) === undefined) await undoWrite(req, options.usersSlug, operation, stored, previousDoc)
      throw refuseGrant(granted)
    }
    if (ACCESS_CHECKS.every((check) => after[check] === noted.before[check])) return doc
    const held = (roles: Roles) => named(ACCESS_CHECKS.filter((check) => roles[check]))
    // A new reviewer's printed name was set before an admin looked at it: recorded with the grant.
    const { name, credentials } = options.printedName(asAccount(stored, options.usersSlug))
    const prints = after.isReviewer ? `; sign-offs print “${[name, credentials].filter(Boolean).join(', ')}”` : ''
    const meaning =
      operation === 'create'
        ? `Created the account with medical-review rights: ${held(after)}${prints}.`
        : `Changed the account’s medical-review rights from ${held(noted.before)} to ${held(after)}${prints}.`
    await recordAccountEvent(req, options, doc.id, meaning, { roles: { before: noted.before, after } })
    return doc
  }
