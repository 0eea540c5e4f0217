import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { CollectionSlug, Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import express from 'express'
import { buildConfig, getPayload, handleEndpoints } from 'payload'

import type { ReviewEventInput, ReviewEventRecord } from '../../src/audit/types.js'

import { reviewEventsCollection } from '../../src/audit/reviewEventsCollection.js'
import { REVIEW_EVENTS_SLUG } from '../../src/audit/types.js'
import { adminOnly, ROLES, staffOnly } from '../../collections/roles.js'
import { databaseAdapter } from '../../src/databaseAdapter.js'
import { sendFetchResponse, toFetchRequest } from '../../src/fetchBridge.js'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase.js'

export const SLUG = REVIEW_EVENTS_SLUG as CollectionSlug
const TABLE = 'review_events'

export type AuditHarness = {
  payload: Payload
  url: string
  database: TestDatabase
  /** Every stored event in sequence order, straight from the Local API. */
  events: () => Promise<ReviewEventRecord[]>
  /** Raw SQL (or MongoDB) write behind Payload's back, as an intruder with database access would. */
  tamper: (sequence: number, changes: Partial<Record<'hash' | 'meaning', string>>) => Promise<void>
  removeRow: (sequence: number) => Promise<void>
  close: () => Promise<void>
}

/**
 * payload.config.ts does not carry the audit collection yet, so these suites boot their own
 * config (users with roles, the audit log) on a fresh database with the schema pushed, and serve
 * the REST API through a small express app rather than createServer (whose migrations would
 * build the main schema instead).
 */
export const startAuditHarness = async (): Promise<AuditHarness> => {
  const database = await createTestDatabase()
  process.env.PAYLOAD_DB_PUSH = 'true'
  const config = buildConfig({
    secret: 'test-secret-of-at-least-thirty-two-characters',
    db: databaseAdapter(database.uri),
    admin: { user: 'users' },
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [
          { name: 'name', type: 'text' },
          { name: 'roles', type: 'select', hasMany: true, options: [...ROLES] },
        ],
      },
      reviewEventsCollection({ readAccess: staffOnly, verifyAccess: adminOnly }),
    ],
    // Payload logs every refused request as an error; the tests assert the refusals themselves.
    logger: { options: { level: process.env.LOG_LEVEL || 'fatal' } },
    telemetry: false,
  })
  const payload = await getPayload({ config })

  const app = express()
  app.all('/api/*splat', async (req, res, fail) => {
    try {
      await sendFetchResponse(await handleEndpoints({ config, request: toFetchRequest(req) }), res)
    } catch (error) {
      fail(error)
    }
  })
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, () => resolve(listening))
  })
  const { port } = server.address() as AddressInfo

  const raw = async (query: ReturnType<typeof sql>) => {
    const db = payload.db as unknown as {
      drizzle: {
        execute?: (q: unknown) => Promise<unknown>
        run?: (q: unknown) => Promise<unknown>
      }
    }
    if (payload.db.name === 'sqlite') await db.drizzle.run!(query)
    else await db.drizzle.execute!(query)
  }
  const mongo = () =>
    (payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> })
      .collections[SLUG].collection

  return {
    payload,
    url: `http://127.0.0.1:${port}`,
    database,
    events: async () =>
      (await payload.find({ collection: SLUG, sort: 'sequence', pagination: false, depth: 0 }))
        .docs as unknown as ReviewEventRecord[],
    tamper: async (sequence, changes) => {
      if (payload.db.name === 'mongoose')
        return void (await mongo().updateOne({ sequence }, { $set: changes }))
      const set = Object.entries(changes).map(
        ([column, value]) => sql`${sql.identifier(column)} = ${value}`,
      )
      await raw(
        sql`UPDATE ${sql.identifier(TABLE)} SET ${sql.join(set, sql`, `)} WHERE sequence = ${sequence}`,
      )
    },
    removeRow: async (sequence) => {
      if (payload.db.name === 'mongoose') await mongo().deleteOne({ sequence })
      else await raw(sql`DELETE FROM ${sql.identifier(TABLE)} WHERE sequence = ${sequence}`)
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await closeConnections(payload)
      await database.drop()
    },
  }
}

type Connections = {
  pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
  client?: { close: () => void }
}

/**
 * payload.destroy() leaves the adapter's connections open. The PostgreSQL adapter also keeps one
 * pool client checked out for good (its connect), so pool.end() never resolves: end the idle
 * ones without waiting, and let the forced DROP DATABASE terminate the last.
 */
const closeConnections = async (payload: Payload) => {
  const { pool, client } = payload.db as unknown as Connections
  await payload.destroy()
  if (pool) {
    pool.on('error', () => {})
    void pool.end().catch(() => {})
  }
  client?.close()
}

type MongoCollection = {
  updateOne: (filter: object, update: object) => Promise<unknown>
  deleteOne: (filter: object) => Promise<unknown>
}

let counter = 0

/** A plausible event; `overrides` change any field. */
export const sampleEvent = (overrides: Partial<ReviewEventInput> = {}): ReviewEventInput => {
  counter += 1
  return {
    action: 'signed',
    actorName: 'Dr Jane Roe',
    actorCredentials: 'MD, FRCP',
    meaning: `Signed off revision ${counter} as medically accurate`,
    documentCollection: 'articles',
    documentId: String(counter),
    fingerprint: `sha256:${counter.toString(16).padStart(64, '0')}`,
    details: { claims: [{ id: `c${counter}`, decision: 'approved' }], note: 'ok' },
    ...overrides,
  }
}
