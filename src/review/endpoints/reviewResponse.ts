import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { publishBlockers } from '../publishBlockers.js'
import { stateRevision } from '../stateRevision.js'

/**
 * The review state as the actions return it, with what blocks publishing right now and the
 * `revision` an action sends back to show which state it was decided on.
 */
export const reviewResponse = (
  state: ReviewState,
  options: ResolvedOptions,
  authorIds: readonly string[] = [],
  status = 200,
): Response => {
  const blockers = options.enabled
    ? publishBlockers(state, state.fingerprint, { fourEyes: options.fourEyes, authorIds })
    : []
  return Response.json({ ...state, revision: stateRevision(state), canPublish: blockers.length === 0, blockers }, { status })
}
