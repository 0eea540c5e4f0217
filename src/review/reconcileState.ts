import type { Finding } from '../claims/index.js'
import type { ReviewClaim, ReviewState } from './types.js'

export type Reconciled = {
  state: ReviewState
  contentChanged: boolean
  /** The sign-off this save voided, if any. */
  voidedSignOff: ReviewState['signOff']
  /** Decisions dropped because their sentence changed or disappeared. */
  droppedDecisions: string[]
}

/**
 * The review state after a save: claims recomputed from the content, decisions kept only for
 * claims whose key (field, sentence, rule) survived. A changed fingerprint voids the sign-off (it
 * no longer matches) and sends an approved document back to review.
 */
export const reconcileState = (
  base: ReviewState,
  findings: Finding[],
  fingerprint: string,
  editorId: string | null,
): Reconciled => {
  const decisions = new Map(base.claims.map((claim) => [claim.key, claim.decision]))
  const claims: ReviewClaim[] = findings.map((finding) => ({
    key: finding.key,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    polarity: finding.polarity,
    field: finding.field ?? '',
    text: finding.text,
    start: finding.start,
    end: finding.end,
    sentence: finding.sentence.text,
    message: finding.message,
    decision: decisions.get(finding.key) ?? { status: 'pending' },
  }))
  const kept = new Set(claims.map((claim) => claim.key))
  const droppedDecisions = base.claims
    .filter((claim) => claim.decision.status !== 'pending' && !kept.has(claim.key))
    .map((claim) => claim.key)
  const contentChanged = base.fingerprint !== fingerprint
  if (!contentChanged) return { state: { ...base, claims }, contentChanged, voidedSignOff: null, droppedDecisions }
  // The sign-off stays on record (what was signed, by whom, when) but no longer matches the content.
  const wasValid = base.signOff !== null && base.signOff.fingerprint === base.fingerprint
  return {
    state: {
      ...base,
      claims,
      fingerprint,
      contentEditedBy: editorId,
      contentEditors: editorId && !base.contentEditors.includes(editorId) ? [...base.contentEditors, editorId] : base.contentEditors,
      status: base.status === 'approved' ? 'in_review' : base.status,
    },
    contentChanged,
    voidedSignOff: wasValid ? base.signOff : null,
    droppedDecisions,
  }
}
