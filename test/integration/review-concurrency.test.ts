import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ReviewState } from '../../src/review/types.js'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let writer: Account
let reviewer: Account

beforeAll(async () => {
  t = await startTestServer()
  writer = await createAccount(t.payload, t.url, ['writer'])
  reviewer = await createAccount(t.payload, t.url, ['reviewer'])
})
afterAll(async () => t?.close())

const call = (path: string, account: Account, method: string, body: unknown) =>
  fetch(`${t.url}/api/${path}`, { method, headers: account.headers, body: JSON.stringify(body) })

const state = async (id: number) =>
  ((await t.payload.findByID({ collection: 'articles', id, draft: true })) as unknown as { medicalReview: ReviewState; body: unknown })

describe('a sign-off racing an edit', () => {
  it.each([1, 2, 3, 4, 5])('cannot both win (round %i)', async (round) => {
    const created = await call('articles?draft=true', writer, 'POST', { title: `Race ${round}`, body: richText('It cures MS.') })
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await call(`articles/${doc.id}/review/submit`, writer, 'POST', {})).status).toBe(200)
    const before = (await state(doc.id)).medicalReview
    for (const claim of before.claims) {
      await call(`articles/${doc.id}/review/claims/${claim.key}`, reviewer, 'POST', { decision: 'approved' })
    }

    const [signed, edited] = await Promise.all([
      call(`articles/${doc.id}/review/sign-off`, reviewer, 'POST', { password: TEST_PASSWORD, fingerprint: before.fingerprint }),
      call(`articles/${doc.id}?draft=true`, writer, 'PATCH', { body: richText('It may one day help some people with MS.') }),
    ])
    expect(edited.status).toBe(200)
    expect([200, 409]).toContain(signed.status)

    const stored = await state(doc.id)
    const after = stored.medicalReview
    if (after.fingerprint === before.fingerprint) {
      // Only a database without transactions (standalone MongoDB) gets here: the sign-off's state
      // write, read before the edit landed, stored the original text again. The edit is lost (see
      // the README's MongoDB section), and what is stored is exactly what was signed.
      const db = t.payload.db as unknown as { name: string; transactionOptions?: unknown }
      expect(db.name === 'mongoose' && db.transactionOptions === false).toBe(true)
      expect(JSON.stringify(stored.body)).toContain('It cures MS.')
      expect(after.signOff?.fingerprint).toBe(after.fingerprint)
      return
    }
    // The edit landed, so whatever the sign-off did, it cannot cover the edited text.
    expect(after.status).not.toBe('approved')
    expect(after.signOff?.fingerprint ?? null).not.toBe(after.fingerprint)
    const publish = await call(`articles/${doc.id}`, writer, 'PATCH', { _status: 'published' })
    expect(publish.status).toBe(403)
    const live = await t.payload.find({ collection: 'articles', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(live.docs).toHaveLength(0)
  })
})
