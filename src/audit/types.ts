/** The collection slug the audit log uses unless the plugin is told otherwise. */
export const REVIEW_EVENTS_SLUG = 'review-events'

/** Every step of the medical-review workflow that leaves a trace in the audit log. */
export const REVIEW_ACTIONS = [
  'submitted',
  'claim_decided',
  'changes_requested',
  'signed',
  'invalidated',
  'publish_blocked',
  'published',
  'unpublished',
  'bypass',
] as const

export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

/** What server code says happened; the chain fields (sequence, hashes, time) are added for it. */
export type ReviewEventInput = {
  action: ReviewAction
  /** The user who acted; leave out for system events (scheduled publishing, migrations). */
  actor?: number | string | null
  /** The actor's printed name as at the time ("Dr Jane Roe"), or the system's name. */
  actorName: string
  /** The actor's credentials as at the time ("MD, FRCP"). */
  actorCredentials?: string | null
  /** A sentence a person reads: what this action means ("Signed off the content as accurate"). */
  meaning: string
  documentCollection: string
  documentId: number | string
  /** The content fingerprint the action was taken on. */
  fingerprint?: string | null
  details?: Record<string, unknown> | null
}

/** A stored audit event, as the Local API returns it at depth 0. */
export type ReviewEventRecord = {
  id: number | string
  sequence: number
  action: ReviewAction
  actor?: number | string | { id: number | string } | null
  actorUserId?: string | null
  actorName: string
  actorCredentials?: string | null
  meaning: string
  documentCollection: string
  documentId: string
  fingerprint?: string | null
  details?: unknown
  occurredAt: string
  prevHash: string
  hash: string
}

export type BrokenLink = { sequence: number; id: number | string; reason: string }

/** What a walk of the chain found: `firstBroken` is set only when `ok` is false. */
export type AuditChainReport = { ok: boolean; checked: number; firstBroken?: BrokenLink }
