import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { ReviewEventInput, ReviewEventRecord } from './types.js'

import { activeTransaction } from '../activeTransaction.js'
import { checkpointWhenCommitted } from './checkpointWhenCommitted.js'
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

// Appends in this process queue behind each other on databases without a chain lock, so they
// do not race for the same sequence number; other processes are held off by the unique index.
const queues = new WeakMap<Payload, Promise<unknown>>()
const inTurn = <T>(payload: Payload, task: () => Promise<T>): Promise<T> => {
  const turn = (queues.get(payload) ?? Promise.resolve()).then(task, task)
  const settled = turn.catch(() => undefined)
  queues.set(payload, settled)
  return turn
}

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
  const create = async () =>
    (await payload.create({
      collection: slug as CollectionSlug,
      data: { ...event, documentId: String(event.documentId) } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })) as unknown as ReviewEventRecord
  // A failed write inside the caller's transaction aborts it, so only our own may be retried.
  const ownTransaction = (await activeTransaction(req)) === undefined
  // PostgreSQL serialises appends with an advisory lock inside the transaction (see the hook), and
  // a caller's transaction already holds the database's write turn; queueing such an append behind
  // one that waits for that turn would deadlock.
  const append = () => (payload.db.name === 'postgres' || !ownTransaction ? create() : inTurn(payload, create))
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
  if (ownTransaction) await checkpoint
  return stored
}
