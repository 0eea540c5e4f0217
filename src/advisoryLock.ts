import type { PayloadRequest } from 'payload'

import { activeTransaction } from './activeTransaction.js'

/** The part of a Payload SQL adapter this lock uses; nothing is imported from the PostgreSQL adapter. */
type SqlAdapter = {
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
  sessions: Record<string, { db: unknown } | undefined>
}

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`

/**
 * On PostgreSQL, takes a transaction-scoped advisory lock named `key` inside the request's
 * transaction; it is released at commit or rollback. Returns false where there is no such lock
 * (other databases, or no transaction), so callers know to rely on their other guards.
 */
export const advisoryLock = async (req: PayloadRequest, key: string): Promise<boolean> => {
  if (req.payload.db.name !== 'postgres') return false
  const transactionID = await activeTransaction(req)
  const adapter = req.payload.db as unknown as SqlAdapter
  const session = transactionID ? adapter.sessions[String(transactionID)] : undefined
  if (!session) return false
  await adapter.execute({ db: session.db, raw: `SELECT pg_advisory_xact_lock(hashtext(${sqlString(key)}))` })
  return true
}
