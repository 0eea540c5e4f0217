import type { CollectionSlug, Payload, Where } from 'payload'

import type { AuditChainReport, BrokenLink, ReviewEventRecord } from './types.js'

import { GENESIS_HASH, hashReviewEvent } from './hashReviewEvent.js'
import { REVIEW_EVENTS_SLUG } from './types.js'

export type VerifyAuditChainOptions = {
  /** @default 'review-events' */
  slug?: string
  /** Events read per query. @default 500 */
  pageSize?: number
}

type Link = Pick<ReviewEventRecord, 'hash' | 'sequence'>

const CHANGED = 'the row was changed after it was written'

const actorUserIdOf = (actor: ReviewEventRecord['actor']): null | string =>
  actor === null || actor === undefined
    ? null
    : String(typeof actor === 'object' ? actor.id : actor)

/** The first thing wrong with `event` as the successor of `previous`, if anything. */
const checkLink = (
  event: ReviewEventRecord,
  previous: Link | undefined,
): BrokenLink | undefined => {
  const expected = previous ? previous.sequence + 1 : 1
  const broken = (reason: string, sequence = expected) => ({ sequence, id: event.id, reason })
  if (!Number.isInteger(event.sequence) || event.sequence < expected) {
    return broken(`sequence ${String(event.sequence)} is out of order: ${CHANGED}`)
  }
  if (event.sequence > expected) {
    const jump = previous
      ? `the chain goes from event ${previous.sequence} to event ${event.sequence}`
      : `the chain starts at event ${event.sequence}`
    return broken(`event ${expected} is missing: ${jump}`)
  }
  if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    return broken(
      previous
        ? `prevHash does not match the hash of event ${previous.sequence}`
        : 'prevHash of the first event is not the genesis value (64 zeros)',
    )
  }
  if (hashReviewEvent(event) !== event.hash)
    return broken(`hash does not match the record: ${CHANGED}`)
  // The database may null `actor` when the user is deleted; any other difference is tampering.
  const actor = actorUserIdOf(event.actor)
  if (actor !== null && actor !== (event.actorUserId ?? null)) {
    return broken(`actor does not match the recorded actor id: ${CHANGED}`)
  }
  return undefined
}

/**
 * Walks the audit log in sequence order, a page at a time, recomputing every hash and checking
 * that each event links to the one before it with no gap. `checked` counts the events found
 * intact before the first broken link. A removed *last* event leaves no trace in the chain itself.
 */
export const verifyAuditChain = async (
  payload: Payload,
  { slug = REVIEW_EVENTS_SLUG, pageSize = 500 }: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> => {
  let checked = 0
  let previous: Link | undefined
  for (;;) {
    // Keyset paging: stable while new events are appended during the walk.
    const where: Where | undefined = previous
      ? { sequence: { greater_than: previous.sequence } }
      : undefined
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where,
      sort: 'sequence',
      limit: pageSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const event of docs as unknown as ReviewEventRecord[]) {
      const firstBroken = checkLink(event, previous)
      if (firstBroken) return { ok: false, checked, firstBroken }
      checked += 1
      previous = event
    }
    if (docs.length < pageSize) return { ok: true, checked }
  }
}
