import type { CollectionSlug, PayloadRequest } from 'payload'

/** Whether readers see this document now: its main (published) row says so, whatever the drafts say. */
export const isLive = async (req: PayloadRequest, collection: string, id: unknown): Promise<boolean> => {
  if (id === undefined || id === null) return false
  // A count reads no columns: a find would read and copy the whole document to learn one flag.
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
