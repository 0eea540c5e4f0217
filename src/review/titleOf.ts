import type { CollectionSlug, Payload } from 'payload'

/** A document's title as the admin shows it: the collection's `useAsTitle` field, else its id. */
export const titleOf = (payload: Payload, collection: string, doc: Record<string, unknown> & { id?: unknown }): string => {
  const field = payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle
  const value = field && field !== 'id' ? doc[field] : undefined
  return typeof value === 'string' && value.trim() ? value : String(doc.id ?? '')
}
