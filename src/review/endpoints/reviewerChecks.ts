import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState, ReviewUser } from '../types.js'

import { publicError } from '../../publicError.js'

export const requireInReview = (state: ReviewState): void => {
  if (state.status !== 'in_review') {
    throw publicError(
      409,
      'NOT_IN_REVIEW',
      `This document is ${state.status.replace('_', ' ')}, not in review: the writer must submit it first.`,
    )
  }
}

/** Four-eyes: whoever last changed the reviewable content does not review it. */
export const refuseOwnContent = (state: ReviewState, user: ReviewUser, options: ResolvedOptions): void => {
  if (options.fourEyes && state.contentEditedBy === String(user.id)) {
    throw publicError(403, 'FOUR_EYES', 'You made the last change to this content, so another reviewer must review it.')
  }
}
