import { createHmac } from 'node:crypto'

import type { ReviewEventRecord } from './types.js'

import { canonicalJson } from './canonicalJson.js'

/** The prevHash of the first event: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64)

export type ChainedFields = Omit<ReviewEventRecord, 'actor' | 'hash' | 'id'>

const text = (value: unknown): null | string =>
  value === undefined || value === null || value === '' ? null : String(value)

// A time that no longer parses still hashes (to a mismatch) instead of throwing.
const isoTime = (value: unknown): string => {
  const time = new Date(value as string)
  return Number.isNaN(time.getTime()) ? String(value) : time.toISOString()
}

/**
 * The fields the hash covers, normalised the same way when written and when verified: ids as
 * text, empty values as null, the time as an ISO string. The `actor` relationship is left out on
 * purpose: the database nulls it when the user is deleted, so `actorUserId` keeps the id instead.
 */
export const chainedFields = (event: ChainedFields): ChainedFields => ({
  sequence: Number(event.sequence),
  action: event.action,
  actorUserId: text(event.actorUserId),
  actorName: String(event.actorName ?? ''),
  actorCredentials: text(event.actorCredentials),
  meaning: String(event.meaning ?? ''),
  documentCollection: String(event.documentCollection ?? ''),
  documentId: String(event.documentId ?? ''),
  fingerprint: text(event.fingerprint),
  details: event.details ?? null,
  occurredAt: isoTime(event.occurredAt),
  prevHash: String(event.prevHash ?? ''),
})

/**
 * HMAC-SHA256 (hex) under the audit key over the canonical JSON of the event's content fields and
 * its prevHash. Keyed, so that someone who can write the table cannot recompute a rewritten chain.
 */
export const hashReviewEvent = (event: ChainedFields, key: string): string =>
  createHmac('sha256', key)
    .update(canonicalJson(chainedFields(event)), 'utf8')
    .digest('hex')
