import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { SignOff } from './types.js'

import { accountCreatedAt } from './accountCreatedAt.js'

/**
 * The signer must still be a reviewer when the content is published, not only when they signed,
 * and still the same account: one created later under a deleted signer's id signed nothing.
 */
export const signerHoldsReviewerRole = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  signOff: Pick<SignOff, 'reviewer' | 'reviewerAccountCreatedAt'>,
): Promise<boolean> => {
  const found = await req.payload.find({
    collection: options.usersSlug as CollectionSlug,
    where: { id: { equals: signOff.reviewer } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const signer = found.docs[0]
  // Sign-offs from before the account's creation time was kept name the account by id alone.
  const sameAccount = signOff.reviewerAccountCreatedAt === undefined || accountCreatedAt(signer) === signOff.reviewerAccountCreatedAt
  return Boolean(signer && sameAccount && options.isReviewer({ ...signer, collection: options.usersSlug } as never))
}
