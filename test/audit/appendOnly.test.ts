import type { CollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ReviewEventRecord } from '../../src/audit/types.js'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { reviewEventsCollection } from '../../src/audit/reviewEventsCollection.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { type AuditHarness, sampleEvent, SLUG, startAuditHarness } from './auditHarness.js'

let t: AuditHarness
let admin: Account
let writer: Account
let stored: ReviewEventRecord[]

beforeAll(async () => {
  t = await startAuditHarness()
  admin = await createAccount(t.payload, t.url, ['admin'])
  writer = await createAccount(t.payload, t.url, ['writer'])
  for (let i = 0; i < 3; i += 1)
    await appendReviewEvent(t.payload, sampleEvent({ actor: admin.user.id }))
  stored = await t.events()
})
afterAll(async () => t?.close())

type ErrorBody = { errors: { message: string; data?: { code?: string } }[] }
const errorCode = async (response: Response) =>
  ((await response.json()) as ErrorBody).errors[0]?.data?.code

const api = (path: string, init: RequestInit = {}) => fetch(`${t.url}/api/${SLUG}${path}`, init)

const APPEND_ONLY = { status: 403, data: { code: 'AUDIT_APPEND_ONLY' } }

describe('the audit log over REST', () => {
  it('refuses a create by an admin, and stores nothing', async () => {
    const response = await api('', {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify(sampleEvent()),
    })
    expect(response.status).toBe(403)
    expect(await t.events()).toEqual(stored)
  })

  it('refuses an update by an admin, and leaves the row as it was', async () => {
    const target = stored[1]!
    const response = await api(`/${target.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: JSON.stringify({ meaning: 'Rewritten', hash: '0'.repeat(64) }),
    })
    expect(response.status).toBe(403)
    expect(await t.events()).toEqual(stored)
  })

  it('refuses a bulk update and a bulk delete by an admin', async () => {
    const where = `?where[sequence][greater_than]=0`
    const patch = await api(where, {
      method: 'PATCH',
      headers: admin.headers,
      body: JSON.stringify({ meaning: 'x' }),
    })
    const remove = await api(where, { method: 'DELETE', headers: admin.headers })
    expect([patch.status, remove.status]).toEqual([403, 403])
    expect(await t.events()).toEqual(stored)
  })

  it('refuses a delete by an admin, and keeps the row', async () => {
    const response = await api(`/${stored[0]!.id}`, { method: 'DELETE', headers: admin.headers })
    expect(response.status).toBe(403)
    expect(await t.events()).toEqual(stored)
  })

  it('lets staff read the log, and nobody anonymous', async () => {
    const staff = await api('?sort=sequence', { headers: writer.headers })
    expect(staff.status).toBe(200)
    const { docs } = (await staff.json()) as { docs: ReviewEventRecord[] }
    expect(docs.map((event) => event.hash)).toEqual(stored.map((event) => event.hash))
    expect((await api('')).status).toBe(403)
  })
})

describe('the audit log through the Local API (access skipped)', () => {
  it('refuses an update by id with AUDIT_APPEND_ONLY, and leaves the row as it was', async () => {
    await expect(
      t.payload.update({
        collection: SLUG,
        id: stored[1]!.id,
        data: { meaning: 'Rewritten' } as never,
      }),
    ).rejects.toMatchObject(APPEND_ONLY)
    expect(await t.events()).toEqual(stored)
  })

  it('refuses a bulk update with AUDIT_APPEND_ONLY', async () => {
    await expect(
      t.payload.update({
        collection: SLUG,
        where: { sequence: { exists: true } },
        data: { meaning: 'x' } as never,
      }),
    ).rejects.toMatchObject(APPEND_ONLY)
    expect(await t.events()).toEqual(stored)
  })

  it('refuses a delete by id and a bulk delete with AUDIT_APPEND_ONLY, and keeps the rows', async () => {
    await expect(t.payload.delete({ collection: SLUG, id: stored[2]!.id })).rejects.toMatchObject(
      APPEND_ONLY,
    )
    await expect(
      t.payload.delete({ collection: SLUG, where: { sequence: { exists: true } } }),
    ).rejects.toMatchObject(APPEND_ONLY)
    expect(await t.events()).toEqual(stored)
  })

  it('refuses an update or delete in the document hooks too, should the operation guard be bypassed', async () => {
    const { hooks } = reviewEventsCollection({
      readAccess: () => true,
      verifyAccess: () => true,
    }) as Required<Pick<CollectionConfig, 'hooks'>>
    const args = {
      operation: 'update',
      data: {},
      req: { payload: t.payload },
      context: {},
    } as never
    await expect(async () => hooks.beforeChange![0]!(args)).rejects.toMatchObject(APPEND_ONLY)
    await expect(async () => hooks.beforeDelete![0]!({ id: 1 } as never)).rejects.toMatchObject(
      APPEND_ONLY,
    )
  })
})

describe('GET /api/review-events/verify', () => {
  it('answers 401 to an anonymous caller', async () => {
    const response = await api('/verify')
    expect(response.status).toBe(401)
    expect(await errorCode(response)).toBe('AUDIT_VERIFY_UNAUTHENTICATED')
  })

  it('answers 403 to a writer', async () => {
    const response = await api('/verify', { headers: writer.headers })
    expect(response.status).toBe(403)
    expect(await errorCode(response)).toBe('AUDIT_VERIFY_FORBIDDEN')
  })

  it('answers an admin with the report of the intact chain', async () => {
    const response = await api('/verify', { headers: admin.headers })
    expect(response.status).toBe(200)
    const last = stored[stored.length - 1]!
    expect(await response.json()).toMatchObject({
      ok: true,
      checked: stored.length,
      head: { sequence: last.sequence, hash: last.hash },
      checkpoints: { checked: stored.length, problems: [] },
      liveContent: { checked: 0, mismatches: [] },
    })
  })
})
