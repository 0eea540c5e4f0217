import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { CollectionSlug, Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import express from 'express'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload, handleEndpoints } from 'payload'

import type { ReviewEventInput, ReviewEventRecord } from '../../src/audit/types.js'

import { auditVerifyTask } from '../../src/audit/auditVerifyTask.js'
import { reviewEventsCollection } from '../../src/audit/reviewEventsCollection.js'
import { REVIEW_EVENTS_SLUG } from '../../src/audit/types.js'
import { adminOnly, hasRole, ROLES, staffOnly } from '../../collections/roles.js'
import { databaseAdapter } from '../../app/databaseAdapter.js'
import { sendFetchResponse, toFetchRequest } from '../../app/fetchBridge.js'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase.js'

export const SLUG = REVIEW_EVENTS_SLUG as CollectionSlug
const TABLE = 'review_events'
export const ARTICLES = 'articles' as CollectionSlug

/** The audit key of the harness: a secret of the test, held outside the database. */
export const AUDIT_KEY = 'audit-key-of-the-tests-0123456789abcdef'

/** What a raw write to an article may change. */
export type ArticleChanges = {
  _status?: 'draft' | 'published'
  title?: string
  signOff?: null | Record<string, unknown>
}

const ARTICLE_COLUMNS = { _status: '_status', title: 'title', signOff: 'medical_review_sign_off' }
const ARTICLE_PATHS = { _status: '_status', title: 'title', signOff: 'medicalReview.signOff' }

export type AuditHarness = {
  payload: Payload
  url: string
  database: TestDatabase
  /** Every stored event in sequence order, straight from the Local API. */
  events: () => Promise<ReviewEventRecord[]>
  /** Raw SQL (or MongoDB) write behind Payload's back, as an intruder with database access would. */
  tamper: (
    sequence: number,
    changes: Partial<Record<'hash' | 'meaning' | 'prev_hash', string> & { sequence: number }>,
  ) => Promise<void>
  removeRow: (sequence: number) => Promise<void>
  /** A raw write to the main (published) row of an article. */
  tamperArticle: (id: number | string, changes: ArticleChanges) => Promise<void>
  /** The checkpoint file the audit collection appends to (in a temporary directory). */
  checkpointFile: string
  close: () => Promise<void>
}

/**
 * These suites boot their own small config on a fresh database with the schema pushed: users
 * with roles, an `articles` collection under review (drafts, a byline in `medicalReview.signOff`,
 * the settings the plugin leaves on `custom`, but none of its hooks, so a test can publish
 * anything), the audit log with a key and a checkpoint file, and the verify task. The REST API
 * is served through a small express app rather than createServer (whose migrations would build
 * the main schema instead).
 */
export const startAuditHarness = async (): Promise<AuditHarness> => {
  const database = await createTestDatabase()
  const checkpointFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'mr-audit-')),
    'checkpoints',
    'audit.jsonl',
  )
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
      {
        slug: ARTICLES,
        versions: { drafts: true },
        admin: { useAsTitle: 'title' },
        // What the plugin puts on a reviewed collection; its own state is not reviewed content.
        custom: { medicalReview: { exclude: ['medicalReview'] } },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'body', type: 'textarea' },
          { name: 'medicalReview', type: 'group', fields: [{ name: 'signOff', type: 'json' }] },
        ],
      },
      reviewEventsCollection({
        readAccess: staffOnly,
        verifyAccess: adminOnly,
        auditKey: AUDIT_KEY,
        auditCheckpointFile: checkpointFile,
      }),
    ],
    jobs: {
      // Kept, so that a test can read what a job returned.
      deleteJobOnComplete: false,
      tasks: [auditVerifyTask({ isAdmin: (user) => hasRole(user, 'admin'), schedule: false })],
    },
    // Payload logs every refused request as an error; the tests assert the refusals themselves.
    logger: { options: { level: process.env.LOG_LEVEL || 'fatal' } },
    telemetry: false,
  })
  const payload = await getPayload({ config })

  const app = express()
  app.all('/api/*splat', express.raw({ type: () => true }), async (req, res, fail) => {
    try {
      const body = Buffer.isBuffer(req.body) ? (req.body as Buffer) : undefined
      await sendFetchResponse(
        await handleEndpoints({ config, request: toFetchRequest(req, body) }),
        res,
      )
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
  type MongoModel = { updateOne: (filter: object, update: object, options: object) => Promise<unknown> }
  const mongo = (slug: string = SLUG) =>
    (payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> })
      .collections[slug]!.collection
  const jsonValue = (value: Record<string, unknown>) =>
    payload.db.name === 'postgres'
      ? sql`${JSON.stringify(value)}::jsonb`
      : sql`${JSON.stringify(value)}`

  return {
    payload,
    url: `http://127.0.0.1:${port}`,
    database,
    events: async () =>
      (await payload.find({ collection: SLUG, sort: 'sequence', pagination: false, depth: 0 }))
        .docs as unknown as ReviewEventRecord[],
    tamper: async (sequence, changes) => {
      if (payload.db.name === 'mongoose') {
        const { prev_hash: prevHash, ...rest } = changes
        const set = prevHash === undefined ? rest : { ...rest, prevHash }
        return void (await mongo().updateOne({ sequence }, { $set: set }))
      }
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
    tamperArticle: async (id, changes) => {
      const entries = Object.entries(changes) as [
        keyof ArticleChanges,
        ArticleChanges[keyof ArticleChanges],
      ][]
      if (payload.db.name === 'mongoose') {
        const set = Object.fromEntries(entries.map(([name, value]) => [ARTICLE_PATHS[name], value]))
        // Through the mongoose model, which casts the API's hex id to the stored ObjectId.
        const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections[ARTICLES]!
        return void (await model.updateOne({ _id: id }, { $set: set }, { strict: false }))
      }
      const set = entries.map(
        ([name, value]) =>
          sql`${sql.identifier(ARTICLE_COLUMNS[name])} = ${value !== null && typeof value === 'object' ? jsonValue(value) : value}`,
      )
      await raw(sql`UPDATE articles SET ${sql.join(set, sql`, `)} WHERE id = ${id}`)
    },
    checkpointFile,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await closeConnections(payload)
      await database.drop()
      fs.rmSync(path.dirname(path.dirname(checkpointFile)), { recursive: true, force: true })
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
