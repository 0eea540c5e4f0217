import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { publishBlockers } from '../publishBlockers.js'
import { stateRevision } from '../stateRevision.js'
import { storedAuthors } from '../storedAuthors.js'

/**
 * The review state as the actions return it, with what blocks publishing right now (four-eyes
 * included: the authors are read as stored) and the `revision` an action sends back to show which
 * state it was decided on.
 */
export const reviewResponse = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  state: ReviewState,
  options: ResolvedOptions,
): Promise<Response> => {
  const authorIds = options.enabled && options.fourEyes ? await storedAuthors(req, collection, id, options.usersSlug) : []
  const blockers = options.enabled ? publishBlockers(state, state.fingerprint, { fourEyes: options.fourEyes, authorIds }) : []
  return Response.json({ ...state, revision: stateRevision(state), canPublish: blockers.length === 0, blockers })
}
