import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { createScanner } from '../../src/claims/index.js'
import type { ReviewClaim } from '../../src/review/types.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { graphQLId } from '../helpers/graphQLId.js'
import { packedRows } from '../helpers/packedRows.js'
import { reviewApi } from '../helpers/reviewApi.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let writer: Account
let reviewer: Account

beforeAll(async () => {
  t = await startTestServer()
  writer = await createAccount(t.payload, t.url, ['writer'])
  reviewer = await createAccount(t.payload, t.url, ['reviewer'])
})
afterAll(async () => {
  await t?.close()
})

const { call } = reviewApi(() => t)
const BODY = [
  'CAR T-cell therapy cures multiple sclerosis.',
  'DMO-19 stopped relapses in every patient.',
  'Most people feel tired for a week.',
]

/** The claims as the database holds them, on the document and on its newest version, without Payload's read hooks. */
const rawClaims = async (id: number) => {
  const main = (await t.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } } })) as unknown as {
    medicalReview: { record: { claims: unknown } }
  }
  const versions = await t.payload.db.findVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
  })
  const latest = versions.docs[0]?.version as { medicalReview: { record: { claims: unknown } } }
  return { main: packedRows(main.medicalReview.record.claims), latest: packedRows(latest.medicalReview.record.claims) }
}

describe('how claims are stored', () => {
  it('keeps what the rules rebuild and undecided decisions out of the database, and every door still reads them whole', async () => {
    const created = await call('articles?draft=true', writer, 'POST', { title: 'Stored claims', body: richText(...BODY) })
    const id = (created.body.doc as { id: number }).id
    const { body } = await call(`articles/${id}/review`, reviewer, 'GET')
    const claims = body.claims as ReviewClaim[]
    expect(claims.length).toBeGreaterThanOrEqual(3)

    // What a reader of the review state receives is what the scanner says, message for message.
    const scanner = createScanner(medicalReviewOptions.claims)
    const expected = new Map(scanner.scanText(BODY.join('\n\n')).map((finding) => [`${finding.ruleId} ${finding.text}`, finding.message]))
    for (const claim of claims) {
      expect(claim.decision).toEqual({ status: 'pending' })
      expect(claim.message).toBe(expected.get(`${claim.ruleId} ${claim.text}`))
    }
    // A claim beside a watch-listed product carries a note the rule's wording lacks.
    const watched = claims.find((claim) => claim.message.endsWith('Investigational product named in this sentence: DMO-19.'))
    expect(watched?.sentence).toBe(BODY[1])

    // Stored: no decision while undecided, no category the rule gives, and a message only where
    // the rule cannot rebuild it (the watch-list note is added to the rule's wording).
    const { main, latest } = await rawClaims(id)
    for (const stored of [main, latest]) {
      expect(stored.map((claim) => claim.key).sort()).toEqual(claims.map((claim) => claim.key).sort())
      for (const claim of stored) {
        expect(claim.decision).toBeUndefined()
        expect(claim.message).toBe(claim.key === watched!.key ? watched!.message : undefined)
        expect(claim.category).toBeUndefined()
      }
    }

    // GraphQL and the REST document read carry the same whole claims.
    const rest = await call(`articles/${id}?draft=true`, reviewer, 'GET')
    expect((rest.body.medicalReview as { claims: ReviewClaim[] }).claims).toEqual(claims)
    const graphql = await fetch(`${t.url}/api/graphql`, {
      method: 'POST',
      headers: reviewer.headers,
      body: JSON.stringify({ query: `{ Article(id: ${graphQLId(id)}, draft: true) { medicalReview { claims } } }` }),
    })
    const graphqlClaims = ((await graphql.json()) as { data: { Article: { medicalReview: { claims: ReviewClaim[] } } } }).data.Article
      .medicalReview.claims
    expect(graphqlClaims).toEqual(claims)

    // A decision is stored in full (on the draft version review actions write); the other claims stay bare.
    expect((await call(`articles/${id}/review/submit`, writer, 'POST')).status).toBe(200)
    const decided = claims[0]!
    const answer = await call(`articles/${id}/review/claims/${decided.key}`, reviewer, 'POST', {
      decision: 'rejected',
      note: 'Overstated.',
    })
    expect(answer.status).toBe(200)
    const after = await rawClaims(id)
    const storedDecision = after.latest.find((claim) => claim.key === decided.key)?.decision
    expect(storedDecision).toMatchObject({ status: 'rejected', note: 'Overstated.', reviewer: String(reviewer.user.id) })
    expect(after.latest.filter((claim) => claim.decision !== undefined)).toHaveLength(1)
  })

  it('reads claims stored whole (before this format) exactly as they were stored', async () => {
    const created = await call('articles?draft=true', writer, 'POST', { title: 'Older claims', body: richText(BODY[0]!) })
    const id = (created.body.doc as { id: number }).id
    const read = async () =>
      ((await t.payload.findByID({ collection: 'articles', id, overrideAccess: true })) as unknown as { medicalReview: { claims: ReviewClaim[] } })
        .medicalReview.claims
    const whole = (await read()).map((claim) => ({ ...claim, message: `Stored wording for ${claim.text}.` }))
    type Raw = { medicalReview: { record: Record<string, unknown> } }
    const doc = (await t.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } } })) as unknown as Raw
    await t.payload.db.updateOne({
      collection: 'articles',
      id,
      data: { medicalReview: { ...doc.medicalReview, record: { ...doc.medicalReview.record, claims: whole } } },
    })
    const stored = (await t.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } } })) as unknown as Raw
    expect(stored.medicalReview.record.claims).toEqual(whole)
    expect(await read()).toEqual(whole)
  })
})
