/** The collection slug the audit log uses unless the plugin is told otherwise. */
export const REVIEW_EVENTS_SLUG = 'review-events'

/** Every step of the medical-review workflow that leaves a trace in the audit log. */
export const REVIEW_ACTIONS = [
  'submitted',
  'claim_decided',
  'changes_requested',
  'signed',
  'signoff_failed',
  'invalidated',
  'publish_blocked',
  'published',
  'unpublished',
  'deleted',
  'signer_profile_changed',
  'bypass',
  'assigned',
  'commented',
  'thread_resolved',
  'thread_reopened',
  'schedule_cancelled',
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

/** The last event of the chain: its sequence and hash. */
export type AuditHead = { sequence: number; hash: string }

/** A chain head recorded outside the database: from the checkpoint file, or given by a person. */
export type AuditCheckpoint = AuditHead & { source: 'file' | 'given'; at?: string }

/** A checkpoint the chain no longer agrees with. */
export type CheckpointProblem = AuditCheckpoint & {
  /** truncated: the chain ends before it; rewritten: the event there has another hash. */
  kind: 'rewritten' | 'truncated'
  reason: string
}

export type CheckpointReport = {
  /** Checkpoints compared with the chain (matching or not). */
  checked: number
  /** Checkpoints beyond a broken link, which cannot be compared. */
  unchecked: number
  /** The checkpoint file, when one is configured. */
  file?: { found: boolean; read: number; unreadable: number }
  problems: CheckpointProblem[]
}

/** A published document whose live row is not backed by the audit log. */
export type LiveContentMismatch = {
  collection: string
  id: string
  title?: string
  /**
   * NOT_SIGNED: no signed event for this content; NO_SIGN_OFF: published without a stored byline;
   * BYLINE_MISMATCH: the stored byline differs from the signed event; UNPUBLISHED_IN_CHAIN: the
   * chain's last word on the document is an unpublish or a delete; SUPERSEDED: the row holds other
   * content than the document's last `published` event (an older signed version put back).
   */
  code: 'BYLINE_MISMATCH' | 'NO_SIGN_OFF' | 'NOT_SIGNED' | 'SUPERSEDED' | 'UNPUBLISHED_IN_CHAIN'
  reason: string
}

export type LiveContentReport = {
  /** Collections under review whose published rows were read. */
  collections: string[]
  /** Published rows checked. */
  checked: number
  mismatches: LiveContentMismatch[]
}

/**
 * What verification found. `checked` counts the events found intact before the first broken link
 * (`firstBroken`, only when the chain is broken); `head` is the last of them. `ok` is true only
 * when the chain, every checkpoint and every published row hold.
 */
export type AuditChainReport = {
  ok: boolean
  checked: number
  head: AuditHead | null
  firstBroken?: BrokenLink
  checkpoints: CheckpointReport
  liveContent: LiveContentReport
}
