import type { CollectionBeforeDeleteHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { publicError } from '../publicError.js'
import { currentState } from './endpoints/currentState.js'
import { isLive } from './isLive.js'

/**
 * Content that readers saw, or that a reviewer ever worked on, is evidence: only admins delete it
 * (writers may still delete their own unsubmitted drafts, if the collection lets them delete at
 * all). Runs on every door, the Local API with a user included.
 */
export const reviewBeforeDelete =
  (collection: string, options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (!options.enabled) return
    const user = req.user && req.user.collection === options.usersSlug ? req.user : null
    if (!req.user || (user && options.isAdmin(user))) return
    const state = await currentState(req, collection, String(id))
    const reviewed = state.status !== 'draft' || state.signOff !== null || state.claims.some((claim) => claim.decision.status !== 'pending')
    if (reviewed || (await isLive(req, collection, id))) {
      throw publicError(
        403,
        'DELETE_REVIEWED_FORBIDDEN',
        'Only an admin can delete content that was published or went through medical review; unpublish it instead.',
      )
    }
  }
