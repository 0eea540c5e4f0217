import type { CollectionSlug, PayloadRequest, Where } from 'payload'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * Published documents of a collection the caller may read (their access rules apply: anonymous
 * readers see published content only), at depth 0. Draft-less collections have no `_status`.
 */
export const publishedDocs = async (
  req: PayloadRequest,
  collection: string,
  where: Where,
  limit = 0,
): Promise<Doc[]> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return []
  const drafts = Boolean(
    config.versions && typeof config.versions === 'object' && config.versions.drafts,
  )
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: drafts ? { and: [where, { _status: { equals: 'published' } }] } : where,
    depth: 0,
    draft: false,
    overrideAccess: false,
    req,
    ...(limit ? { limit, pagination: false } : { pagination: false }),
  })
  return docs as unknown as Doc[]
}
