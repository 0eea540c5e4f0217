import type { PayloadRequest } from 'payload'

import { advisoryLock } from '../advisoryLock.js'

/**
 * One writer at a time per document on PostgreSQL, held to the end of the transaction: a sign-off
 * and an edit of the same document cannot interleave their read and write.
 */
export const lockDocument = (req: PayloadRequest, collection: string, id: number | string): Promise<boolean> =>
  advisoryLock(req, `payload-medical-review:doc:${collection}:${id}`)
