import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { reviewApi } from '../helpers/reviewApi.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let writer: Account

beforeAll(async () => {
  t = await startTestServer()
  writer = await createAccount(t.payload, t.url, ['writer'])
})
afterAll(async () => {
  await t?.close()
})

const { call } = reviewApi(() => t)
const versionsOf = async (id: number) =>
  (await t.payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })).totalDocs

describe('an editing session with autosave', () => {
  it('keeps one autosave version, however often the admin autosaves and however many review actions follow', async () => {
    const created = await call('articles?draft=true', writer, 'POST', { title: 'Autosaved', body: richText('Draft one.') })
    const id = (created.body.doc as { id: number }).id
    const before = await versionsOf(id)
    for (let n = 1; n <= 12; n++) {
      const saved = await call(`articles/${id}?draft=true&autosave=true`, writer, 'PATCH', { body: richText(`Draft ${n}: CAR T may help.`) })
      expect(saved.status).toBe(200)
    }
    const afterEdits = await versionsOf(id)
    expect((await call(`articles/${id}/review/submit`, writer, 'POST')).status).toBe(200)
    const reviewer = await createAccount(t.payload, t.url, ['reviewer'])
    const { body } = await call(`articles/${id}/review`, reviewer, 'GET')
    for (const claim of body.claims ?? []) await call(`articles/${id}/review/claims/${claim.key}`, reviewer, 'POST', { decision: 'approved' })
    await call(`articles/${id}/review/assign`, reviewer, 'POST', { reviewer: reviewer.user.id })
    expect((body.claims ?? []).length).toBeGreaterThan(0)
    expect(afterEdits).toBeLessThanOrEqual(before + 1)
    // Review actions change the review state, not the content: they add no version of their own.
    expect(await versionsOf(id)).toBe(afterEdits)
  })
})
