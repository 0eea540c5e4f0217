import type { PayloadRequest } from 'payload'

import { advisoryLock } from '../advisoryLock.js'

/**
 * One review write at a time on PostgreSQL, held to the end of the transaction. A single lock,
 * taken before anything else in every write (saves, review actions, deletions, and the writes a
 * trial's change makes to the articles citing it), cannot be taken in two orders, so writers queue
 * instead of deadlocking, and a sign-off and an edit cannot interleave their read and write.
 */
export const lockReviewWrites = (req: PayloadRequest): Promise<boolean> =>
  advisoryLock(req, 'payload-medical-review:writes')
