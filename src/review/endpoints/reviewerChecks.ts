import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewClaim, ReviewState, ReviewUser } from '../types.js'

import { publicError } from '../../publicError.js'
import { excludedSigners } from '../publishBlockers.js'
import { stateRevision } from '../stateRevision.js'

export const requireInReview = (state: ReviewState): void => {
  if (state.status !== 'in_review') {
    throw publicError(
      409,
      'NOT_IN_REVIEW',
      `This document is ${state.status.replace('_', ' ')}, not in review: the writer must submit it first.`,
    )
  }
}

/** Four-eyes: the authors, and whoever ever changed the content, do not review it. */
export const refuseOwnContent = (
  state: ReviewState,
  user: ReviewUser,
  options: ResolvedOptions,
  authorIds: readonly string[],
): void => {
  if (options.fourEyes && excludedSigners(state, authorIds).includes(String(user.id))) {
    throw publicError(
      403,
      'FOUR_EYES',
      authorIds.includes(String(user.id))
        ? 'You are an author of this content, so another reviewer must review it.'
        : 'You wrote or changed this content, so another reviewer must review it.',
    )
  }
}

/** The most recent action visible in the state, in words, for a conflict message. */
const lastAction = (state: ReviewState): string | undefined => {
  const actions = [
    ...state.claims.map((claim) => ({
      at: claim.decision.decidedAt,
      what: `${claim.decision.reviewerName ?? 'a reviewer'} marked "${claim.text}" as ${claim.decision.status}`,
    })),
    { at: state.signOff?.signedAt, what: `${state.signOff?.printedName} signed off` },
    { at: state.changesRequested?.at, what: `${state.changesRequested?.byName} requested changes` },
  ].filter((action): action is { at: string; what: string } => typeof action.at === 'string')
  return actions.sort((a, b) => b.at.localeCompare(a.at))[0]?.what
}

/**
 * Optimistic concurrency: an action may carry the `revision` of the review state it was decided
 * on (every review answer includes it). If the state moved on since, the action is refused rather
 * than silently overwriting what someone else just did.
 */
export const requireCurrentRevision = (state: ReviewState, revision: unknown): void => {
  if (revision === undefined || revision === null) return
  if (typeof revision !== 'string' || !/^[0-9a-f]{16}$/.test(revision)) {
    throw publicError(400, 'INVALID_REVISION', 'revision must be the 16-character `revision` from GET …/review.')
  }
  if (revision === stateRevision(state)) return
  const latest = lastAction(state)
  throw publicError(
    409,
    'STALE_REVIEW',
    `This review changed after you loaded it${latest ? ` (latest: ${latest})` : ''}. Reload to see the current decisions, then act again.`,
  )
}

/**
 * Another reviewer's decision is changed only by someone who saw it: without the `revision` that
 * shows it, a request to decide an already-decided claim is refused, never a silent overwrite.
 */
export const refuseBlindOverwrite = (claim: ReviewClaim, user: ReviewUser, revision: unknown): void => {
  const { decision } = claim
  if (revision !== undefined && revision !== null) return
  if (decision.status === 'pending' || !decision.reviewer || decision.reviewer === String(user.id)) return
  throw publicError(
    409,
    'DECISION_EXISTS',
    `${decision.reviewerName ?? 'Another reviewer'} already marked this claim as ${decision.status}. Send the \`revision\` from GET …/review with your decision to change theirs.`,
  )
}
