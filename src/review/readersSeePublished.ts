import type { Access, CollectionConfig, Where } from 'payload'

import { guard } from './guards.js'
import { isStaffUser, type StaffChecks } from './isStaffUser.js'

const PUBLISHED: Where = { _status: { equals: 'published' } }
const PUBLISHED_JSON = JSON.stringify(PUBLISHED)

// Payload's rule where a collection sets none: any signed-in account.
const signedIn: Access = ({ req }) => Boolean(req.user)

/**
 * A reviewed collection's read rules, narrowed so that only staff see what is not published: a
 * draft or an older version is content no reviewer has signed. The site's own rules still apply
 * on top, to staff and to readers alike; they are never widened.
 * - `read`: readers (anonymous, subscribers, accounts of other collections) get published documents
 *   only, on every read door (find, by id, `draft=true`, count, distinct values, populated relations);
 * - `readVersions`: staff only. Payload lets any signed-in account read every version where a
 *   site sets no rule.
 */
export const readersSeePublished = (access: CollectionConfig['access'], options: StaffChecks): CollectionConfig['access'] => {
  const read = access?.read ?? signedIn
  const readVersions = access?.readVersions ?? signedIn
  return {
    ...access,
    read: guard<Access>('read access', async (args) => {
      const allowed = await read(args)
      if (!allowed || isStaffUser(args.req.user, options)) return allowed
      if (allowed === true) return PUBLISHED
      // The usual site rule says exactly this already: kept as it is, with no second condition.
      return JSON.stringify(allowed) === PUBLISHED_JSON ? allowed : { and: [allowed, PUBLISHED] }
    }),
    readVersions: guard<Access>('readVersions access', async (args) => (isStaffUser(args.req.user, options) ? readVersions(args) : false)),
  }
}
