/** What the migration tests share: calling a migration directly, and reading what it stored. */
import type { Payload } from 'payload'

import type { sql as SqlTag } from '@payloadcms/db-sqlite'

import { testDatabaseKind } from './testDatabase.js'

/** A migration module's two steps, as the tests call them directly. */
export type Migration = { up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }

/** The arguments a migration receives from Payload, for the running test database. */
export const migrationArgs = (payload: Payload) =>
  ({ db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} }) as never

/** Rows of a raw SQL query on the SQLite or PostgreSQL test database: what is stored, past every hook. */
export const rawSqlRows = async (payload: Payload, query: (sql: typeof SqlTag) => unknown): Promise<Record<string, unknown>[]> => {
  const db = payload.db as unknown as {
    drizzle: { all?: (query: unknown) => Promise<unknown[]>; execute?: (query: unknown) => Promise<{ rows: unknown[] }> }
  }
  const { sql } = testDatabaseKind() === 'sqlite' ? await import('@payloadcms/db-sqlite') : await import('@payloadcms/db-postgres')
  const built = query(sql as typeof SqlTag)
  return (db.drizzle.all ? await db.drizzle.all(built) : (await db.drizzle.execute!(built)).rows) as Record<string, unknown>[]
}
