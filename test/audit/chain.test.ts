import type { PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { GENESIS_HASH, hashReviewEvent } from '../../src/audit/hashReviewEvent.js'
import { lockAuditChain } from '../../src/audit/lockAuditChain.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import {
  AUDIT_KEY,
  type AuditHarness,
  sampleEvent,
  SLUG,
  startAuditHarness,
} from './auditHarness.js'

let t: AuditHarness

beforeAll(async () => {
  t = await startAuditHarness()
})
afterAll(async () => t?.close())

const expectIntactChain = async (count: number) => {
  const events = await t.events()
  expect(events.map((event) => event.sequence)).toEqual(
    Array.from({ length: count }, (_, i) => i + 1),
  )
  events.forEach((event, i) => {
    expect(event.prevHash).toBe(i === 0 ? GENESIS_HASH : events[i - 1]!.hash)
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashReviewEvent(event, AUDIT_KEY)).toBe(event.hash)
  })
  expect(await verifyAuditChain(t.payload)).toMatchObject({ ok: true, checked: count })
  return events
}

describe('appending review events', () => {
  it('verifies an empty log as intact', async () => {
    expect(await verifyAuditChain(t.payload)).toMatchObject({ ok: true, checked: 0, head: null })
  })

  it('links each event to the one before: sequences 1..N, prevHash = previous hash', async () => {
    const admin = await t.payload.create({
      collection: 'users',
      data: {
        email: 'reviewer@example.test',
        password: 'secret-password',
        name: 'Dr Jane Roe',
        roles: ['reviewer'],
      },
    })
    await appendReviewEvent(t.payload, sampleEvent({ action: 'submitted', actor: admin.id }))
    await appendReviewEvent(t.payload, sampleEvent({ action: 'claim_decided', actor: admin.id }))
    const stored = await appendReviewEvent(
      t.payload,
      sampleEvent({ actor: admin.id, documentId: 42 }),
    )
    const system = await appendReviewEvent(
      t.payload,
      sampleEvent({
        action: 'published',
        actorName: 'Scheduled publishing',
        actorCredentials: null,
        fingerprint: null,
        details: null,
      }),
    )

    const events = await expectIntactChain(4)
    expect(events[2]).toMatchObject({
      id: stored.id,
      action: 'signed',
      actor: admin.id,
      actorUserId: String(admin.id),
      actorName: 'Dr Jane Roe',
      actorCredentials: 'MD, FRCP',
      documentCollection: 'articles',
      documentId: '42',
    })
    expect(events[3]).toMatchObject({
      id: system.id,
      actor: null,
      actorUserId: null,
      fingerprint: null,
    })
    expect(Date.now() - new Date(events[3]!.occurredAt).getTime()).toBeLessThan(60_000)
  })

  it('ignores a sequence, hashes and time sent by the caller and computes its own', async () => {
    const before = await t.events()
    const forged = await t.payload.create({
      collection: SLUG,
      data: {
        ...sampleEvent(),
        sequence: 1,
        prevHash: 'f'.repeat(64),
        hash: 'e'.repeat(64),
        occurredAt: '2001-01-01T00:00:00.000Z',
      } as never,
      depth: 0,
    })
    const last = before[before.length - 1]!
    const stored = (await t.events()).find((event) => event.id === forged.id)!
    expect(stored.sequence).toBe(last.sequence + 1)
    expect(stored.prevHash).toBe(last.hash)
    expect(stored.hash).toBe(hashReviewEvent(stored, AUDIT_KEY))
    expect(stored.occurredAt).not.toBe('2001-01-01T00:00:00.000Z')
    await expectIntactChain(before.length + 1)
  })

  it('keeps the chain intact when an actor is later deleted (the id stays in actorUserId)', async () => {
    const user = await t.payload.create({
      collection: 'users',
      data: {
        email: 'leaver@example.test',
        password: 'secret-password',
        name: 'Dr Leaver',
        roles: ['reviewer'],
      },
    })
    const event = await appendReviewEvent(
      t.payload,
      sampleEvent({ actor: user.id, actorName: 'Dr Leaver' }),
    )
    await t.payload.delete({ collection: 'users', id: user.id })
    const stored = (await t.events()).find((each) => each.id === event.id)!
    expect(stored.actorUserId).toBe(String(user.id))
    expect((await verifyAuditChain(t.payload)).ok).toBe(true)
  })

  it('stores and hashes half of an emoji alike, as U+FFFD, so the check still passes', async () => {
    const before = await t.events()
    const half = 'Quote cut inside \u{1F600}'.slice(0, -1)
    const event = await appendReviewEvent(t.payload, sampleEvent({ meaning: half, details: { [half]: [half] } }))
    const stored = (await t.events()).find((each) => each.id === event.id)!
    expect({ meaning: stored.meaning, details: stored.details }).toEqual({ meaning: 'Quote cut inside \uFFFD', details: { 'Quote cut inside \uFFFD': ['Quote cut inside \uFFFD'] } })
    await expectIntactChain(before.length + 1)
  })

  it('keeps one unforked chain under 20 concurrent appends', async () => {
    const before = (await t.events()).length
    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendReviewEvent(t.payload, sampleEvent({ meaning: `concurrent ${i}` })),
      ),
    )
    expect(new Set(appended.map((event) => event.sequence)).size).toBe(20)
    const events = await expectIntactChain(before + 20)
    expect(
      events
        .slice(before)
        .map((event) => event.meaning)
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `concurrent ${i}`).sort())
  })

  it('walks the chain in pages', async () => {
    const count = (await t.events()).length
    expect(await verifyAuditChain(t.payload, { pageSize: 3 })).toMatchObject({
      ok: true,
      checked: count,
    })
  })

  const transactional = testDatabaseKind() === 'postgres' ? it : it.skip
  if (testDatabaseKind() !== 'postgres') {
    console.info(
      'audit: the chain-lock and rollback tests run on PostgreSQL only (SQLite runs without transactions here)',
    )
  }
  const transaction = async () => {
    const req = (await createLocalReq({}, t.payload)) as PayloadRequest
    await initTransaction(req)
    return req
  }

  transactional('holds a second appender at the chain lock until the first commits', async () => {
    const first = await transaction()
    const second = await transaction()
    expect(await lockAuditChain(first, SLUG)).toBe(true)
    let secondLocked = false
    const waiting = lockAuditChain(second, SLUG).then(() => (secondLocked = true))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(secondLocked).toBe(false)
    await commitTransaction(first)
    await waiting
    expect(secondLocked).toBe(true)
    await commitTransaction(second)
  })

  transactional(
    "rolls back with the caller's transaction, leaving the chain as it was",
    async () => {
      const before = await t.events()
      const req = await transaction()
      const event = await appendReviewEvent(t.payload, sampleEvent(), req)
      expect(event.sequence).toBe(before.length + 1)
      await killTransaction(req)
      expect(await t.events()).toEqual(before)
      await appendReviewEvent(t.payload, sampleEvent())
      await expectIntactChain(before.length + 1)
    },
  )
})
