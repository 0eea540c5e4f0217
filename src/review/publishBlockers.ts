import type { ReviewState } from './types.js'

export type GateChecks = {
  holdsReviewerRole?: boolean
  fourEyes: boolean
  /** The document's authors, who never sign it off under four-eyes. */
  authorIds?: readonly string[]
}

/** Who may not sign this content under four-eyes: its authors and everyone who ever changed it. */
export const excludedSigners = (state: ReviewState, authorIds: readonly string[] = []): string[] => [
  ...state.contentEditors,
  ...(state.contentEditedBy ? [state.contentEditedBy] : []),
  ...authorIds,
]

/** `count`: how many claims a claim blocker is about, so every screen shows the same number. */
export type Blocker = { code: string; message: string; count?: number }

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })

/**
 * Why this content cannot be published right now, in words a writer can act on; empty when a
 * valid sign-off matches exactly this content.
 */
export const publishBlockers = (state: ReviewState, fingerprint: string, checks: GateChecks): Blocker[] => {
  const blockers: Blocker[] = []
  // Errors must be approved; warnings need a decision too, so nothing reaches readers unseen.
  const undecided = state.claims.filter(
    (claim) => claim.severity !== 'suggestion' && claim.decision.status === 'pending',
  )
  const rejected = state.claims.filter((claim) => claim.decision.status === 'rejected')
  if (undecided.length) {
    blockers.push({
      code: 'CLAIMS_PENDING',
      count: undecided.length,
      message: `${plural(undecided.length, 'claim awaits', 'claims await')} a reviewer’s decision`,
    })
  }
  if (rejected.length) {
    blockers.push({
      code: 'CLAIMS_REJECTED',
      count: rejected.length,
      message: `${plural(rejected.length, 'claim was', 'claims were')} rejected by a reviewer and must be changed`,
    })
  }
  if (!state.signOff) {
    blockers.push({ code: 'NO_SIGN_OFF', message: 'No medical reviewer has signed off this content' })
  } else if (state.signOff.fingerprint !== fingerprint) {
    blockers.push({
      code: 'SIGNOFF_STALE',
      message: `Content changed since sign-off on ${day(state.signOff.signedAt)}`,
    })
  } else if (checks.holdsReviewerRole === false) {
    blockers.push({
      code: 'SIGNER_NOT_REVIEWER',
      message: `${state.signOff.printedName} no longer holds the reviewer role`,
    })
  } else if (checks.fourEyes && excludedSigners(state, checks.authorIds).includes(state.signOff.reviewer)) {
    blockers.push({
      code: 'FOUR_EYES',
      message: 'The sign-off is by the author or by someone who changed the content: another reviewer must sign',
    })
  }
  // The sign-off still matches, but something else (a cited trial's status) reopened the review.
  if (state.signOff && state.signOff.fingerprint === fingerprint && state.status !== 'approved') {
    blockers.push({ code: 'REVIEW_REOPENED', message: 'The document was sent back for review and needs a new sign-off' })
  }
  return blockers
}
