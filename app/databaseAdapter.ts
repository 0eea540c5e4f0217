import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { serializeWrites } from './database/serializeWrites.js'
import { versionHistoryIndexes } from './database/versionHistoryIndexes.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB); got "${uri.split(':')[0]}:..."`,
  )
}

/**
 * One URI picks the adapter. SQL schemas come from the migrations committed under
 * migrations/<kind>; schema push is only for local experiments (PAYLOAD_DB_PUSH=true).
 */
export const databaseAdapter = (uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj => {
  const push = process.env.PAYLOAD_DB_PUSH === 'true'
  switch (databaseKind(uri)) {
    case 'sqlite':
      // Transactions make every write all-or-nothing; serializeWrites lets them take turns.
      return serializeWrites(
        sqliteAdapter({
          client: { url: uri },
          push,
          migrationDir: path.join(root, 'migrations/sqlite'),
          // WAL lets readers run beside a writer; busy_timeout waits for another process's lock.
          wal: true,
          busyTimeout: 5000,
          transactionOptions: {},
          afterSchemaInit: [versionHistoryIndexes(sqliteIndex)],
        }),
      )
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        push,
        migrationDir: path.join(root, 'migrations/postgres'),
        afterSchemaInit: [versionHistoryIndexes(postgresIndex)],
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri })
  }
}
