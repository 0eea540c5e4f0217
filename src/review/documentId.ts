import type { CollectionSlug, Payload } from 'payload'

// Only the form the database writes: `007` or an upper-case ObjectId would find the document but file its audit trail under another id.
const WHOLE_ID = /^(?:0|[1-9]\d{0,14})$/
const OBJECT_ID = /^[0-9a-f]{24}$/

/**
 * A value as an id of `collection`, in the form its database stores, or undefined when it cannot
 * be one: a whole number without leading zeros on SQL databases, 24 lower-case hex digits (an
 * ObjectId) on MongoDB, any short text for custom text ids. Such values reach the database as NaN or fail its casts with a 500.
 */
export const documentId = (payload: Payload, collection: string, raw: unknown): number | string | undefined => {
  const config = payload.collections[collection as CollectionSlug]
  const type = config?.customIDType ?? (payload.db.name === 'mongoose' ? 'ObjectID' : payload.db.defaultIDType)
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : ''
  if (text.length === 0 || text.length > 200) return undefined
  if (type === 'number') return WHOLE_ID.test(text) ? Number(text) : undefined
  if (type === 'ObjectID') return OBJECT_ID.test(text) ? text : undefined
  return text
}
