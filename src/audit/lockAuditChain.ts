import type { PayloadRequest } from 'payload'

import { advisoryLock } from '../advisoryLock.js'

/**
 * Serialises appends on PostgreSQL: concurrent appends read the last event one at a time. Returns
 * false where there is no such lock; the unique `sequence` index and a retry keep the chain from
 * forking there.
 */
export const lockAuditChain = (req: PayloadRequest, slug: string): Promise<boolean> =>
  advisoryLock(req, `payload-medical-review:${slug}`)
