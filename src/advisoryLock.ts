import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/**
 * On PostgreSQL, takes a transaction-scoped advisory lock named `key` inside the request's
 * transaction; it is released at commit or rollback. Returns false where there is no such lock
 * (other databases, or no transaction), so callers know to rely on their other guards.
 */
export const advisoryLock = async (req: PayloadRequest, key: string): Promise<boolean> => {
  if (req.payload.db.name !== 'postgres') return false
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = transactionID ? adapter.sessions[String(transactionID)] : undefined
  if (!session) return false
  const lock = sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`
  // The adapter's types come from another copy of drizzle-orm; the query object is the same.
  await session.db.execute(lock as unknown as Parameters<typeof session.db.execute>[0])
  return true
}
