import type { Payload } from 'payload'

import { publicError } from '../../publicError.js'
import { documentId } from '../documentId.js'

/** The id in a review URL, in the form the collection's ids take; anything else is a document that does not exist. */
export const parseDocumentId = (payload: Payload, collection: string, raw: unknown): number | string => {
  const id = documentId(payload, collection, raw)
  if (id === undefined) {
    throw publicError(404, 'NOT_FOUND', `No ${collection} document with id ${JSON.stringify(String(raw ?? '').slice(0, 40))}.`)
  }
  return id
}
