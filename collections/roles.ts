import type { Access, PayloadRequest, Where } from 'payload'

export const ROLES = ['admin', 'writer', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

/** Only accounts of the `users` collection carry roles; ids of other auth collections can collide. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(
    user &&
      user.collection === 'users' &&
      Array.isArray(user.roles) &&
      user.roles.some((role: string) => (roles as string[]).includes(role)),
  )

export const isStaff = (user: MaybeUser): boolean => hasRole(user, ...ROLES)

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Staff read everything; everyone else (anonymous readers, sites) only published documents. */
export const readPublishedUnlessStaff: Access = ({ req }) => isStaff(req.user) || publishedOnly

export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const editors: Access = ({ req }) => hasRole(req.user, 'admin', 'writer', 'reviewer')

export const authors: Access = ({ req }) => hasRole(req.user, 'admin', 'writer')

/** Writers may delete drafts that were never published; deleting published content is admin-only. */
export const deleteUnpublishedUnlessAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'writer')) return { _status: { not_equals: 'published' } }
  return false
}

export const adminOnly: Access = ({ req }) => hasRole(req.user, 'admin')
