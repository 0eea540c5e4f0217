import type { ReviewState } from '../review/types.js'
import type { PublicReview } from './types.js'

/** The next review date has passed (the content stays published, and says so). */
export const isReviewDue = (nextReviewDue: string | null, now: number = Date.now()): boolean =>
  nextReviewDue !== null && new Date(nextReviewDue).getTime() <= now

/**
 * The public projection of a stored review state: who signed it (name and credentials as printed
 * on the signature), when, and when it is next due. Nothing else leaves: no notes, claims,
 * evidence, ids or emails.
 */
export const publicReview = (stored: unknown, now: number = Date.now()): PublicReview => {
  const state = (stored ?? {}) as Partial<ReviewState>
  const signOff = state.signOff
  // A sign-off that no longer matches the content (an edited draft) vouches for nothing.
  const valid = Boolean(signOff && signOff.fingerprint === state.fingerprint)
  const nextReviewDue = state.nextReviewDue ?? null
  return {
    reviewedBy:
      valid && signOff
        ? { name: signOff.printedName, credentials: signOff.credentials || null }
        : null,
    lastReviewed: state.lastReviewed ?? null,
    nextReviewDue,
    due: isReviewDue(nextReviewDue, now),
  }
}
