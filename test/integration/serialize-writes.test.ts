import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { testDatabaseKind } from '../helpers/testDatabase.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

// Only SQLite's adapter is wrapped to take turns; elsewhere the database itself arbitrates.
const onSQLite = testDatabaseKind() === 'sqlite'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('writes that take turns on one database', () => {
  it('lets a write made inside another (Payload KV upsert calls updateOne) finish at once, not after the 30 s wait', async () => {
    const started = Date.now()
    await t.payload.kv.set('serialize-writes-probe', { round: 1 })
    await t.payload.kv.set('serialize-writes-probe', { round: 2 })
    expect(await t.payload.kv.get('serialize-writes-probe')).toEqual({ round: 2 })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  ;(onSQLite ? it : it.skip)('runs concurrent upserts and creates to the end on SQLite, each one stored', async () => {
    const rounds = Array.from({ length: 12 }, (_, n) => n)
    await Promise.all(
      rounds.flatMap((n) => [
        t.payload.kv.set(`serialize-writes-${n % 3}`, { n }),
        t.payload.create({ collection: 'faqs', data: { question: `Concurrent question ${n}?` }, draft: true }),
      ]),
    )
    const stored = await t.payload.find({ collection: 'faqs', where: { question: { like: 'Concurrent question' } }, draft: true, limit: 50 })
    expect(stored.totalDocs).toBe(rounds.length)
    for (const key of [0, 1, 2]) expect(await t.payload.kv.get(`serialize-writes-${key}`)).toHaveProperty('n')
  })
})
