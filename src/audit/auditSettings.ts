import type { CollectionSlug, Payload } from 'payload'

import path from 'node:path'

/** Where reviewEventsCollection keeps its settings, on the collection's server-only `custom`. */
export const AUDIT_SETTINGS = 'medicalReviewAudit'

/** The environment variable naming the checkpoint file when no option does. */
export const CHECKPOINT_FILE_ENV = 'MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE'

/**
 * What the collection stores on `custom`. The key hides behind a function so that it never
 * serialises: JSON.stringify and a logged config show no key, only code that calls for it.
 */
export type StoredAuditSettings = {
  key: (payload: Payload) => string
  checkpointFile?: string
}

export type AuditSettings = { key: string; checkpointFile?: string }

/** The audit key and checkpoint file of the audit collection `slug`, from its sanitized config. */
export const auditSettings = (payload: Payload, slug: string): AuditSettings => {
  const stored = payload.collections[slug as CollectionSlug]?.config.custom?.[AUDIT_SETTINGS] as
    StoredAuditSettings | undefined
  if (typeof stored?.key !== 'function') {
    throw new Error(
      `[payload-medical-review] the "${slug}" collection has no audit key: build it with reviewEventsCollection(...)`,
    )
  }
  const file = stored.checkpointFile || process.env[CHECKPOINT_FILE_ENV]
  return { key: stored.key(payload), checkpointFile: file ? path.resolve(file) : undefined }
}
