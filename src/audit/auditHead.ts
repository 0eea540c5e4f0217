import type { Payload } from 'payload'

import type { AuditHead } from './types.js'

import { lastAuditEvent } from './lastAuditEvent.js'
import { REVIEW_EVENTS_SLUG } from './types.js'

/**
 * The committed head of the audit chain, or null for an empty log: what a signed webhook body can
 * carry so that sites hold a copy outside our database. As stored; verifyAuditChain says if it holds.
 */
export const auditHead = async (
  payload: Payload,
  { slug = REVIEW_EVENTS_SLUG }: { slug?: string } = {},
): Promise<AuditHead | null> => {
  const last = await lastAuditEvent(payload, slug)
  return last ? { sequence: last.sequence, hash: last.hash } : null
}
