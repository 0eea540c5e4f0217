import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../collections/roles.js'
import { publicError } from '../src/publicError.js'

const sameRoles = (a: unknown, b: unknown): boolean =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * Field access drops a forbidden role change silently; this refuses it loudly instead, on every
 * path that carries a user. The very first account, made on the admin's first screen, is an admin.
 */
export const guardRoles: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  // Only the admin's "create first user" screen creates an account over the API without a user.
  if (operation === 'create' && !req.user && req.payloadAPI !== 'local') {
    const { totalDocs } = await req.payload.count({ collection: 'users', req })
    if (totalDocs === 0) return { ...data, roles: ['admin'] }
  }
  if (!req.user || hasRole(req.user, 'admin') || !('roles' in data)) return data
  if (sameRoles(data.roles, originalDoc?.roles)) return data
  throw publicError(403, 'ROLE_CHANGE_FORBIDDEN', 'Only an admin can change roles.')
}
