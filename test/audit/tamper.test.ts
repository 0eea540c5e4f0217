import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ReviewEventRecord } from '../../src/audit/types.js'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { formatAuditReport } from '../../src/audit/formatAuditReport.js'
import { hashReviewEvent } from '../../src/audit/hashReviewEvent.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { type AuditHarness, sampleEvent, SLUG, startAuditHarness } from './auditHarness.js'

let t: AuditHarness
let admin: Account
let stored: ReviewEventRecord[]

beforeAll(async () => {
  t = await startAuditHarness()
  admin = await createAccount(t.payload, t.url, ['admin'])
  for (let i = 0; i < 6; i += 1)
    await appendReviewEvent(t.payload, sampleEvent({ actor: admin.user.id }))
  stored = await t.events()
})
afterAll(async () => t?.close())

const verifyOverHttp = async () => {
  const response = await fetch(`${t.url}/api/${SLUG}/verify`, { headers: admin.headers })
  expect(response.status).toBe(200)
  return response.json()
}

// The steps build on each other: tamper, put back, then remove a row for good.
describe("verifying a chain changed behind Payload's back", () => {
  it('finds an intact chain of 6 events first', async () => {
    expect(await verifyAuditChain(t.payload)).toEqual({ ok: true, checked: 6 })
    expect(formatAuditReport(await verifyAuditChain(t.payload)).message).toBe(
      'Audit chain intact: 6 events',
    )
  })

  it('names the event whose meaning was rewritten in the database as the first broken link', async () => {
    await t.tamper(4, { meaning: 'Approved without reading' })
    expect((await t.events())[3]!.meaning).toBe('Approved without reading')
    const report = await verifyAuditChain(t.payload)
    expect(report).toEqual({
      ok: false,
      checked: 3,
      firstBroken: {
        sequence: 4,
        id: stored[3]!.id,
        reason: 'hash does not match the record: the row was changed after it was written',
      },
    })
    expect(await verifyOverHttp()).toEqual(report)
    expect(formatAuditReport(report)).toEqual({
      exitCode: 1,
      message: `Audit chain BROKEN at event 4 (id ${stored[3]!.id}): hash does not match the record: the row was changed after it was written`,
    })
  })

  it('is intact again once the original text is put back', async () => {
    await t.tamper(4, { meaning: stored[3]!.meaning })
    expect(await verifyAuditChain(t.payload)).toEqual({ ok: true, checked: 6 })
  })

  it('names the next event when a row is rewritten with a freshly computed hash', async () => {
    const forged = { ...stored[2]!, meaning: 'Rejected the claim' }
    await t.tamper(3, { meaning: forged.meaning, hash: hashReviewEvent(forged) })
    expect(await verifyAuditChain(t.payload)).toEqual({
      ok: false,
      checked: 3,
      firstBroken: {
        sequence: 4,
        id: stored[3]!.id,
        reason: 'prevHash does not match the hash of event 3',
      },
    })
    await t.tamper(3, { meaning: stored[2]!.meaning, hash: stored[2]!.hash })
    expect(await verifyAuditChain(t.payload)).toEqual({ ok: true, checked: 6 })
  })

  it('reports the gap when a row is deleted in the database', async () => {
    await t.removeRow(5)
    expect((await t.events()).map((event) => event.sequence)).toEqual([1, 2, 3, 4, 6])
    expect(await verifyAuditChain(t.payload)).toEqual({
      ok: false,
      checked: 4,
      firstBroken: {
        sequence: 5,
        id: stored[5]!.id,
        reason: 'event 5 is missing: the chain goes from event 4 to event 6',
      },
    })
  })

  it('reports a missing first event', async () => {
    await t.removeRow(1)
    expect((await verifyAuditChain(t.payload)).firstBroken).toEqual({
      sequence: 1,
      id: stored[1]!.id,
      reason: 'event 1 is missing: the chain starts at event 2',
    })
  })
})

describe('npm run audit:verify', () => {
  it('says clearly when payload.config.ts has no audit collection, and exits 2', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['src/audit/verifyCli.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production',
        AUDIT_COLLECTION_SLUG: 'no-such-audit-log',
        DATABASE_URI: t.database.uri,
        PAYLOAD_SECRET: 'test-secret-of-at-least-thirty-two-characters',
      },
    })
    expect(run.stderr).toContain('payload.config.ts has no "no-such-audit-log" collection')
    expect(run.status).toBe(2)
  })
})
