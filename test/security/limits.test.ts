import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { type CitingContent, seedCitingContent } from './citingContent.js'

type Errors = { errors?: { message: string; data?: { code?: string }; extensions?: { code?: string } }[] }

let t: TestServer
let content: CitingContent

const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const started = Date.now()
  const response = await fetch(`${t.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  const body = (await response.json()) as Errors & { data?: unknown }
  return { status: response.status, body, ms: Date.now() - started }
}

/** relatedFaqs -> article -> relatedFaqs ... `levels` relationships deep, under Articles.docs. */
const nestedQuery = (levels: number) => {
  let inner = 'id'
  for (let level = levels; level > 0; level--) inner = `${level % 2 ? 'relatedFaqs' : 'article'} { id ${inner} }`
  return `{ Articles { docs { ${inner} } } }`
}

beforeAll(async () => {
  t = await startTestServer()
  content = await seedCitingContent(t)
  // The first GraphQL request builds the schema; the timings below measure the refusals alone.
  await graphql('{ Articles { totalDocs } }')
})
afterAll(async () => t?.close())

describe('GraphQL limits', () => {
  it('refuses a 60-level nested query over content that cites itself, fast, with a code', async () => {
    const { status, body, ms } = await graphql(nestedQuery(60))
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_DEPTH_LIMIT')
    expect(body.errors?.[0].message).toMatch(/more than 10 levels/)
    expect(ms).toBeLessThan(1000)
  })

  it('follows fragments when it measures depth', async () => {
    const query = `
      fragment Faq on Faq { article { relatedFaqs { article { relatedFaqs { article { relatedFaqs { article { title } } } } } } } }
      { Articles { docs { relatedFaqs { ...Faq } } } }`
    const { status, body } = await graphql(query)
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_DEPTH_LIMIT')
  })

  it('answers an ordinary 3-level query (article -> FAQs -> article)', async () => {
    const { status, body } = await graphql(
      '{ Articles { docs { title relatedFaqs { question article { title relatedTrials { nctId } } } } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    expect(body.data).toEqual({
      Articles: {
        docs: [
          {
            title: 'Cited article',
            relatedFaqs: [
              { question: 'What does the article cover?', article: { title: 'Cited article', relatedTrials: [{ nctId: 'NCT05550077' }] } },
            ],
          },
        ],
      },
    })
  })

  it('refuses a shallow but wide query over the complexity budget, with a code', async () => {
    const wide = Array.from({ length: 120 }, (_, i) => `f${i}: relatedFaqs { id }`).join(' ')
    const { status, body, ms } = await graphql(`{ Articles { docs { ${wide} } } }`)
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_COMPLEXITY_LIMIT')
    expect(ms).toBeLessThan(1000)
  })

  it('answers a GraphQL body that is not JSON with a 400 in GraphQL’s shape', async () => {
    const response = await fetch(`${t.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as Errors
    expect(body.errors?.[0].extensions?.code).toBe('INVALID_JSON')
  })

  it('refuses a subscription with a code instead of crashing', async () => {
    const { status, body } = await graphql('subscription { Articles { totalDocs } }')
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_SUBSCRIPTIONS_UNSUPPORTED')
  })

  it('puts a code on syntax errors', async () => {
    const { status, body } = await graphql('{ Articles { docs { title }')
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
  })
})

describe('REST population depth', () => {
  const get = async (query: string) => {
    const response = await fetch(`${t.url}/api/articles/${content.articleId}?${query}`)
    return { status: response.status, body: (await response.json()) as Errors & { relatedFaqs?: unknown[] } }
  }

  it('serves depth up to the cap', async () => {
    const { status, body } = await get('depth=5')
    expect(status).toBe(200)
    expect(body.relatedFaqs).toHaveLength(1)
  })

  it('refuses depth above the cap instead of capping it silently', async () => {
    const { status, body } = await get('depth=6')
    expect(status).toBe(400)
    expect(body.errors?.[0].data?.code).toBe('DEPTH_LIMIT_EXCEEDED')
    expect(body.errors?.[0].message).toMatch(/limit of 5/)
  })

  it.each(['depth=-1', 'depth=abc', 'depth=1.5', 'depth=', 'depth=1&depth=2', 'depth[]=1', 'depth=1e99'])('refuses %s', async (query) => {
    const { status, body } = await get(query)
    expect(status).toBe(400)
    expect(body.errors?.[0].data?.code).toBe('INVALID_DEPTH')
  })
})

describe('ids and query strings', () => {
  it.each(['articles/abc', 'articles/1e99', 'articles/abc/review', 'faqs/-1/jsonld', 'users/versions/1'])('answers /api/%s with a 404 and a code', async (path) => {
    const response = await fetch(`${t.url}/api/${path}`, { headers: content.admin.headers })
    expect(response.status).toBe(404)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toMatch(/^(INVALID_ID|NOT_FOUND)$/)
  })

  it.each([
    ['limit=1e99', 'INVALID_LIMIT'],
    ['page=-1', 'INVALID_PAGE'],
    ['where=abc', 'INVALID_WHERE'],
    ['sort=-', 'INVALID_SORT'],
    ['sort=title,,', 'INVALID_SORT'],
    ['where[author][equals]=junk', 'INVALID_WHERE'],
  ])('refuses ?%s with %s', async (query, code) => {
    const response = await fetch(`${t.url}/api/articles?${query}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toBe(code)
  })

  // GraphQL passes the express guard: the plugin's own checks answer, on every adapter.
  it.each([
    ['{ Articles(sort: "-") { docs { id } } }', 'INVALID_SORT'],
    ['{ Articles(where: { author: { equals: "junk" } }) { docs { id } } }', 'INVALID_WHERE'],
  ])('refuses GraphQL %s with %s', async (query, code) => {
    const { body } = await graphql(query)
    expect(body.errors?.[0].extensions?.code ?? body.errors?.[0].data?.code).toBe(code)
    expect(body.data).toMatchObject({ Articles: null })
  })

  it.each(['articles?where[title][equals]=x%00', 'articles/slug/x%00/jsonld', 'articles?where[id][in]=1,1e99'])('refuses /api/%s with a 400 and a code', async (path) => {
    const response = await fetch(`${t.url}/api/${path}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toMatch(/^(NUL_CHARACTER|INVALID_WHERE)$/)
  })

  it('still serves the endpoints named like ids: count, versions, slug lookups', async () => {
    const paths = ['articles/count', 'articles/versions', 'articles/slug/cited-article/jsonld', `articles/${content.articleId}/review`, 'payload-preferences/nav', 'users/me']
    for (const path of paths) {
      const response = await fetch(`${t.url}/api/${path}`, { headers: content.admin.headers })
      expect([path, response.status]).toEqual([path, 200])
    }
  })
})

describe('request bodies', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...content.writer.headers, ...headers },
      body,
      duplex: 'half',
    } as RequestInit)

  const countArticles = () => t.payload.count({ collection: 'articles' }).then((r) => r.totalDocs)

  it('refuses a declared body over 2 MB with a 413 before reading it', async () => {
    const before = await countArticles()
    const started = Date.now()
    const response = await post(JSON.stringify({ title: 'Big', body: 'x'.repeat(3 * 1024 * 1024) }))
    expect(response.status).toBe(413)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toBe('BODY_TOO_LARGE')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await countArticles()).toBe(before)
  })

  it('refuses a chunked body once it passes 2 MB', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 16) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const response = await post(stream as unknown as BodyInit)
    expect(response.status).toBe(413)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toBe('BODY_TOO_LARGE')
  })

  it('refuses JSON nested deeper than the limit', async () => {
    const response = await post(`{"title": ${'['.repeat(5000)}${']'.repeat(5000)}}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toBe('JSON_TOO_DEEP')
  })

  it('refuses a body that is not JSON with a code', async () => {
    const response = await post('{"title": ')
    expect(response.status).toBe(400)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toBe('INVALID_JSON')
  })

  it.each([
    ['an array', '[{"title":"x"}]', 'application/json', 400, 'BODY_NOT_OBJECT'],
    ['null', 'null', 'application/json', 400, 'BODY_NOT_OBJECT'],
    ['JSON sent as text/plain', '{"title":"x"}', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['multipart without a boundary', 'junk', 'multipart/form-data', 400, 'INVALID_MULTIPART'],
    ['a NUL character', '{"title":"x\\u0000"}', 'application/json', 400, 'NUL_CHARACTER'],
  ])('refuses %s with a code', async (_name, body, contentType, status, code) => {
    const response = await post(body, { 'content-type': contentType })
    expect(response.status).toBe(status)
    expect(((await response.json()) as Errors).errors?.[0].data?.code).toBe(code)
  })

  it('reads JSON sent as Application/JSON', async () => {
    const response = await post(JSON.stringify({ title: 'Upper-case type', body: richText('Text.') }), { 'content-type': 'Application/JSON' })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { title: string } }).doc.title).toBe('Upper-case type')
  })

  it('answers a path that does not decode with a 400', async () => {
    const response = await fetch(`${t.url}/api/articles/%E0%A4%A`)
    expect(response.status).toBe(400)
  })
})
