import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ReviewThread } from '../../src/review/comments/types.js'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { codeOf, reviewApi } from '../helpers/reviewApi.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let mail: Mailbox
let writer: Account
let reviewer: Account
let other: Account

beforeAll(async () => {
  mail = await startMailbox()
  t = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), SMTP_STARTTLS: 'false' })
  writer = await createAccount(t.payload, t.url, ['writer'])
  reviewer = await createAccount(t.payload, t.url, ['reviewer'])
  other = await createAccount(t.payload, t.url, ['reviewer'])
})
afterAll(async () => {
  await t?.close()
  await mail?.close()
})

const { call, stored } = reviewApi(() => t)
const threadsOf = (answer: { body: Record<string, unknown> }) => answer.body.threads as ReviewThread[]
let made = 0
const draft = async (text: string) => {
  const title = `Conversation ${++made}`
  const created = await call('articles?draft=true', writer, 'POST', { title, body: richText(text) })
  expect(created.status).toBe(201)
  return { id: (created.body.doc as { id: number }).id, title }
}
const edit = async (id: number, text: string) =>
  expect((await call(`articles/${id}?draft=true`, writer, 'PATCH', { body: richText(text) })).status).toBe(200)
const storedComments = async (id: number) =>
  (await t.payload.find({ collection: 'review-comments', where: { documentId: { equals: String(id) } }, sort: 'createdAt' })).docs
const events = async (id: number) =>
  (await t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) } }, sort: 'sequence' })).docs.map(
    (event) => event as unknown as { action: string; meaning: string; details: Record<string, unknown> },
  )

describe('a conversation on a claim', () => {
  it('is started by a reviewer, answered by the writer, resolved and reopened; each step is stored, audited and emailed', async () => {
    const { id, title } = await draft('CAR T-cell therapy cures MS in most patients. Ask your neurologist about it.')
    const claim = (await stored(id)).claims.find((candidate) => candidate.category === 'cure_remission')!
    expect(claim).toBeDefined()

    const started = await call(`articles/${id}/review/comments`, reviewer, 'POST', { claim: claim.key, body: 'Which trial shows this?' })
    expect(started.status).toBe(200)
    const [thread] = threadsOf(started)
    expect(thread).toMatchObject({
      anchor: { kind: 'claim', claimKey: claim.key, field: 'body', quote: claim.sentence },
      placement: { status: 'attached', sentence: claim.sentence },
      resolved: null,
    })
    expect(thread.messages.map((message) => [message.author, message.body])).toEqual([[String(reviewer.user.id), 'Which trial shows this?']])
    const toWriter = await mail.waitFor(`New comment: ${title}`)
    expect(toWriter.to).toEqual([writer.user.email])
    expect(toWriter.raw).toContain('Which trial shows this?')

    const replied = await call(`articles/${id}/review/comments/${thread.id}`, writer, 'POST', { body: 'None yet; I will soften it.' })
    expect(replied.status).toBe(200)
    expect(threadsOf(replied)[0].messages.map((message) => message.body)).toEqual(['Which trial shows this?', 'None yet; I will soften it.'])
    const toReviewer = await mail.waitFor('None yet', 5000, 'raw')
    expect(toReviewer.to).toEqual([reviewer.user.email])

    const resolved = await call(`articles/${id}/review/comments/${thread.id}`, reviewer, 'POST', { resolved: true })
    expect(threadsOf(resolved)[0].resolved).toMatchObject({ by: String(reviewer.user.id) })
    const reopened = await call(`articles/${id}/review/comments/${thread.id}`, writer, 'POST', { resolved: false })
    expect(threadsOf(reopened)[0].resolved).toBeNull()

    const rows = await storedComments(id)
    expect(rows.map((row) => [row.thread ?? null, row.body])).toEqual([
      [null, 'Which trial shows this?'],
      [String(thread.id), 'None yet; I will soften it.'],
    ])
    expect(rows[0].resolvedAt).toBeNull()
    const trail = (await events(id)).filter((event) => ['commented', 'thread_resolved', 'thread_reopened'].includes(event.action))
    expect(trail.map((event) => event.action)).toEqual(['commented', 'commented', 'thread_resolved', 'thread_reopened'])
    expect(trail[0].meaning).toMatch(/^Started a conversation on the claim "CAR T-cell therapy cures MS/)
    expect(trail[1].details).toMatchObject({ thread: String(thread.id), body: 'None yet; I will soften it.' })
  })

  it('follows its sentence through an edit, and keeps the words it was about when the sentence is gone', async () => {
    const { id } = await draft('Vitamin D cures multiple sclerosis. Sunlight is pleasant.')
    const claim = (await stored(id)).claims.find((candidate) => candidate.category === 'cure_remission')!
    const started = await call(`articles/${id}/review/comments`, reviewer, 'POST', { claim: claim.key, body: 'No evidence for a cure.' })
    const threadId = threadsOf(started)[0].id

    await edit(id, 'Vitamin D may ease multiple sclerosis symptoms. Sunlight is pleasant.')
    const afterEdit = threadsOf(await call(`articles/${id}/review/comments`, reviewer, 'GET'))
    expect(afterEdit[0]).toMatchObject({
      id: threadId,
      placement: { status: 'edited', sentence: 'Vitamin D may ease multiple sclerosis symptoms.' },
      anchor: { quote: claim.sentence },
    })

    await edit(id, 'Sunlight is pleasant.')
    const afterRemoval = threadsOf(await call(`articles/${id}/review/comments`, writer, 'GET'))
    expect(afterRemoval[0].placement).toEqual({ status: 'outdated' })
    expect(afterRemoval[0].messages[0].body).toBe('No evidence for a cure.')
  })

  it('can be about a whole field; open threads come before resolved ones', async () => {
    const { id } = await draft('Exercise is good for people with MS.')
    const first = threadsOf(await call(`articles/${id}/review/comments`, other, 'POST', { field: 'title', body: 'The title oversells it.' }))
    expect(first[0]).toMatchObject({ anchor: { kind: 'field', field: 'title' }, placement: { status: 'attached' } })
    const { body } = await call(`articles/${id}/review/comments`, writer, 'GET')
    expect(body.fields).toEqual(expect.arrayContaining(['title', 'body']))
    expect(body.fields).not.toContain('medicalReview')
    await call(`articles/${id}/review/comments/${first[0].id}`, other, 'POST', { resolved: true })
    const both = threadsOf(await call(`articles/${id}/review/comments`, other, 'POST', { field: 'body', body: 'Add a source.' }))
    expect(both.map((thread) => [thread.anchor.field, Boolean(thread.resolved)])).toEqual([
      ['body', false],
      ['title', true],
    ])
  })
})

describe('refusals', () => {
  it('names what is wrong, with a stable code, and stores nothing', async () => {
    const { id } = await draft('Turmeric cures arthritis.')
    const { id: elsewhere } = await draft('Garlic cures colds.')
    const key = (await stored(id)).claims[0].key
    const foreign = threadsOf(await call(`articles/${elsewhere}/review/comments`, reviewer, 'POST', { field: 'body', body: 'Elsewhere.' }))[0]
    const refused: [string, unknown, number, string][] = [
      ['comments', { claim: key }, 400, 'COMMENT_REQUIRED'],
      ['comments', { claim: key, body: '   ' }, 400, 'COMMENT_REQUIRED'],
      ['comments', { claim: key, body: 42 }, 400, 'INVALID_INPUT'],
      ['comments', { claim: key, body: 'x'.repeat(2001) }, 400, 'TEXT_TOO_LONG'],
      ['comments', { claim: key, body: 'Hidden\u0000byte' }, 400, 'NUL_CHARACTER'],
      ['comments', { body: 'About what?' }, 400, 'INVALID_ANCHOR'],
      ['comments', { claim: key, field: 'body', body: 'Both.' }, 400, 'INVALID_ANCHOR'],
      ['comments', { claim: 'no-such-claim', body: 'Gone.' }, 422, 'UNKNOWN_CLAIM'],
      ['comments', { claim: { $ne: null }, body: 'Injected.' }, 422, 'UNKNOWN_CLAIM'],
      ['comments', { field: 'medicalReview', body: 'Not reader content.' }, 422, 'UNKNOWN_FIELD'],
      ['comments', { field: '__proto__', body: 'Prototype.' }, 422, 'UNKNOWN_FIELD'],
      [`comments/${foreign.id}`, { body: 'Wrong document.' }, 404, 'THREAD_NOT_FOUND'],
      ['comments/not-an-id', { body: 'Nonsense.' }, 404, 'THREAD_NOT_FOUND'],
      [`comments/${foreign.id}`, {}, 400, 'COMMENT_REQUIRED'],
    ]
    for (const [path, body, status, code] of refused) {
      const answer = await call(`articles/${id}/review/${path}`, reviewer, 'POST', body)
      expect([path, answer.status, codeOf(answer)]).toEqual([path, status, code])
    }
    const badResolve = await call(`articles/${elsewhere}/review/comments/${foreign.id}`, reviewer, 'POST', { resolved: 'yes' })
    expect([badResolve.status, codeOf(badResolve)]).toEqual([400, 'INVALID_INPUT'])
    expect((await call(`articles/${id}/review/comments`, null, 'POST', { claim: key, body: 'Anonymous.' })).status).toBe(401)
    expect((await call(`articles/${id}/review/comments`, null, 'GET')).status).toBe(401)
    expect(await storedComments(id)).toEqual([])
    expect((await storedComments(elsewhere)).map((row) => row.body)).toEqual(['Elsewhere.'])
  })

  it('is read at review/comments beside the other review views; a view that does not exist is a 404 with a code', async () => {
    const { id } = await draft('Ginger cures nausea.')
    for (const view of ['review', 'review/changes', 'review/history', 'review/comments']) {
      expect((await call(`articles/${id}/${view}`, reviewer, 'GET')).status).toBe(200)
    }
    for (const view of ['nonsense', 'constructor', '__proto__', 'comments%2Fx']) {
      const answer = await call(`articles/${id}/review/${view}`, reviewer, 'GET')
      expect([answer.status, codeOf(answer)]).toEqual([404, 'NOT_FOUND'])
    }
    // Anonymous readers learn nothing of a draft's review through any view.
    for (const view of ['review', 'review/comments', 'review/nonsense']) {
      const answer = await fetch(`${t.url}/api/articles/${id}/${view}`)
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(await answer.text()).not.toContain('Ginger')
    }
  })

  it('no API door writes a comment, and only admins list them', async () => {
    const { id } = await draft('Zinc prevents colds.')
    const [thread] = threadsOf(await call(`articles/${id}/review/comments`, reviewer, 'POST', { field: 'body', body: 'Source?' }))
    const forged = { documentCollection: 'articles', documentId: String(id), body: 'Forged', authorName: 'Dr Nobody', anchor: { kind: 'field', field: 'body' } }
    expect((await call('review-comments', reviewer, 'POST', forged)).status).toBe(403)
    expect((await call(`review-comments/${thread.id}`, reviewer, 'PATCH', { body: 'Rewritten' })).status).toBe(403)
    expect((await call(`review-comments/${thread.id}`, writer, 'DELETE')).status).toBe(403)
    expect((await call('review-comments', null, 'GET')).status).toBe(403)
    expect((await call('review-comments', writer, 'GET')).status).toBe(403)
    const graphql = await fetch(`${t.url}/api/graphql`, {
      method: 'POST',
      headers: reviewer.headers,
      body: JSON.stringify({ query: 'mutation { createReviewComment(data: { documentCollection: "articles", documentId: "1", body: "x", authorName: "y" }) { id } }' }),
    })
    const answer = (await graphql.json()) as { errors?: { message: string }[] }
    expect(answer.errors?.[0]?.message).toMatch(/^Cannot query field "createReviewComment"/)
    expect((await storedComments(id)).map((row) => row.body)).toEqual(['Source?'])
  })
})
