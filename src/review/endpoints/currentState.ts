import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ReviewState } from '../types.js'

import { readState } from '../readState.js'

/**
 * The review state of the latest version, read inside the action's transaction (after the lock):
 * from the version Payload marks latest, as Payload's own update does, in one query that selects
 * only the review state (the content, a long rich-text body, would be read and copied for
 * nothing). A document saved before it had versions has only its main row.
 */
export const currentState = async (req: PayloadRequest, collection: string, id: string): Promise<ReviewState> => {
  const slug = collection as CollectionSlug
  const { docs } = await req.payload.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // A document in the trash has a state too: taking it out is a write the gate judges.
    trash: true,
    req,
    select: { version: { medicalReview: true } },
  })
  const latest = docs[0] as { version?: { medicalReview?: unknown } } | undefined
  if (latest) return readState(latest.version?.medicalReview)
  const doc = await req.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, trash: true, req, select: { medicalReview: true } })
  return readState((doc as { medicalReview?: unknown }).medicalReview)
}
