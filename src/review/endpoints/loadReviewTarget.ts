import type { CollectionSlug, PayloadRequest, TypeWithID } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState, ReviewUser } from '../types.js'

import { publicError } from '../../publicError.js'
import { isStaffUser } from '../isStaffUser.js'
import { readState } from '../readState.js'
import { parseDocumentId } from './parseDocumentId.js'

export type ReviewTarget = {
  user: ReviewUser
  id: string
  doc: TypeWithID & Record<string, unknown>
  state: ReviewState
}

/**
 * What every review action starts from: a signed-in user of the users collection, and the latest
 * version of a document they may read, with its review state.
 */
export const loadReviewTarget = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  options: ResolvedOptions,
  { reviewer = false }: { reviewer?: boolean } = {},
): Promise<ReviewTarget> => {
  const user = req.user
  if (!user || user.collection !== options.usersSlug) {
    throw publicError(401, 'UNAUTHENTICATED', 'Sign in to take part in medical review.')
  }
  if (!isStaffUser(user, options)) {
    throw publicError(403, 'NOT_STAFF', 'Only editorial staff take part in medical review.')
  }
  if (reviewer && !options.isReviewer(user)) {
    throw publicError(403, 'NOT_A_REVIEWER', 'Only a medical reviewer can do this.')
  }
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: parseDocumentId(req.payload, collection, id) } },
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  const doc = found.docs[0] as unknown as (TypeWithID & Record<string, unknown>) | undefined
  if (!doc) throw publicError(404, 'NOT_FOUND', `No ${collection} document with id ${id} that you can read.`)
  return { user, id: String(doc.id), doc, state: readState(doc.medicalReview) }
}
