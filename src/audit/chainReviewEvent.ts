import type { CollectionBeforeChangeHook } from 'payload'

import { auditAppendOnlyError } from './auditAppendOnlyError.js'
import { auditSettings } from './auditSettings.js'
import { chainedFields, type ChainedFields, GENESIS_HASH, hashReviewEvent } from './hashReviewEvent.js'
import { lastAuditEvent } from './lastAuditEvent.js'
import { lockAuditChain } from './lockAuditChain.js'
import { wellFormed } from './wellFormed.js'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Links a new event to the chain. Sequence, prevHash, hash and occurredAt are the server's:
 * whatever the caller sent for them is replaced, and so is any field the collection lacks. Text
 * is stored as hashed: a NUL, or half of an emoji (a cut quote), becomes U+FFFD before either.
 */
export const chainReviewEvent =
  (slug: string): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') throw auditAppendOnlyError('updated')
    await lockAuditChain(req, slug)
    const last = await lastAuditEvent(req.payload, slug, req)
    const actor = idOf(data.actor) ?? null
    const fields = chainedFields(wellFormed({
      sequence: (last?.sequence ?? 0) + 1,
      action: data.action,
      actorUserId: actor === null ? null : String(actor),
      actorName: data.actorName,
      actorCredentials: data.actorCredentials,
      meaning: data.meaning,
      documentCollection: data.documentCollection,
      documentId: data.documentId,
      fingerprint: data.fingerprint,
      // Stored as JSON, so hash what will be read back (no undefined, dates as strings).
      details: data.details == null ? null : JSON.parse(JSON.stringify(data.details)),
      occurredAt: new Date().toISOString(),
      prevHash: last?.hash ?? GENESIS_HASH,
    }) as ChainedFields)
    return { ...fields, actor, hash: hashReviewEvent(fields, auditSettings(req.payload, slug).key) }
  }
