import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState, ReviewUser } from '../types.js'

import { publicError } from '../../publicError.js'
import { excludedSigners } from '../publishBlockers.js'

export const requireInReview = (state: ReviewState): void => {
  if (state.status !== 'in_review') {
    throw publicError(
      409,
      'NOT_IN_REVIEW',
      `This document is ${state.status.replace('_', ' ')}, not in review: the writer must submit it first.`,
    )
  }
}

/** Four-eyes: the author, and whoever changed the content since the last sign-off, do not review it. */
export const refuseOwnContent = (
  state: ReviewState,
  user: ReviewUser,
  options: ResolvedOptions,
  authorId: string | null,
): void => {
  if (options.fourEyes && excludedSigners(state, authorId).includes(String(user.id))) {
    throw publicError(
      403,
      'FOUR_EYES',
      authorId === String(user.id)
        ? 'You are the author of this content, so another reviewer must review it.'
        : 'You changed this content since its last sign-off, so another reviewer must review it.',
    )
  }
}
