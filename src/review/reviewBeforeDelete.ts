import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { publicError } from '../publicError.js'
import { accountActing } from './accountActing.js'
import { currentState } from './endpoints/currentState.js'
import { isLive } from './isLive.js'

const refusal = () =>
  publicError(
    403,
    'DELETE_REVIEWED_FORBIDDEN',
    'Only an admin can delete content that was published or went through medical review; unpublish it instead.',
  )

/** Whether this request may delete reviewed or published content: admins, and server code without a user. */
const mayDeleteReviewed = (req: PayloadRequest, options: ResolvedOptions) => {
  const acting = accountActing(req, options.usersSlug)
  return !req.user || Boolean(acting && options.isAdmin(acting))
}

/** Content readers saw, or that a reviewer ever worked on, is evidence. */
const isProtected = async (req: PayloadRequest, collection: string, id: number | string) => {
  const state = await currentState(req, collection, String(id))
  const reviewed = state.status !== 'draft' || state.signOff !== null || state.claims.some((claim) => claim.decision.status !== 'pending')
  return reviewed || (await isLive(req, collection, id))
}

/**
 * A writer's bulk delete that matches any protected document is refused before anything is
 * deleted, with the 403 above. On databases with transactions bulkDeleteAllOrNothing would also
 * roll it back, but with a 409 that names no reason; on those without, this is the only guard.
 */
export const refuseProtectedBulkDelete = async (
  req: PayloadRequest,
  collection: string,
  options: ResolvedOptions,
  where: Where,
): Promise<void> => {
  if (!options.enabled || mayDeleteReviewed(req, options)) return
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  for (const doc of docs) if (await isProtected(req, collection, doc.id)) throw refusal()
}

/**
 * Only admins delete content that was published or went through review (writers may still delete
 * their own unsubmitted drafts, if the collection lets them delete at all). Runs on every door,
 * the Local API with a user included.
 */
export const reviewBeforeDelete =
  (collection: string, options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (!options.enabled || mayDeleteReviewed(req, options)) return
    if (await isProtected(req, collection, id)) throw refusal()
  }
