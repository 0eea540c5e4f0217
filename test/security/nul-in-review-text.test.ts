import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../app/payload-types.js'

import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * The review endpoints on a site without the demo's request filters: Payload's own REST handler
 * (what Next's route handler runs). A NUL in a claim note, evidence, comment or reason was a 500 on
 * PostgreSQL; SQLite stored the comment cut at the NUL (so it differed from the audit event) and
 * an event's text cut too, which the audit check then called tampered.
 */
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let site: NoteSite
const tokens = new Map<string, string>()

const tokenOf = async (user: User) => {
  if (!tokens.has(String(user.id))) {
    const { token } = await site.payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })
    tokens.set(String(user.id), token!)
  }
  return tokens.get(String(user.id))!
}

const call = async (path: string, user: User | undefined, body?: unknown): Promise<{ status: number; body: Json }> => {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { authorization: `JWT ${await tokenOf(user)}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await site.rest(request)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : {} }
}

beforeAll(async () => {
  site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }] })
}, 120_000)
afterAll(() => site.close())

const draft = async (body: string) =>
  (await site.payload.create({ collection: NOTES, data: { title: 'Note', body } as never, draft: true, ...site.as(site.writer) })).id

describe('review text with a NUL character', () => {
  it('is refused with a 4xx and a code, and the audit chain still verifies', async () => {
    const id = await draft('Garlic cures the common cold.')
    expect((await call(`${NOTES}/${id}/review/submit`, site.writer, {})).status).toBe(200)
    const state = await call(`${NOTES}/${id}/review`, site.reviewer)
    const claim = state.body.claims[0].key
    const answers = {
      note: await call(`${NOTES}/${id}/review/claims/${claim}`, site.reviewer, { decision: 'rejected', note: 'No\u0000 evidence.' }),
      evidence: await call(`${NOTES}/${id}/review/claims/${claim}`, site.reviewer, { decision: 'approved', evidence: { url: 'https://example.org/\u0000' } }),
      comment: await call(`${NOTES}/${id}/review/comments`, site.writer, { field: 'body', body: 'Look\u0000 here' }),
      reason: await call(`${NOTES}/${id}/review/request-changes`, site.reviewer, { reason: 'Fix\u0000 it' }),
    }
    const statuses = Object.fromEntries(Object.entries(answers).map(([what, answer]) => [what, [answer.status, answer.body.errors?.[0]?.data?.code ?? null]]))
    const report = await verifyAuditChain(site.payload)
    expect({ statuses, chain: report.firstBroken ?? null }).toEqual({
      statuses: {
        note: [400, expect.any(String)],
        evidence: [400, expect.any(String)],
        comment: [400, expect.any(String)],
        reason: [400, expect.any(String)],
      },
      chain: null,
    })
  })
})
