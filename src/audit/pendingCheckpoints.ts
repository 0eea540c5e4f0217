import type { Payload } from 'payload'

import { setTimeout as delay } from 'node:timers/promises'

// Checkpoints still running, per Payload: they read the database, so it must not close under them.
const pending = new WeakMap<Payload, Set<Promise<unknown>>>()

/** Keeps `checkpoint` among those a close waits for (see settleCheckpointsBeforeClose), until it settles. */
export const trackCheckpoint = (payload: Payload, checkpoint: Promise<unknown>): void => {
  const running = pending.get(payload) ?? new Set<Promise<unknown>>()
  pending.set(payload, running)
  running.add(checkpoint)
  void checkpoint.finally(() => running.delete(checkpoint))
}

/**
 * Makes `payload.db.destroy()` wait for the checkpoints under way (at most `limitMs`), so a process
 * that closes right after a review action (the seed, a CLI, a test) records its last head instead
 * of logging a failed checkpoint against a closed database.
 */
export const settleCheckpointsBeforeClose = (payload: Payload, limitMs = 5_000): void => {
  const db = payload.db as { destroy?: () => Promise<void> }
  const destroy = db.destroy?.bind(payload.db)
  if (!destroy) return
  db.destroy = async () => {
    const running = [...(pending.get(payload) ?? [])]
    if (running.length) await Promise.race([Promise.allSettled(running), delay(limitMs, undefined, { ref: false })])
    await destroy()
  }
}
