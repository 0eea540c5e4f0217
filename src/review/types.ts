import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Finding, ScannerOptions } from '../claims/index.js'

export type ReviewUser = NonNullable<PayloadRequest['user']>

/** Per-collection settings. */
export type ReviewedCollectionOptions = {
  /**
   * Every field a reader can receive is reviewed: its text is scanned for claims and its value is
   * part of the fingerprint a sign-off binds. Name top-level fields here to take them out of
   * review on purpose (an internal note that no API exposes, say). Ids, timestamps and `_status`
   * are never part of it.
   * @default []
   */
  exclude?: string[]
  /**
   * A relationship field to the users collection naming the document's author: the author never
   * signs it off (four-eyes).
   * @default 'author' when the collection has such a field
   */
  authorField?: string
  /**
   * Months between a sign-off and the next review.
   * @default the plugin's `reviewIntervalMonths`
   */
  reviewIntervalMonths?: number
}

export type MedicalReviewOptions = {
  /** The collections under review, with their reviewable fields. */
  collections: Partial<Record<CollectionSlug, ReviewedCollectionOptions>>
  /**
   * false keeps the fields and collections (the schema stays stable) but turns the workflow and
   * the publish gate off.
   * @default true
   */
  enabled?: boolean
  /** @default 'users' */
  usersSlug?: CollectionSlug
  /**
   * Who takes part in review: sees review states and claims, submits for review, scans. A site
   * whose users collection also holds subscribers or members must leave them out here.
   */
  isStaff: (user: ReviewUser) => boolean
  /** Who may decide claims, request changes and sign off. */
  isReviewer: (user: ReviewUser) => boolean
  /** Who may verify the audit chain, read every review event and edit printed names. */
  isAdmin: (user: ReviewUser) => boolean
  /**
   * Printed name and credentials recorded on a sign-off, as at the time of signing.
   * @default the user's `name`, else their email, with no credentials
   */
  printedName?: (user: ReviewUser) => { name: string; credentials?: string }
  /**
   * Whoever last changed the reviewable content may not decide its claims or sign it off.
   * @default true
   */
  fourEyes?: boolean
  /** @default 12 */
  reviewIntervalMonths?: number
  /** Rule overrides, additions and the watch list of investigational product names for the claim engine. */
  claims?: ScannerOptions
  /**
   * The secret that keys the audit chain's hashes; keep it outside the database.
   * @default derived from the Payload secret
   */
  auditKey?: string
  /**
   * A file the audit chain's head is appended to after each committed event, outside the database.
   * @default process.env.MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE
   */
  auditCheckpointFile?: string
}

export type Evidence = { url?: string; pmid?: string; doi?: string; nctId?: string }

export type ClaimDecisionStatus = 'approved' | 'pending' | 'rejected'

export type ClaimDecision = {
  status: ClaimDecisionStatus
  reviewer?: string
  reviewerName?: string
  decidedAt?: string
  note?: string
  evidence?: Evidence
}

/** A finding the workflow keeps on the document, with the reviewer's decision on it. */
export type ReviewClaim = Pick<
  Finding,
  'category' | 'end' | 'key' | 'message' | 'polarity' | 'ruleId' | 'severity' | 'start' | 'text'
> & { field: string; sentence: string; decision: ClaimDecision }

export type SignOff = {
  reviewer: string
  /**
   * When the signer's account was created: with the id, which account signed. SQLite hands a
   * deleted account's id to the next one, which would otherwise inherit its sign-offs.
   */
  reviewerAccountCreatedAt?: string
  printedName: string
  credentials?: string
  signedAt: string
  meaning: string
  statement?: string
  fingerprint: string
  claimKeys: string[]
}

export type Assignment = { reviewer: string; reviewerName: string; by: string; byName: string; at: string }

export type ReviewStatus = 'approved' | 'changes_requested' | 'draft' | 'in_review'

/** The server-owned `medicalReview` group stored on every reviewed document. */
export type ReviewState = {
  status: ReviewStatus
  fingerprint: string
  /** The last user who changed the reviewable content. */
  contentEditedBy: string | null
  /**
   * Everyone who ever changed the reviewable content, its creator first: none of them may sign it
   * (four-eyes), in this round or a later one, with or without an author field.
   */
  contentEditors: string[]
  claims: ReviewClaim[]
  signOff: SignOff | null
  changesRequested: { reason: string; by: string; byName: string; at: string; fingerprint?: string } | null
  /** The reviewer asked to review it (by anyone on staff, or by themselves), and who asked. */
  assignment: Assignment | null
  lastReviewed: string | null
  nextReviewDue: string | null
}

export const SIGN_OFF_MEANING = 'I reviewed the health claims in this content and approve it for publication.'
