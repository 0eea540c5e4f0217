import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

/** The signer must still be a reviewer when the content is published, not only when they signed. */
export const signerHoldsReviewerRole = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  signerId: string,
): Promise<boolean> => {
  const found = await req.payload.find({
    collection: options.usersSlug as CollectionSlug,
    where: { id: { equals: signerId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const signer = found.docs[0]
  return Boolean(signer && options.isReviewer({ ...signer, collection: options.usersSlug } as never))
}
