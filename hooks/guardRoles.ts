import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../collections/roles.js'
import { publicError } from 'payload-medical-review'

const sameRoles = (a: unknown, b: unknown): boolean =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * Field access drops a forbidden role change silently; this refuses it loudly, before anything is
 * written. It sees the raw request data, on every path that carries a non-admin user.
 */
export const guardRoles: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: { roles?: unknown } }).data
  if (!req.user || hasRole(req.user, 'admin') || !data || !('roles' in data)) return args
  if (operation !== 'create' && sameRoles(data.roles, req.user.roles)) return args
  throw publicError(403, 'ROLE_CHANGE_FORBIDDEN', 'Only an admin can change roles.')
}
