import type { Access, CollectionConfig, Where } from 'payload'

import { guard } from './guards.js'
import { isStaffUser, type StaffChecks } from './isStaffUser.js'

const PUBLISHED: Where = { _status: { equals: 'published' } }
const PUBLISHED_JSON = JSON.stringify(PUBLISHED)
const NOT_TRASHED: Where = { deletedAt: { exists: false } }

// Payload's rule where a collection sets none: any signed-in account.
const signedIn: Access = ({ req }) => Boolean(req.user)

/** The site's rule for staff; nothing for anyone else. */
const staffOnly = (rule: Access, options: StaffChecks): Access => async (args) =>
  isStaffUser(args.req.user, options) ? rule(args) : false

/**
 * A reviewed collection's access rules, narrowed so that only staff see what is not published: a
 * draft, an older version or a trashed document is content no reviewer has signed, or has withdrawn.
 * The site's own rules still apply on top, to staff and to readers alike; they are never widened.
 * - `read`: readers (anonymous, subscribers, accounts of other collections) get published documents
 *   only, not in the trash, on every read door (find, by id, `draft=true`, `trash=true`, count,
 *   distinct values, populated relations);
 * - `readVersions`: staff only. Payload lets any signed-in account read every version where a
 *   site sets no rule;
 * - `create`, `update`, `delete`: staff only. Payload answers a write with the document as saved,
 *   the latest draft, whatever the caller may read; and restore and duplicate copy any version.
 */
export const staffOnlyUnpublished = (collection: Pick<CollectionConfig, 'access' | 'trash'>, options: StaffChecks): CollectionConfig['access'] => {
  const { access } = collection
  const read = access?.read ?? signedIn
  const readerRule = collection.trash ? { and: [PUBLISHED, NOT_TRASHED] } : PUBLISHED
  return {
    ...access,
    read: guard<Access>('read access', async (args) => {
      const allowed = await read(args)
      if (!allowed || isStaffUser(args.req.user, options)) return allowed
      if (allowed === true) return readerRule
      // The usual site rule says exactly this already: kept as it is, with no second condition.
      return !collection.trash && JSON.stringify(allowed) === PUBLISHED_JSON ? allowed : { and: [allowed, readerRule] }
    }),
    readVersions: guard<Access>('readVersions access', staffOnly(access?.readVersions ?? signedIn, options)),
    create: guard<Access>('create access', staffOnly(access?.create ?? signedIn, options)),
    update: guard<Access>('update access', staffOnly(access?.update ?? signedIn, options)),
    delete: guard<Access>('delete access', staffOnly(access?.delete ?? signedIn, options)),
  }
}
