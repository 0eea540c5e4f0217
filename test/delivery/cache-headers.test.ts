import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { api, createPublished, createTeam, publishThroughReview, type Team } from './deliveryHarness.js'

let t: TestServer
let team: Team
let articleId: number

const PUBLIC = 'public, max-age=60, stale-while-revalidate=300'

beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  articleId = await createPublished(t, team, 'articles', {
    title: 'Cached article',
    slug: 'cached',
    body: richText('Plain text.'),
  })
})
afterAll(async () => t?.close())

describe('caching headers on API reads', () => {
  it('sends a weak ETag and a public policy to anonymous readers', async () => {
    const reply = await api(t, `articles/${articleId}`)
    expect(reply.status).toBe(200)
    // The content generation and the URL: known before the answer is built.
    expect(reply.headers.get('etag')).toMatch(/^W\/"g[\w-]{12}\.[\w-]{16}"$/)
    expect(reply.headers.get('cache-control')).toBe(PUBLIC)
    expect(reply.headers.get('vary')).toMatch(/Authorization/)
    expect(reply.headers.get('vary')).toMatch(/Cookie/)
    expect(Number(reply.headers.get('content-length'))).toBe(Buffer.byteLength(reply.text))
    expect(reply.body.title).toBe('Cached article')
  })

  it('answers a matching If-None-Match with 304 and no body, and a stale one with 200', async () => {
    for (const path of [
      `articles/${articleId}`,
      'articles?where[slug][equals]=cached&depth=1',
      `articles/${articleId}/jsonld`,
    ]) {
      const first = await api(t, path)
      const etag = first.headers.get('etag')!
      const again = await api(t, path, undefined, { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
      expect(again.text).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe(PUBLIC)
      const listed = await api(t, path, undefined, {
        headers: { 'if-none-match': `"other", ${etag.slice(2)}` },
      })
      expect(listed.status).toBe(304)
      const stale = await api(t, path, undefined, { headers: { 'if-none-match': 'W/"stale"' } })
      expect(stale.status).toBe(200)
      expect(stale.text).toBe(first.text)
    }
  })

  it('changes the ETag when the published content changes', async () => {
    const before = (await api(t, `articles/${articleId}`)).headers.get('etag')
    // References are reviewed content: the change goes through review before readers see it.
    await api(t, `articles/${articleId}?draft=true`, team.writer, {
      method: 'PATCH',
      body: { references: [{ label: 'New source' }] },
    })
    await publishThroughReview(t, team, 'articles', articleId)
    const after = await api(t, `articles/${articleId}`, undefined, {
      headers: { 'if-none-match': before! },
    })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
  })

  it('answers a reader who holds the current ETag without building the answer', async () => {
    const path = 'articles?where[slug][equals]=cached&depth=1'
    const etag = (await api(t, path)).headers.get('etag')!
    let built = 0
    const count = () => void (built += 1)
    const hooks = t.payload.collections.articles.config.hooks
    hooks.afterRead.push(count)
    try {
      const again = await api(t, path, undefined, { headers: { 'if-none-match': etag } })
      expect([again.status, built]).toEqual([304, 0])
      const fresh = await api(t, path)
      expect([fresh.status, built]).toEqual([200, 1])
    } finally {
      hooks.afterRead.splice(hooks.afterRead.indexOf(count), 1)
    }
  })

  it('renews the ETag when a published review falls due, with no write', async () => {
    const etag = (await api(t, `articles/${articleId}`)).headers.get('etag')!
    const current = (await t.payload.kv.get('content-generation')) as { token: string; nextFlip: string | null }
    // As if the clock had passed the earliest review due date: readers' `review.due` has changed.
    await t.payload.kv.set('content-generation', { ...current, nextFlip: new Date(Date.now() - 1000).toISOString() })
    // A generation read is reused for up to a second (REUSE_MS); this one was made with no write.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const after = await api(t, `articles/${articleId}`, undefined, { headers: { 'if-none-match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
  })

  it('keeps signed-in reads private, by token or by session cookie', async () => {
    const byToken = await api(t, `articles/${articleId}`, team.writer)
    expect(byToken.headers.get('cache-control')).toBe('private, no-store')
    const byCookie = await api(t, `articles/${articleId}`, undefined, {
      headers: { cookie: `payload-token=${team.writer.token}` },
    })
    expect(byCookie.headers.get('cache-control')).toBe('private, no-store')
  })

  it('never caches errors, accounts or writes publicly', async () => {
    const missing = await api(t, 'articles/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect(missing.headers.get('etag')).toBeNull()
    expect((await api(t, 'users/me')).headers.get('cache-control')).toBe('private, no-store')
    const write = await api(t, 'articles', team.writer, {
      body: { title: 'x', body: richText('x') },
    })
    expect(write.headers.get('etag')).toBeNull()
  })
})
