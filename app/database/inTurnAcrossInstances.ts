import type { Payload } from 'payload'

/** The parts of Payload's PostgreSQL adapter the locks use. */
export type PostgresAdapter = {
  name: string
  pool?: { connect: () => Promise<{ query: (sql: string) => Promise<unknown>; release: (destroy?: boolean) => void }> }
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
  sessions: Record<string, { db: unknown } | undefined>
  updateJobs: (args: { id?: unknown; data: { processing?: boolean }; req?: { transactionID?: unknown } }) => Promise<unknown>
}

export const postgresOf = (payload: Payload) =>
  payload.db.name === 'postgres' ? (payload.db as unknown as PostgresAdapter) : undefined

/**
 * Runs `work` while holding a PostgreSQL session advisory lock named `name`, so instances on one
 * database do it one at a time; elsewhere it just runs. A connection that cannot unlock is closed,
 * which releases the lock.
 */
export const inTurnAcrossInstances = async <T,>(payload: Payload, name: string, work: () => Promise<T>): Promise<T> => {
  const pool = postgresOf(payload)?.pool
  if (!pool) return work()
  const client = await pool.connect()
  const key = `hashtext('health-cms:${name}')`
  try {
    await client.query(`SELECT pg_advisory_lock(${key})`)
    return await work()
  } finally {
    const unlocked = await client.query(`SELECT pg_advisory_unlock(${key})`).then(() => true, () => false)
    client.release(!unlocked)
  }
}
