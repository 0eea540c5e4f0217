import type { Payload, PayloadRequest } from 'payload'

import { activeTransaction } from '../activeTransaction.js'
import { checkpointAuditHead } from './checkpointAuditHead.js'

// Long enough for any review transaction; after that the next append, verify or job catches up.
const GIVE_UP_AFTER_MS = 120_000

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref()
  })

/**
 * Checkpoints the chain head once the append of `sequence` is committed. Payload has no
 * after-commit hook, so this polls the committed head: it stops when the head has reached
 * `sequence`, or when the request's transaction is over (Payload removes `req.transactionID` after
 * commit and after rollback) and one more read does not show it: the append rolled back, and the
 * head checkpointed is still the committed one, so a rollback never looks like truncation later.
 */
export const checkpointWhenCommitted = async (
  payload: Payload,
  slug: string,
  sequence: number,
  req?: PayloadRequest,
): Promise<void> => {
  for (let waited = 0, delay = 10; ; waited += delay, delay = Math.min(delay * 2, 1000)) {
    // Read before the head: a transaction seen over here is over for the read that follows.
    const over = (await activeTransaction(req)) === undefined
    const head = await checkpointAuditHead(payload, slug)
    if ((head?.sequence ?? 0) >= sequence || over || waited >= GIVE_UP_AFTER_MS) return
    await pause(delay)
  }
}
