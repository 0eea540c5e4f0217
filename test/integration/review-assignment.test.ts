import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { publishThroughReview } from '../helpers/review.js'
import { codeOf, reviewApi } from '../helpers/reviewApi.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let mail: Mailbox
let writer: Account
let reviewer: Account
let other: Account
let writingReviewer: Account

beforeAll(async () => {
  mail = await startMailbox()
  t = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), SMTP_STARTTLS: 'false' })
  writer = await createAccount(t.payload, t.url, ['writer'])
  reviewer = await createAccount(t.payload, t.url, ['reviewer'])
  other = await createAccount(t.payload, t.url, ['reviewer'])
  writingReviewer = await createAccount(t.payload, t.url, ['writer', 'reviewer'])
})
afterAll(async () => {
  await t?.close()
  await mail?.close()
})

const { call, stored } = reviewApi(() => t)
let made = 0
const draft = async (author: Account = writer) => {
  const created = await call('articles?draft=true', author, 'POST', { title: `Assign ${++made}`, body: richText('It cures MS.') })
  expect(created.status).toBe(201)
  return (created.body.doc as { id: number }).id
}

describe('who can be asked to review', () => {
  it('lists the reviewers by printed name, to staff only', async () => {
    const { status, body } = await call('medical-review/reviewers', writer, 'GET')
    expect(status).toBe(200)
    const ids = (body.reviewers as { id: string; name: string }[]).map((entry) => entry.id)
    expect(ids).toEqual(expect.arrayContaining([String(reviewer.user.id), String(other.user.id), String(writingReviewer.user.id)]))
    expect(ids).not.toContain(String(writer.user.id))
    expect((await call('medical-review/reviewers', null, 'GET')).status).toBe(401)
  })
})

describe('assigning a reviewer', () => {
  it('a writer asks a reviewer, who is emailed; the state and the audit log say who asked whom', async () => {
    const id = await draft()
    const assigned = await call(`articles/${id}/review/assign`, writer, 'POST', { reviewer: reviewer.user.id })
    expect(assigned.status).toBe(200)
    expect((await stored(id)).assignment).toMatchObject({ reviewer: String(reviewer.user.id), by: String(writer.user.id) })
    const message = await mail.waitFor(`Please review: Assign ${made}`)
    expect(message.to).toEqual([reviewer.user.email])
    const events = await t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) }, action: { equals: 'assigned' } } })
    expect(events.docs).toHaveLength(1)
    expect((events.docs[0] as unknown as { meaning: string }).meaning).toMatch(/^Asked .+ to review\.$/)
  })

  it('survives an edit of the content, and can be cleared', async () => {
    const id = await draft()
    await call(`articles/${id}/review/assign`, writer, 'POST', { reviewer: other.user.id })
    await call(`articles/${id}?draft=true`, writer, 'PATCH', { body: richText('It may help some people with MS.') })
    expect((await stored(id)).assignment?.reviewer).toBe(String(other.user.id))
    expect((await call(`articles/${id}/review/assign`, writer, 'POST', { reviewer: null })).status).toBe(200)
    expect((await stored(id)).assignment).toBeNull()
  })

  it('a reviewer takes a document on themselves, without emailing themselves', async () => {
    const id = await draft()
    const before = mail.messages.length
    expect((await call(`articles/${id}/review/assign`, other, 'POST', { reviewer: String(other.user.id) })).status).toBe(200)
    expect((await stored(id)).assignment).toMatchObject({ reviewer: String(other.user.id), by: String(other.user.id) })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mail.messages.slice(before).filter((message) => message.to.includes(other.user.email))).toEqual([])
  })

  it('refuses a non-reviewer, someone four-eyes keeps out, a malformed id and anonymous callers, changing nothing', async () => {
    const id = await draft(writingReviewer)
    const before = await stored(id)
    const notReviewer = await call(`articles/${id}/review/assign`, writer, 'POST', { reviewer: writer.user.id })
    expect([notReviewer.status, codeOf(notReviewer)]).toEqual([422, 'NOT_A_REVIEWER'])
    const ownContent = await call(`articles/${id}/review/assign`, writer, 'POST', { reviewer: writingReviewer.user.id })
    expect([ownContent.status, codeOf(ownContent)]).toEqual([409, 'FOUR_EYES'])
    for (const bad of [undefined, '', { $ne: null }, ['1'], true]) {
      const answer = await call(`articles/${id}/review/assign`, writer, 'POST', { reviewer: bad })
      expect([answer.status, codeOf(answer)]).toEqual([400, 'INVALID_REVIEWER'])
    }
    expect((await call(`articles/${id}/review/assign`, null, 'POST', { reviewer: reviewer.user.id })).status).toBe(401)
    expect(await stored(id)).toEqual(before)
  })
})

describe('a live edit after sign-off', () => {
  it('tells the reviewer who signed, and the one assigned, that it is back in review', async () => {
    const doc = await publishThroughReview(
      t.payload,
      'articles',
      { title: 'Live and edited', body: richText('CAR T-cell therapy is being studied in MS.') },
      { writer: writer.user, reviewer: reviewer.user },
    )
    expect((await call(`articles/${doc.id}/review/assign`, writer, 'POST', { reviewer: other.user.id })).status).toBe(200)
    const edited = await call(`articles/${doc.id}?draft=true`, writer, 'PATCH', { body: richText('CAR T-cell therapy cures MS.') })
    expect(edited.status).toBe(200)
    expect((await stored(doc.id as number)).status).toBe('in_review')
    const message = await mail.waitFor('Back in review after an edit: Live and edited')
    expect(message.to.sort()).toEqual([reviewer.user.email, other.user.email].sort())
    // Later edits of the same draft do not repeat it: the sign-off was voided once.
    await call(`articles/${doc.id}?draft=true`, writer, 'PATCH', { body: richText('CAR T-cell therapy may help.') })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mail.messages.filter((mail) => mail.subject.includes('Back in review after an edit: Live and edited'))).toHaveLength(1)
  })
})
