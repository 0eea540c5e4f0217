import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { StoredAuditSettings } from '../../src/audit/auditSettings.js'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { auditHead } from '../../src/audit/auditHead.js'
import { AUDIT_SETTINGS } from '../../src/audit/auditSettings.js'
import { checkpointAuditHead } from '../../src/audit/checkpointAuditHead.js'
import { AUDIT_VERIFY_TASK, auditVerifyTask } from '../../src/audit/auditVerifyTask.js'
import { deriveAuditKey } from '../../src/audit/deriveAuditKey.js'
import { parseCheckpoint } from '../../src/audit/parseCheckpoint.js'
import { parseVerifyArgs } from '../../src/audit/parseVerifyArgs.js'
import { reviewEventsCollection } from '../../src/audit/reviewEventsCollection.js'
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

const checkpointLines = () =>
  fs.existsSync(t.checkpointFile)
    ? fs
        .readFileSync(t.checkpointFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { sequence: number; hash: string; at: string })
    : []

const waitFor = async (condition: () => boolean, ms = 10_000) => {
  for (const start = Date.now(); !condition();) {
    if (Date.now() - start > ms) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const settingsOf = (collection: CollectionConfig) =>
  collection.custom?.[AUDIT_SETTINGS] as StoredAuditSettings

describe('the audit key', () => {
  it('is drawn from the Payload secret by HKDF: stable, 64 hex digits, not the secret', () => {
    const key = deriveAuditKey('a-payload-secret-of-thirty-two-chars!')
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(deriveAuditKey('a-payload-secret-of-thirty-two-chars!')).toBe(key)
    expect(deriveAuditKey('another-payload-secret-of-32-chars!!')).not.toBe(key)
    expect(key).not.toContain('a-payload-secret')
    expect(() => deriveAuditKey('')).toThrow('the Payload secret is empty')
  })

  it('defaults to the key derived from the Payload secret, and refuses a short one', () => {
    const collection = reviewEventsCollection({ readAccess: () => true, verifyAccess: () => true })
    const payload = { config: { secret: 'the-secret-of-this-payload-instance' } } as Payload
    expect(settingsOf(collection).key(payload)).toBe(
      deriveAuditKey('the-secret-of-this-payload-instance'),
    )
    expect(() =>
      reviewEventsCollection({
        readAccess: () => true,
        verifyAccess: () => true,
        auditKey: 'short',
      }),
    ).toThrow('auditKey must be a secret of at least 32 characters')
  })

  it('never lands in the database, in serialised config, or in the checkpoints', async () => {
    await appendReviewEvent(t.payload, sampleEvent())
    const rows = JSON.stringify(await t.events())
    expect(rows).not.toContain(AUDIT_KEY)
    const config = t.payload.collections[SLUG].config
    expect(settingsOf(config).key(t.payload)).toBe(AUDIT_KEY)
    expect(JSON.stringify(config.custom)).not.toContain(AUDIT_KEY)
    expect(JSON.stringify(t.payload.config.collections)).not.toContain(AUDIT_KEY)
    expect(fs.readFileSync(t.checkpointFile, 'utf8')).not.toContain(AUDIT_KEY)
  })
})

describe('checkpoints of the chain head', () => {
  it('logs `audit checkpoint seq=N hash=H` and appends a JSON line after each committed append', async () => {
    const info = jest.spyOn(t.payload.logger, 'info')
    try {
      const before = checkpointLines().length
      const event = await appendReviewEvent(t.payload, sampleEvent())
      expect(info).toHaveBeenCalledWith(`audit checkpoint seq=${event.sequence} hash=${event.hash}`)
      const lines = checkpointLines()
      expect(lines).toHaveLength(before + 1)
      expect(lines[lines.length - 1]).toEqual({
        sequence: event.sequence,
        hash: event.hash,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      })
      expect(await auditHead(t.payload)).toEqual({ sequence: event.sequence, hash: event.hash })
    } finally {
      info.mockRestore()
    }
  })

  it('refuses to checkpoint a head that does not carry the keyed hash', async () => {
    const event = await appendReviewEvent(t.payload, sampleEvent())
    const lines = checkpointLines().length
    // An intruder without the key moves the event up one place: a new head, with a wrong hash.
    await t.tamper(event.sequence, { sequence: event.sequence + 1, meaning: 'Forged head' })
    const error = jest.spyOn(t.payload.logger, 'error')
    try {
      expect(await checkpointAuditHead(t.payload, SLUG)).toEqual({
        sequence: event.sequence + 1,
        hash: event.hash,
      })
      expect(error).toHaveBeenCalledWith(
        `audit checkpoint REFUSED: event ${event.sequence + 1} of ${SLUG} does not match its keyed hash; run npm run audit:verify`,
      )
      expect(checkpointLines()).toHaveLength(lines)
    } finally {
      error.mockRestore()
      await t.tamper(event.sequence + 1, { sequence: event.sequence, meaning: event.meaning })
    }
    expect((await verifyAuditChain(t.payload)).ok).toBe(true)
  })

  it('skips an unreadable line of the checkpoint file, and says so', async () => {
    const intact = fs.readFileSync(t.checkpointFile, 'utf8')
    // A write cut short (a crash mid-line) must not hide the checkpoints around it.
    fs.appendFileSync(t.checkpointFile, '{"sequence": 3, "hash": "cut sh\n')
    try {
      const report = await verifyAuditChain(t.payload)
      expect(report).toMatchObject({
        ok: true,
        checkpoints: { file: { found: true, unreadable: 1 }, problems: [] },
      })
    } finally {
      fs.writeFileSync(t.checkpointFile, intact)
    }
  })

  it('parses checkpoints as a person copies them from a log line', () => {
    const hash = 'AB'.repeat(32)
    expect(parseCheckpoint(`42:${hash}`)).toEqual({
      sequence: 42,
      hash: hash.toLowerCase(),
      source: 'given',
    })
    expect(parseCheckpoint('0:' + 'a'.repeat(64))).toBeUndefined()
    expect(parseCheckpoint('42:abc')).toBeUndefined()
    expect(parseVerifyArgs(['--checkpoint', `1:${hash}`, `--checkpoint=2:${hash}`])).toEqual({
      checkpoints: [
        { sequence: 1, hash: hash.toLowerCase(), source: 'given' },
        { sequence: 2, hash: hash.toLowerCase(), source: 'given' },
      ],
    })
    expect(parseVerifyArgs(['--json'])).toEqual({ error: 'unknown argument "--json"' })
    expect(parseVerifyArgs(['--checkpoint'])).toEqual({
      error: '--checkpoint needs <sequence>:<64 hex digits>, got ""',
    })
  })

  const transactional = testDatabaseKind() === 'postgres' ? it : it.skip
  const transaction = async () => {
    const req = (await createLocalReq({}, t.payload)) as PayloadRequest
    await initTransaction(req)
    return req
  }

  transactional('checkpoints an append made in a transaction only once it commits', async () => {
    const req = await transaction()
    try {
      const event = await appendReviewEvent(t.payload, sampleEvent(), req)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(checkpointLines().map((line) => line.sequence)).not.toContain(event.sequence)
      await commitTransaction(req)
      await waitFor(() => checkpointLines().some((line) => line.sequence === event.sequence))
      expect(checkpointLines().find((line) => line.sequence === event.sequence)?.hash).toBe(
        event.hash,
      )
    } finally {
      // A failed expectation must not leave the chain lock held for the tests after it.
      await killTransaction(req)
    }
  })

  transactional(
    'leaves no checkpoint for a rolled-back append, so the chain does not look truncated',
    async () => {
      const req = await transaction()
      const rolledBack = await appendReviewEvent(t.payload, sampleEvent(), req).finally(() =>
        killTransaction(req),
      )
      const next = await appendReviewEvent(t.payload, sampleEvent())
      // The sequence is reused by the next committed append; only its hash was checkpointed.
      expect(next.sequence).toBe(rolledBack.sequence)
      const hashes = checkpointLines().map((line) => line.hash)
      expect(hashes).toContain(next.hash)
      expect(hashes).not.toContain(rolledBack.hash)
      expect((await verifyAuditChain(t.payload)).checkpoints.problems).toEqual([])
    },
  )
})

describe(`the ${AUDIT_VERIFY_TASK} job`, () => {
  it('is scheduled daily on the default queue unless told otherwise', () => {
    const task = auditVerifyTask({ isAdmin: () => true })
    expect(task).toMatchObject({
      slug: 'medicalReviewAuditVerify',
      schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
    })
    expect(auditVerifyTask({ isAdmin: () => true, schedule: false }).schedule).toBeUndefined()
  })

  const runTask = async () => {
    const job = await t.payload.jobs.queue({ task: AUDIT_VERIFY_TASK, input: {} } as never)
    await t.payload.jobs.run()
    const done = await t.payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    return done as unknown as {
      completedAt?: string
      taskStatus: Record<string, Record<string, { output: unknown }>>
    }
  }

  it('logs a failure at error level and emails the admins, and nobody else', async () => {
    for (const [email, roles] of [
      ['boss@example.test', ['admin']],
      ['writer@example.test', ['writer']],
    ] as const) {
      await t.payload.create({
        collection: 'users',
        data: { email, password: 'secret-password', roles: [...roles] } as never,
      })
    }
    await appendReviewEvent(t.payload, sampleEvent())
    const sent = jest.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined as never)
    const error = jest.spyOn(t.payload.logger, 'error')
    try {
      const healthy = await runTask()
      expect(healthy.completedAt).toBeTruthy()
      expect(Object.values(healthy.taskStatus[AUDIT_VERIFY_TASK]!)[0]!.output).toEqual({
        ok: true,
        problems: 0,
      })
      expect(sent).not.toHaveBeenCalled()

      const last = (await auditHead(t.payload))!
      await t.removeRow(last.sequence)
      const failed = await runTask()
      expect(Object.values(failed.taskStatus[AUDIT_VERIFY_TASK]!)[0]!.output).toEqual({
        ok: false,
        problems: 1,
      })
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(`checkpoint ${last.sequence} TRUNCATED`),
      )
      expect(sent).toHaveBeenCalledTimes(1)
      expect(sent.mock.calls[0]![0]).toMatchObject({
        to: ['boss@example.test'],
        subject: expect.stringContaining('Audit log verification FAILED'),
        text: expect.stringContaining(`checkpoint ${last.sequence} TRUNCATED`),
      })
    } finally {
      sent.mockRestore()
      error.mockRestore()
    }
  })
})
