import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The admin's "create first user" screen is the only way to create an account over the API
 * without being signed in: that first account must be able to administer the rest.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
