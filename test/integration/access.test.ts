import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { publishThroughReview } from '../helpers/review.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { graphQLId } from '../helpers/graphQLId.js'

let t: TestServer
let admin: Account
let writer: Account
let published: { articleId: number; draftFaqId: number; draftTrialId: number; publishedFaqId: number }
let draftArticleId: number

const api = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${t.url}/api/${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } })

const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const response = await api('graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  return (await response.json()) as { data: Record<string, unknown>; errors?: { message: string }[] }
}

beforeAll(async () => {
  t = await startTestServer()
  admin = await createAccount(t.payload, t.url, ['admin'])
  writer = await createAccount(t.payload, t.url, ['writer'])
  const reviewer = await createAccount(t.payload, t.url, ['reviewer'])
  const { payload } = t
  const team = { writer: writer.user, reviewer: reviewer.user }
  const draftFaq = await payload.create({
    collection: 'faqs',
    data: { question: 'Secret draft question?', answer: richText('Draft answer.') },
    draft: true,
  })
  const publishedFaq = await publishThroughReview(payload, 'faqs', { question: 'Public question?', answer: richText('Public answer.') }, team)
  const draftTrial = await payload.create({
    collection: 'trials',
    data: { nctId: 'NCT05550001', title: 'Draft trial', overallStatus: 'RECRUITING' },
    draft: true,
  })
  const article = await publishThroughReview(
    payload,
    'articles',
    {
      title: 'Public article',
      slug: 'public-article',
      body: richText('Published text.'),
      relatedFaqs: [draftFaq.id, publishedFaq.id],
      relatedTrials: [draftTrial.id],
    },
    team,
  )
  // A newer draft of the published article: readers must keep seeing the published text.
  await payload.update({ collection: 'articles', id: article.id, data: { title: 'Unpublished new title' }, draft: true })
  draftArticleId = (await payload.create({ collection: 'articles', data: { title: 'Draft only', body: richText('x') }, draft: true })).id
  published = { articleId: article.id, draftFaqId: draftFaq.id, draftTrialId: draftTrial.id, publishedFaqId: publishedFaq.id }
})
afterAll(async () => t?.close())

describe('roles', () => {
  it('refuses a writer who tries to make themself a reviewer, and keeps their roles', async () => {
    const response = await api(`users/${writer.user.id}`, {
      method: 'PATCH',
      headers: writer.headers,
      body: JSON.stringify({ roles: ['writer', 'reviewer'] }),
    })
    expect(response.status).toBe(403)
    const body = (await response.json()) as { errors: { data: { code: string } }[] }
    expect(body.errors[0].data.code).toBe('ROLE_CHANGE_FORBIDDEN')
    expect((await t.payload.findByID({ collection: 'users', id: writer.user.id })).roles).toEqual(['writer'])
  })

  it('lets a writer edit their own name, but nobody else’s account', async () => {
    const own = await api(`users/${writer.user.id}`, { method: 'PATCH', headers: writer.headers, body: JSON.stringify({ name: 'Renamed' }) })
    expect(own.status).toBe(200)
    const other = await api(`users/${admin.user.id}`, { method: 'PATCH', headers: writer.headers, body: JSON.stringify({ name: 'Hacked' }) })
    expect(other.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'users', id: admin.user.id })).name).not.toBe('Hacked')
  })

  it('refuses a writer creating an account, and lets an admin grant roles', async () => {
    const data = { email: 'new-reviewer@example.test', password: 'long enough password', name: 'New', roles: ['reviewer'] }
    expect((await api('users', { method: 'POST', headers: writer.headers, body: JSON.stringify(data) })).status).toBe(403)
    expect((await t.payload.find({ collection: 'users', where: { email: { equals: data.email } } })).totalDocs).toBe(0)
    expect((await api('users', { method: 'POST', headers: admin.headers, body: JSON.stringify(data) })).status).toBe(201)
    const stored = await t.payload.find({ collection: 'users', where: { email: { equals: data.email } } })
    expect(stored.docs[0].roles).toEqual(['reviewer'])
  })

  it('hides every account from anonymous readers', async () => {
    const response = await api('users')
    const body = (await response.json()) as { docs?: unknown[] }
    expect(response.status === 403 || body.docs?.length === 0).toBe(true)
  })
})

describe('anonymous readers see only published content', () => {
  it('lists only published documents, with the published text', async () => {
    const body = (await (await api('articles?depth=0')).json()) as { docs: { id: number; title: string }[] }
    expect(body.docs.map((doc) => doc.id)).toEqual([published.articleId])
    expect(body.docs[0].title).toBe('Public article')
  })

  it('does not return a draft by id, even with ?draft=true', async () => {
    expect((await api(`articles/${draftArticleId}`)).status).toBe(404)
    const withDraftFlag = await api(`articles/${draftArticleId}?draft=true`)
    expect(withDraftFlag.status).toBe(404)
    const published_ = (await (await api(`articles/${published.articleId}?draft=true`)).json()) as { title?: string }
    expect(published_.title).not.toBe('Unpublished new title')
  })

  it('does not populate draft FAQs or Trials through depth', async () => {
    const doc = (await (await api(`articles/${published.articleId}?depth=1`)).json()) as {
      relatedFaqs: ({ id: number; question: string } | number)[]
      relatedTrials: ({ id: number } | number)[]
    }
    const populated = doc.relatedFaqs.filter((faq) => typeof faq === 'object') as { question: string }[]
    expect(populated.map((faq) => faq.question)).toEqual(['Public question?'])
    expect(JSON.stringify(doc)).not.toContain('Secret draft question?')
    expect(JSON.stringify(doc)).not.toContain('Draft trial')
  })

  it('does not show drafts through GraphQL, listed, by id or nested', async () => {
    const list = await graphql('{ Articles { docs { id title } } Faqs { docs { question } } Trials { docs { title } } }')
    expect(JSON.stringify(list.data)).not.toMatch(/Draft only|Secret draft question|Draft trial|Unpublished new title/)
    const byId = await graphql(`{ Article(id: ${graphQLId(draftArticleId)}) { title } }`)
    expect(byId.data?.Article ?? null).toBeNull()
    // Refused because it is a draft, not because the query did not parse.
    expect(byId.errors?.map((error) => error.message)).toEqual(['Not Found'])
    const nested = await graphql(
      `{ Article(id: ${graphQLId(published.articleId)}, draft: false) { title relatedFaqs { question } relatedTrials { title } } }`,
    )
    expect(JSON.stringify(nested.data)).toContain('Public question?')
    expect(JSON.stringify(nested.data)).not.toMatch(/Secret draft question|Draft trial/)
  })

  it('cannot read versions', async () => {
    const response = await api('articles/versions')
    const body = (await response.json()) as { docs?: unknown[] }
    expect(response.status === 403 || body.docs?.length === 0).toBe(true)
  })

  it('lets staff read drafts', async () => {
    const response = await api(`articles/${draftArticleId}?draft=true`, { headers: writer.headers })
    expect(response.status).toBe(200)
  })
})

describe('deleting', () => {
  it('keeps published content from a writer, and lets them delete a never-published draft', async () => {
    const refused = await api(`articles/${published.articleId}`, { method: 'DELETE', headers: writer.headers })
    expect(refused.status).toBeGreaterThanOrEqual(403)
    expect((await t.payload.findByID({ collection: 'articles', id: published.articleId })).id).toBe(published.articleId)
    const draft = await t.payload.create({ collection: 'faqs', data: { question: 'Throwaway?', answer: richText('x') }, draft: true })
    expect((await api(`faqs/${draft.id}`, { method: 'DELETE', headers: writer.headers })).status).toBe(200)
    expect((await t.payload.find({ collection: 'faqs', where: { id: { equals: draft.id } }, draft: true })).totalDocs).toBe(0)
  })

  it('lets an admin delete published content once no published article relates to it', async () => {
    const related = await api(`faqs/${published.publishedFaqId}`, { method: 'DELETE', headers: admin.headers })
    const refusal = ((await related.json()) as { errors?: { data?: { code?: string } }[] }).errors?.[0]?.data?.code
    // The published article lists the FAQ; once it no longer is published, the FAQ may go.
    await t.payload.update({ collection: 'articles', id: published.articleId, data: { _status: 'draft' } })
    const response = await api(`faqs/${published.publishedFaqId}`, { method: 'DELETE', headers: admin.headers })
    expect({ first: [related.status, refusal], then: response.status }).toEqual({ first: [409, 'RELATED_TO_LIVE_CONTENT'], then: 200 })
    expect((await t.payload.find({ collection: 'faqs', where: { id: { equals: published.publishedFaqId } } })).totalDocs).toBe(0)
  })
})

describe('jobs', () => {
  it('refuses a writer running the job queue', async () => {
    const response = await api('payload-jobs/run', { headers: writer.headers })
    expect([401, 403]).toContain(response.status)
  })
})
