import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { closePayload } from '../../app/closePayload.js'
import { createTestDatabase, type TestDatabase } from './testDatabase.js'

export type TestServer = {
  payload: Payload
  url: string
  database: TestDatabase
  close: () => Promise<void>
}

/**
 * Boots the real CMS (payload.config.ts, migrations, express) on a fresh database and an
 * ephemeral port. The config reads the environment when first imported, once per test file.
 */
export const startTestServer = async (env: Record<string, string> = {}): Promise<TestServer> => {
  const database = await createTestDatabase()
  Object.assign(process.env, {
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    PAYLOAD_JOBS_AUTORUN: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    ...env,
  })
  const { default: config } = await import('../../payload.config.js')
  const { createServer } = await import('../../app/server.js')
  const cms = await createServer({ config })
  const server: Server = await cms.listen(0)
  const { port } = server.address() as AddressInfo
  return {
    payload: cms.payload,
    url: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await closePayload(cms.payload)
      await database.drop()
    },
  }
}
