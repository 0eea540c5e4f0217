import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { type Attacker, codeOf, reasonsOf, startAttacker } from './securityHarness.js'

/**
 * A deleted reviewer's sign-offs stop counting (the gate checks that the signer still holds the
 * reviewer role). On SQLite an account's id is the table's rowid, which SQLite hands out again once
 * the newest row is deleted: the next account created got the deleted reviewer's id, and with it
 * the sign-off, so a writer published an article nobody had reviewed again under "Medically
 * reviewed by" the departed reviewer. A sign-off now names its account by id and creation time,
 * which only server code sets.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

describe('a deleted reviewer’s sign-off', () => {
  it('does not count again when the next account created gets the same id, whatever its creation time is set to', async () => {
    const departing = await createAccount(a.t.payload, a.t.url, ['reviewer'], { reviewerProfile: { displayName: 'Dr Departed', credentials: 'MD' } })
    const departedCreatedAt = (await a.t.payload.findByID({ collection: 'users', id: departing.user.id, depth: 0 })).createdAt
    const created = await a.call('articles?draft=true', a.writer, { body: { title: 'Statins', body: richText('Statins cure heart disease.') } })
    const id = created.body.doc.id as number
    await a.reviewAndSign('articles', id, departing)

    const removed = await a.call(`users/${departing.user.id}`, a.admin, { method: 'DELETE' })
    expect(removed.status).toBe(200)
    const refused = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })
    expect([refused.status, codeOf(refused.body), reasonsOf(refused.body)]).toEqual([403, 'MEDICAL_REVIEW_REQUIRED', ['SIGNER_NOT_REVIEWER']])

    // An admin gives a new colleague a reviewer account, naming the departed account's creation time too.
    const hired = await a.call('users', a.admin, {
      body: { email: 'new.reviewer@example.test', password: TEST_PASSWORD, name: 'New Reviewer', roles: ['reviewer'], createdAt: departedCreatedAt },
    })
    expect(hired.status).toBe(201)
    const publish = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })
    // Nor does setting the creation time afterwards bring the sign-off back.
    const backdated = await a.call(`users/${hired.body.doc.id}`, a.admin, { method: 'PATCH', body: { createdAt: departedCreatedAt } })
    const publishAgain = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })
    const stored = await a.t.payload.findByID({ collection: 'users', id: hired.body.doc.id, depth: 0 })
    expect({
      sameId: String(hired.body.doc.id) === String(departing.user.id),
      publish: [publish.status, codeOf(publish.body)],
      backdated: backdated.status,
      createdAtKept: stored.createdAt !== departedCreatedAt,
      publishAgain: [publishAgain.status, codeOf(publishAgain.body)],
      reader: (await a.readerSees('articles', id))?.review ?? null,
    }).toEqual({
      sameId: a.t.payload.db.name === 'sqlite',
      publish: [403, 'MEDICAL_REVIEW_REQUIRED'],
      backdated: 200,
      createdAtKept: true,
      publishAgain: [403, 'MEDICAL_REVIEW_REQUIRED'],
      reader: null,
    })
  })
})
