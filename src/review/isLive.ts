import type { CollectionSlug, PayloadRequest } from 'payload'

/** Whether readers see this document now: its main (published) row says so, whatever the drafts say. */
export const isLive = async (req: PayloadRequest, collection: string, id: unknown): Promise<boolean> => {
  if (id === undefined || id === null) return false
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.length > 0
}
