import type { CollectionSlug, Payload } from 'payload'

import { isValidID } from 'payload'

import { publicError } from '../../publicError.js'

/** The id in a review URL, in the form the collection's ids take; anything else is a document that does not exist. */
export const parseDocumentId = (payload: Payload, collection: string, raw: unknown): number | string => {
  const config = payload.collections[collection as CollectionSlug]
  const type = config?.customIDType ?? payload.db.defaultIDType
  const text = typeof raw === 'string' ? raw : ''
  const id = type === 'number' && /^\d{1,15}$/.test(text) ? Number(text) : text
  if (text.length === 0 || text.length > 200 || !isValidID(id, type as 'number' | 'ObjectID' | 'text')) {
    throw publicError(404, 'NOT_FOUND', `No ${collection} document with id ${JSON.stringify(text.slice(0, 40))}.`)
  }
  return id
}
