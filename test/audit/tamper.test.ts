import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, createHmac } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AuditChainReport, ReviewEventRecord } from '../../src/audit/types.js'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { canonicalJson } from '../../src/audit/canonicalJson.js'
import { formatAuditReport } from '../../src/audit/formatAuditReport.js'
import { chainedFields, hashReviewEvent } from '../../src/audit/hashReviewEvent.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { createTestDatabase } from '../helpers/testDatabase.js'
import {
  AUDIT_KEY,
  type AuditHarness,
  sampleEvent,
  SLUG,
  startAuditHarness,
} from './auditHarness.js'

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

const verifyOverHttp = async (query = '') => {
  const response = await fetch(`${t.url}/api/${SLUG}/verify${query}`, { headers: admin.headers })
  expect(response.status).toBe(200)
  return (await response.json()) as AuditChainReport
}

const headOf = (event: ReviewEventRecord) => ({ sequence: event.sequence, hash: event.hash })

/** What an intruder with database access but without the key can compute: any other hash. */
const sha256 = (event: ReviewEventRecord) =>
  createHash('sha256')
    .update(canonicalJson(chainedFields(event)))
    .digest('hex')
const hmacUnder = (key: string) => (event: ReviewEventRecord) =>
  createHmac('sha256', key)
    .update(canonicalJson(chainedFields(event)))
    .digest('hex')

/** Rewrites event `from` and recomputes the hash and prevHash of it and of every later event. */
const rewriteFrom = async (
  from: number,
  meaning: string,
  hash: (event: ReviewEventRecord) => string,
) => {
  let prevHash = stored[from - 2]?.hash
  for (const original of stored.slice(from - 1)) {
    const forged = {
      ...original,
      prevHash: prevHash!,
      meaning: original.sequence === from ? meaning : original.meaning,
    }
    forged.hash = hash(forged)
    await t.tamper(forged.sequence, {
      meaning: forged.meaning,
      prev_hash: forged.prevHash,
      hash: forged.hash,
    })
    prevHash = forged.hash
  }
}

const restore = async () => {
  for (const event of stored) {
    await t.tamper(event.sequence, {
      meaning: event.meaning,
      prev_hash: event.prevHash,
      hash: event.hash,
    })
  }
}

// The steps build on each other: tamper, put back, then remove rows for good.
describe("verifying a chain changed behind Payload's back", () => {
  it('finds an intact chain of 6 events, checkpointed after every append', async () => {
    const lines = fs.readFileSync(t.checkpointFile, 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(
      stored.map((event) => ({ ...headOf(event), at: expect.any(String) })),
    )
    expect(await verifyAuditChain(t.payload)).toEqual({
      ok: true,
      checked: 6,
      head: headOf(stored[5]!),
      checkpoints: {
        checked: 6,
        unchecked: 0,
        file: { found: true, read: 6, unreadable: 0 },
        problems: [],
      },
      liveContent: { collections: ['articles'], checked: 0, mismatches: [] },
    })
    expect(formatAuditReport(await verifyAuditChain(t.payload))).toEqual({
      exitCode: 0,
      message: `Audit log OK: 6 events intact (head 6 ${stored[5]!.hash}), 6 checkpoints compared, 0 published documents checked`,
    })
  })

  it('hashes with the audit key: neither plain SHA-256 nor another key gives the stored hash', () => {
    const event = stored[0]!
    expect(hashReviewEvent(event, AUDIT_KEY)).toBe(event.hash)
    expect(sha256(event)).not.toBe(event.hash)
    expect(hmacUnder('another-key-of-at-least-thirty-two-chars')(event)).not.toBe(event.hash)
  })

  it('names the event whose meaning was rewritten in the database as the first broken link', async () => {
    await t.tamper(4, { meaning: 'Approved without reading' })
    expect((await t.events())[3]!.meaning).toBe('Approved without reading')
    const report = await verifyAuditChain(t.payload)
    expect(report).toMatchObject({
      ok: false,
      checked: 3,
      head: headOf(stored[2]!),
      firstBroken: {
        sequence: 4,
        id: stored[3]!.id,
        reason:
          'hash does not match the record under the audit key: the row was changed after it was written',
      },
      // The checkpoints of events 4-6 lie past the break: nothing trusted to compare them with.
      checkpoints: { checked: 3, unchecked: 3, problems: [] },
    })
    expect(await verifyOverHttp()).toEqual(report)
    expect(formatAuditReport(report)).toEqual({
      exitCode: 1,
      message: [
        `Audit log PROBLEM: 3 events intact (head 3 ${stored[2]!.hash}), 3 checkpoints compared, 0 published documents checked`,
        `  chain BROKEN at event 4 (id ${stored[3]!.id}): hash does not match the record under the audit key: the row was changed after it was written`,
        '  note: 3 checkpoints past the broken link could not be compared',
      ].join('\n'),
    })
  })

  it('is intact again once the original text is put back', async () => {
    await t.tamper(4, { meaning: stored[3]!.meaning })
    expect(await verifyAuditChain(t.payload)).toMatchObject({ ok: true, checked: 6 })
  })

  it.each([
    ['plain SHA-256', sha256],
    ['HMAC under a wrong key', hmacUnder('a-guessed-key-of-at-least-32-characters')],
  ])(
    'catches a rewrite whose hashes were all recomputed with %s, at the rewritten event',
    async (_, hash) => {
      await rewriteFrom(3, 'Rejected the claim', hash)
      const events = await t.events()
      // The forgery is consistent as a plain hash chain: every prevHash names the hash before it.
      events.slice(1).forEach((event, i) => expect(event.prevHash).toBe(events[i]!.hash))
      expect((await verifyAuditChain(t.payload)).firstBroken).toEqual({
        sequence: 3,
        id: stored[2]!.id,
        reason:
          'hash does not match the record under the audit key: the row was changed after it was written',
      })
      await restore()
      expect((await verifyAuditChain(t.payload)).ok).toBe(true)
    },
  )

  it('catches a rewrite made with the stolen key through the checkpoints', async () => {
    await rewriteFrom(3, 'Rejected the claim', hmacUnder(AUDIT_KEY))
    const report = await verifyAuditChain(t.payload)
    expect(report.firstBroken).toBeUndefined()
    expect(report.ok).toBe(false)
    expect(
      report.checkpoints.problems.map(({ sequence, kind, source }) => [sequence, kind, source]),
    ).toEqual([
      [3, 'rewritten', 'file'],
      [4, 'rewritten', 'file'],
      [5, 'rewritten', 'file'],
      [6, 'rewritten', 'file'],
    ])
    expect(report.checkpoints.problems[0]).toMatchObject({
      hash: stored[2]!.hash,
      reason: expect.stringContaining('event 3 has another hash than the checkpoint file'),
    })
    await restore()
    expect((await verifyAuditChain(t.payload)).ok).toBe(true)
  })

  it('reports the truncation when the LAST event is deleted in the database', async () => {
    await t.removeRow(6)
    expect((await t.events()).map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5])
    const report = await verifyAuditChain(t.payload)
    expect(report).toMatchObject({
      ok: false,
      checked: 5,
      head: headOf(stored[4]!),
      checkpoints: {
        checked: 6,
        problems: [
          {
            sequence: 6,
            hash: stored[5]!.hash,
            source: 'file',
            kind: 'truncated',
            reason: expect.stringContaining('the chain ends at event 5, but the checkpoint file'),
          },
        ],
      },
    })
    expect(report.firstBroken).toBeUndefined()
    expect(formatAuditReport(report).message).toContain(
      'checkpoint 6 TRUNCATED: the chain ends at event 5',
    )
    // A refused chain is not checkpointed: the file still ends at event 6.
    const lines = fs.readFileSync(t.checkpointFile, 'utf8').trim().split('\n')
    expect(JSON.parse(lines[lines.length - 1]!)).toMatchObject(headOf(stored[5]!))
  })

  it('needs a record outside the table for that: without the file the shorter chain looks whole', async () => {
    const aside = `${t.checkpointFile}.aside`
    fs.renameSync(t.checkpointFile, aside)
    try {
      const report = await verifyAuditChain(t.payload)
      expect(report).toMatchObject({
        ok: true,
        checked: 5,
        checkpoints: { file: { found: false } },
      })
      // ... until a head from the server log or a webhook body is given.
      const given = await verifyAuditChain(t.payload, {
        checkpoints: [{ ...headOf(stored[5]!), source: 'given' }],
      })
      expect(given.checkpoints.problems).toMatchObject([
        { sequence: 6, kind: 'truncated', source: 'given' },
      ])
      const overHttp = await verifyOverHttp(`?checkpoint=6:${stored[5]!.hash}`)
      expect(overHttp).toMatchObject({
        ok: false,
        checkpoints: { problems: [{ sequence: 6, kind: 'truncated' }] },
      })
    } finally {
      fs.rmSync(t.checkpointFile, { force: true })
      fs.renameSync(aside, t.checkpointFile)
    }
  })

  it('refuses a malformed checkpoint over HTTP with AUDIT_CHECKPOINT_INVALID', async () => {
    const response = await fetch(`${t.url}/api/${SLUG}/verify?checkpoint=6:nothex`, {
      headers: admin.headers,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { code?: string } }[] }
    expect(body.errors[0]?.data?.code).toBe('AUDIT_CHECKPOINT_INVALID')
  })

  it('reports the gap when a row in the middle is deleted in the database', async () => {
    await t.removeRow(4)
    expect(await verifyAuditChain(t.payload)).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: {
        sequence: 4,
        id: stored[4]!.id,
        reason: 'event 4 is missing: the chain goes from event 3 to event 5',
      },
      checkpoints: { checked: 3, unchecked: 3 },
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
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['app/verifyAudit.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production --conditions=medreview-source',
        PAYLOAD_SECRET: 'test-secret-of-at-least-thirty-two-characters',
        LOG_LEVEL: 'error',
        // The harness pushes its own schema; the real config migrates.
        PAYLOAD_DB_PUSH: 'false',
        ...env,
      },
    })

  it('says clearly when payload.config.ts has no audit collection, and exits 2', () => {
    const result = run([], {
      AUDIT_COLLECTION_SLUG: 'no-such-audit-log',
      DATABASE_URI: t.database.uri,
    })
    expect(result.stderr).toContain('payload.config.ts has no "no-such-audit-log" collection')
    expect(result.status).toBe(2)
  }, 300_000)

  it('refuses a malformed --checkpoint before touching the database, and exits 2', () => {
    const result = run(['--checkpoint', '12'], { DATABASE_URI: 'file:/nonexistent/never.db' })
    expect(result.stderr).toContain('--checkpoint needs <sequence>:<64 hex digits>, got "12"')
    expect(result.status).toBe(2)
  })

  it('checks the given checkpoints against the database: a head beyond the chain exits 1', async () => {
    const database = await createTestDatabase()
    try {
      const hash = 'a'.repeat(64)
      const result = run(['--checkpoint', `3:${hash}`], {
        DATABASE_URI: database.uri,
        MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE: '',
      })
      expect(result.stdout).toContain('Audit log PROBLEM: 0 events intact, 1 checkpoint compared')
      expect(result.stdout).toContain('checkpoint 3 TRUNCATED: the chain ends at event 0')
      expect(result.status).toBe(1)
    } finally {
      await database.drop()
    }
  }, 300_000)
})
