import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { putForDocument, takeForDocument } from '../documentContext.js'
import { publicError } from '../publicError.js'
import { accountActing } from './accountActing.js'
import { asAccount } from './asAccount.js'
import { recordAccountEvent } from './recordAccountEvent.js'
import { serverCodeActing } from './serverCodeActing.js'

const CHANGED = 'medicalReview:printedNameChanged'

const printed = (options: ResolvedOptions, user: Record<string, unknown>) => {
  const { name, credentials } = options.printedName(asAccount(user, options.usersSlug))
  return { name, credentials: credentials ?? null }
}

/**
 * The name and credentials printed on sign-offs and public bylines are the publisher's word about
 * a person: only admins set them. A change by anyone else is refused, loudly.
 */
export const guardPrintedNameBeforeChange =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc) return data
    // Only a signer's printed name reaches readers; a writer may rename themselves.
    if (!options.isReviewer(asAccount(originalDoc, options.usersSlug)) && !options.isReviewer(asAccount({ ...originalDoc, ...data }, options.usersSlug))) return data
    const before = printed(options, originalDoc)
    const after = printed(options, { ...originalDoc, ...data })
    if (before.name === after.name && before.credentials === after.credentials) return data
    const acting = accountActing(req, options.usersSlug)
    const byServer = serverCodeActing(req)
    if (!byServer && !(acting && options.isAdmin(acting))) {
      throw publicError(403, 'PRINTED_NAME_ADMIN_ONLY', 'Only an admin can change the name and credentials printed on sign-offs.')
    }
    putForDocument(req.context, CHANGED, options.usersSlug, originalDoc.id, { before, after })
    return data
  }

/** Records who changed a printed name, from what to what, in the audit log. */
export const recordPrintedNameAfterChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const change = takeForDocument<{ before: unknown; after: { name: string; credentials: string | null } }>(
      req.context,
      CHANGED,
      options.usersSlug,
      doc.id,
    )
    if (!change) return doc
    await recordAccountEvent(
      req,
      options,
      doc.id,
      `Set the printed name and credentials to “${[change.after.name, change.after.credentials].filter(Boolean).join(', ')}”.`,
      change,
    )
    return doc
  }
