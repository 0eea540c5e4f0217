import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ReviewState } from '../types.js'

import { readState } from '../readState.js'

/** The review state of the latest version, read inside the action's transaction (after the lock). */
export const currentState = async (req: PayloadRequest, collection: string, id: string): Promise<ReviewState> => {
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    // Only the review state: the content (a long rich-text body) would be read and copied for nothing.
    select: { medicalReview: true },
  })
  return readState((doc as { medicalReview?: unknown }).medicalReview)
}
