import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/**
 * On PostgreSQL, takes a transaction-scoped advisory lock on the chain inside the request's
 * transaction, so concurrent appends read the last event one at a time; the lock is released at
 * commit or rollback. Returns false where there is no such lock (other databases, or no
 * transaction): the unique `sequence` index and a retry keep the chain from forking there.
 */
export const lockAuditChain = async (req: PayloadRequest, slug: string): Promise<boolean> => {
  if (req.payload.db.name !== 'postgres') return false
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = transactionID ? adapter.sessions[String(transactionID)] : undefined
  if (!session) return false
  const key = `payload-medical-review:${slug}`
  const lock = sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`
  // The adapter's types come from another copy of drizzle-orm; the query object is the same.
  await session.db.execute(lock as unknown as Parameters<typeof session.db.execute>[0])
  return true
}
