import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { ReviewEventInput, ReviewEventRecord } from './types.js'

import { activeTransaction } from '../activeTransaction.js'
import { inTurn } from '../inTurn.js'
import { checkpointWhenCommitted } from './checkpointWhenCommitted.js'
import { trackCheckpoint } from './pendingCheckpoints.js'
import { REVIEW_EVENTS_SLUG } from './types.js'

export type AppendReviewEventOptions = {
  /** @default 'review-events' */
  slug?: string
}

const MAX_ATTEMPTS = 10

/** Another append took the same sequence number first (or MongoDB saw a write conflict). */
const isChainConflict = (error: unknown): boolean =>
  (error instanceof ValidationError &&
    error.data.errors.some((fieldError) => fieldError.path === 'sequence')) ||
  (typeof (error as { hasErrorLabel?: unknown })?.hasErrorLabel === 'function' &&
    (error as { hasErrorLabel: (label: string) => boolean }).hasErrorLabel(
      'TransientTransactionError',
    ))

/**
 * Appends one event to the audit log through the Local API. Pass the caller's `req` so the event
 * commits or rolls back with the change it records. The collection's hook links it to the chain.
 * The new head is checkpointed outside the database once committed: before this returns when the
 * append had its own transaction, in the background when it runs in the caller's.
 */
export const appendReviewEvent = async (
  payload: Payload,
  event: ReviewEventInput,
  req?: PayloadRequest,
  { slug = REVIEW_EVENTS_SLUG }: AppendReviewEventOptions = {},
): Promise<ReviewEventRecord> => {
  // A failed write inside the caller's transaction aborts it, so only our own may be retried.
  const transaction = await activeTransaction(req)
  const ownTransaction = transaction === undefined
  const create = async () =>
    (await payload.create({
      collection: slug as CollectionSlug,
      data: { ...event, documentId: String(event.documentId) } as never,
      // Our own transaction is begun on a request of its own: begun on the caller's, it would also
      // take in whatever else runs on that request meanwhile (the other documents of a bulk write).
      req: ownTransaction ? undefined : req,
      overrideAccess: true,
      depth: 0,
    })) as unknown as ReviewEventRecord
  // Appends take turns so that none reads a head another is about to replace:
  // - in one transaction (a bulk write's documents, which Payload runs concurrently), always;
  // - in their own transactions, within this process, except on PostgreSQL, whose advisory lock
  //   (see the hook) serialises them; other processes are held off by the unique index.
  // Appends in different callers' transactions never queue here: one may hold the database's
  // write turn while another waits for it, and queueing them would deadlock.
  const append = () => {
    if (!ownTransaction) return inTurn(payload, transaction, create)
    return payload.db.name === 'postgres' ? create() : inTurn(payload, payload, create)
  }
  const appendWithRetries = async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await append()
      } catch (error) {
        if (!ownTransaction || attempt >= MAX_ATTEMPTS || !isChainConflict(error)) throw error
        await new Promise((resolve) => setTimeout(resolve, attempt * 5 + Math.random() * 20))
      }
    }
  }
  const stored = await appendWithRetries()
  // The event is stored: a checkpoint that fails is logged, and never fails the append.
  const checkpoint = checkpointWhenCommitted(payload, slug, stored.sequence, req).catch(
    (error: unknown) =>
      payload.logger.error({
        err: error,
        msg: 'audit checkpoint failed: could not record the head',
      }),
  )
  trackCheckpoint(payload, checkpoint)
  if (ownTransaction) await checkpoint
  return stored
}
