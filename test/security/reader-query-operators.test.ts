import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { api, createPublished, createTeam, type Team } from '../delivery/deliveryHarness.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The demo's own reader queries that answered 500 (query-operators.test.ts asks every operator of
 * every field type on a site of its own): a trial status that is not an option, dates before year
 * 1 or after 9999, `contains` on an id, part-of-text matching on a date, `_status`, rich text or
 * the public `review` JSON, `near`, `within` and `intersects` on fields that are no point, `all`,
 * and comparisons inside the `review` JSON. Over REST and GraphQL, signed out.
 */
let t: TestServer
let team: Team
beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  await createPublished(t, team, 'trials', { nctId: 'NCT05550021', title: 'Signed trial', overallStatus: 'RECRUITING' })
  await createPublished(t, team, 'articles', { title: 'Signed article', slug: 'signed-article', body: richText('Signed body.') })
}, 300_000)
afterAll(async () => t?.close())

const QUERIES = [
  'trials?where[overallStatus][equals]=NOT_A_STATUS',
  'trials?where[overallStatus][in]=RECRUITING,NOT_A_STATUS',
  'trials?where[overallStatus][like]=RECRUIT',
  'trials?where[phases][equals]=NOT_A_PHASE',
  'trials?where[lastVerified][greater_than]=0000-01-01',
  'trials?where[review.lastReviewed][greater_than]=2020-01-01',
  'articles?where[createdAt][greater_than]=0000-01-01',
  'articles?where[updatedAt][less_than]=%2B020000-01-01',
  'articles?where[title][near]=1,2',
  'articles?where[author][near]=1,2',
  'articles?where[relatedTrials][all]=1',
  'articles?where[conditions][all]=a',
  'articles?where[review][intersects]=x',
  'articles?where[review.lastReviewed][greater_than]=2020-01-01',
  'articles?where[createdAt][like]=2026',
  'articles?where[id][contains]=1',
  'articles?where[_status][like]=pub',
  'articles?where[body][like]=Signed',
  'articles?where[body.root][exists]=true',
  'faqs?where[id][contains]=1',
]

describe('a signed-out reader’s query on the demo', () => {
  it('is answered, or refused with a 400 and a code, never a 500', async () => {
    const failures: string[] = []
    for (const query of QUERIES) {
      const reply = await api(t, query)
      if (reply.status >= 500 || (reply.status >= 400 && !reply.body.errors?.[0]?.data?.code)) failures.push(`${reply.status} ${query}`)
    }
    const trials = await api(t, 'trials?where[overallStatus][in]=RECRUITING')
    expect({ failures, recruiting: trials.body.docs.map((doc: { nctId: string }) => doc.nctId) }).toEqual({ failures: [], recruiting: ['NCT05550021'] })
  })

  it('is answered without a 500 over GraphQL too', async () => {
    const failures: string[] = []
    for (const where of ['{ review: { like: "x" } }', '{ body: { like: "Signed" } }', '{ review: { equals: "x" } }']) {
      const response = await fetch(`${t.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ Articles(where: ${where}) { docs { id } } }` }),
      })
      const body = (await response.json()) as { errors?: { extensions?: { statusCode?: number } }[] }
      const status = Math.max(response.status, ...(body.errors ?? []).map((error) => error.extensions?.statusCode ?? 0))
      if (status >= 500) failures.push(`${status} ${where}`)
    }
    expect(failures).toEqual([])
  })
})
