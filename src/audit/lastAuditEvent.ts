import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ReviewEventRecord } from './types.js'

/**
 * The event with the highest sequence. Without `req` it is read outside any transaction, so only
 * what is committed; with `req`, inside that request's transaction.
 */
export const lastAuditEvent = async (
  payload: Payload,
  slug: string,
  req?: PayloadRequest,
): Promise<ReviewEventRecord | undefined> => {
  const { docs } = await payload.find({
    collection: slug as CollectionSlug,
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] as unknown as ReviewEventRecord | undefined
}
