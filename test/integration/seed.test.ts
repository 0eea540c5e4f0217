import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seed } from '../../app/seed/seed.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
const lines: string[] = []

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => t?.close())

describe('demo seed', () => {
  it('refuses to run in production', async () => {
    await expect(seed(t.payload, { production: true })).rejects.toThrow(/never runs when NODE_ENV=production/)
    expect(await t.payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
  })

  it('creates the four accounts, prints a generated password once, and they can sign in', async () => {
    const result = await seed(t.payload, { log: (line) => lines.push(line) })
    expect(result.createdUsers.sort()).toEqual(
      ['admin@example.com', 'reviewer2@example.com', 'reviewer@example.com', 'writer@example.com'].sort(),
    )
    expect(lines.filter((line) => line.includes(result.password!))).toHaveLength(1)
    const login = await fetch(`${t.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'reviewer@example.com', password: result.password }),
    })
    const body = (await login.json()) as { user: { roles: string[]; reviewerProfile: { credentials: string } } }
    expect(body.user.roles).toEqual(['reviewer'])
    expect(body.user.reviewerProfile.credentials).toBe('MD')
  })

  it('loads an article with FAQs and trials that readers can see', async () => {
    const articles = (await (await fetch(`${t.url}/api/articles?depth=1`)).json()) as {
      docs: { title: string; relatedFaqs: { question: string }[]; relatedTrials: { nctId: string }[] }[]
    }
    expect(articles.docs).toHaveLength(1)
    const [article] = articles.docs
    expect(article.title).toMatch(/CAR T-cell therapy/)
    expect(article.relatedFaqs.length).toBeGreaterThanOrEqual(4)
    expect(article.relatedTrials.length).toBeGreaterThanOrEqual(2)
    for (const trial of article.relatedTrials) expect(trial.nctId).toMatch(/^NCT\d{8}$/)
  })

  it('leaves a conversation on the claim of the article sent back, answered by the writer', async () => {
    const { docs } = await t.payload.find({ collection: 'review-comments', sort: 'createdAt', depth: 0 })
    expect(docs.map((message) => [message.authorName, message.thread ? 'reply' : 'thread'])).toEqual([
      ['Dr Sam Okafor', 'thread'],
      ['Wren Writer', 'reply'],
    ])
    expect(docs[0].anchor).toMatchObject({ kind: 'claim', category: 'cure_remission' })
  })

  it('is idempotent: a second run creates nothing and prints no password', async () => {
    const before = await Promise.all(['users', 'articles', 'faqs', 'trials'].map((c) => t.payload.count({ collection: c as 'users' })))
    lines.length = 0
    const result = await seed(t.payload, { log: (line) => lines.push(line) })
    expect(result).toEqual({ createdUsers: [], password: undefined })
    expect(lines).toEqual([])
    const after = await Promise.all(['users', 'articles', 'faqs', 'trials'].map((c) => t.payload.count({ collection: c as 'users' })))
    expect(after).toEqual(before)
  })
})
