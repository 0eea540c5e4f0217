import type { CollectionSlug, Payload } from 'payload'

import type { ReviewEventRecord } from './types.js'

/**
 * The event with the highest sequence, read without a request and so outside any transaction:
 * only what is committed.
 */
export const lastAuditEvent = async (
  payload: Payload,
  slug: string,
): Promise<ReviewEventRecord | undefined> => {
  const { docs } = await payload.find({
    collection: slug as CollectionSlug,
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as ReviewEventRecord | undefined
}
