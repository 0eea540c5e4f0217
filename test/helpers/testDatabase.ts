import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startMongo } from './mongo.js'

export type TestDatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type TestDatabase = { kind: TestDatabaseKind; uri: string; drop: () => Promise<void> }

/** The adapter the whole run uses: PAYLOAD_DATABASE=sqlite (default) | postgres | mongodb. */
export const testDatabaseKind = (): TestDatabaseKind => {
  const kind = (process.env.PAYLOAD_DATABASE || 'sqlite') as TestDatabaseKind
  if (!['mongodb', 'postgres', 'sqlite'].includes(kind)) {
    throw new Error(`PAYLOAD_DATABASE must be sqlite, postgres or mongodb; got "${kind}"`)
  }
  return kind
}

const postgresAdminUri = () => process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

/** A fresh, empty database for one test file, dropped afterwards. */
export const createTestDatabase = async (kind = testDatabaseKind()): Promise<TestDatabase> => {
  const name = `mr_test_${randomBytes(6).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-test-'))
    return { kind, uri: `file:${path.join(dir, 'cms.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
  }
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: postgresAdminUri() })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const uri = new URL(postgresAdminUri())
    uri.pathname = `/${name}`
    return {
      kind,
      uri: uri.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: postgresAdminUri() })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const mongo = await startMongo()
  const uri = new URL(mongo.uri)
  uri.pathname = `/${name}`
  return { kind, uri: uri.toString(), drop: mongo.stop }
}
