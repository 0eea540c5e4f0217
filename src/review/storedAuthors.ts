import type { CollectionSlug, PayloadRequest } from 'payload'

import { authorsOf } from './authorsOf.js'
import { reviewSettingsOf } from './reviewableContentSettings.js'

/**
 * The authors of a document's latest draft as stored, read in the request's transaction whatever
 * the caller may read: a site may hide the author field from reviewers, and four-eyes must still
 * see it.
 */
export const storedAuthors = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  usersSlug: string,
): Promise<string[]> => {
  const { authorField } = reviewSettingsOf(req.payload, collection)
  if (!authorField) return []
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    draft: true,
    limit: 1,
    pagination: false,
    depth: 0,
    select: { [authorField]: true },
    overrideAccess: true,
    showHiddenFields: true,
    trash: true,
    req,
  })
  const doc = found.docs[0] as unknown as Record<string, unknown> | undefined
  return doc ? authorsOf(doc, authorField, usersSlug) : []
}
