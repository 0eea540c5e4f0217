import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import {
  api,
  createDraft,
  createPublished,
  createTeam,
  type Json,
  PRIVATE_DOI,
  PRIVATE_NOTE,
  REVIEWER,
  type Team,
} from './deliveryHarness.js'

let t: TestServer
let team: Team
let articleId: number
let trialId: number
let draftId: number

const CLAIMS = 'CAR T-cell therapy is being studied in MS. Side effects can be serious.'

/** Nothing internal may appear in what an anonymous reader gets. */
const expectNothingInternal = (text: string) => {
  expect(text).not.toContain('medicalReview')
  expect(text).not.toContain(PRIVATE_NOTE)
  expect(text).not.toContain(PRIVATE_DOI)
  expect(text).not.toMatch(
    /"(claims|signOff|fingerprint|contentEditedBy|changesRequested|note|evidence)"/,
  )
  expect(text).not.toMatch(/@example\.test/)
  expect(text).not.toContain(String(team.reviewer.user.email))
}

beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  trialId = await createPublished(t, team, 'trials', {
    nctId: 'NCT05550011',
    title: 'A published trial',
    overallStatus: 'RECRUITING',
  })
  articleId = await createPublished(t, team, 'articles', {
    title: 'Reviewed article',
    slug: 'reviewed-article',
    body: richText(CLAIMS),
    relatedTrials: [trialId],
  })
  // Rejected claims and their notes live only on drafts, which readers never get.
  draftId = await createDraft(t, team, 'articles', {
    title: 'Draft with a rejected claim',
    body: richText('It cures MS.'),
  })
  const submitted = await api(t, `articles/${draftId}/review/submit`, team.writer, { body: {} })
  const claim = (submitted.body.claims as Json[])[0]
  await api(t, `articles/${draftId}/review/claims/${claim.key}`, team.reviewer, {
    body: { decision: 'rejected', note: PRIVATE_NOTE, evidence: { doi: PRIVATE_DOI } },
  })
})
afterAll(async () => t?.close())

describe('the public review projection', () => {
  it('gives anonymous REST readers the byline as signed, and nothing internal', async () => {
    const reply = await api(t, `articles/${articleId}`)
    expect(reply.status).toBe(200)
    expect(reply.body.medicalReview).toBeUndefined()
    expect(Object.keys(reply.body.review).sort()).toEqual([
      'due',
      'lastReviewed',
      'nextReviewDue',
      'reviewedBy',
    ])
    expect(reply.body.review.reviewedBy).toEqual({
      name: REVIEWER.displayName,
      credentials: REVIEWER.credentials,
    })
    expect(reply.body.review.due).toBe(false)
    const stored = (await t.payload.findByID({
      collection: 'articles',
      id: articleId,
      depth: 0,
    })) as unknown as Json
    expect(reply.body.review.lastReviewed).toBe(stored.medicalReview.lastReviewed)
    expect(reply.body.review.nextReviewDue).toBe(stored.medicalReview.nextReviewDue)
    // Twelve months for articles, by the site's options.
    const months =
      (Date.parse(stored.medicalReview.nextReviewDue) -
        Date.parse(stored.medicalReview.lastReviewed)) /
      2.6e9
    expect(Math.round(months)).toBe(12)
    expectNothingInternal(reply.text)
  })

  it('projects populated documents too, and lists only published ones', async () => {
    const reply = await api(t, 'articles?where[slug][equals]=reviewed-article&depth=1')
    expect(reply.body.docs).toHaveLength(1)
    const trial = reply.body.docs[0].relatedTrials[0]
    expect(trial.review.reviewedBy.name).toBe(REVIEWER.displayName)
    expect(
      Math.round(
        (Date.parse(trial.review.nextReviewDue) - Date.parse(trial.review.lastReviewed)) / 2.6e9,
      ),
    ).toBe(6)
    const list = await api(t, 'articles?depth=0')
    expect(list.body.docs.map((doc: Json) => doc.id)).toEqual([articleId])
    expectNothingInternal(reply.text + list.text)
  })

  it('never shows drafts, their rejected claims or notes', async () => {
    expect((await api(t, `articles/${draftId}`)).status).toBe(404)
    expect((await api(t, `articles/${draftId}?draft=true`)).status).toBe(404)
    const stored = (await t.payload.findByID({
      collection: 'articles',
      id: draftId,
      draft: true,
    })) as unknown as Json
    expect(stored.medicalReview.claims[0].decision).toMatchObject({
      status: 'rejected',
      note: PRIVATE_NOTE,
    })
  })

  it('answers GraphQL the same way: the projection, no review internals, no drafts', async () => {
    const query = `{ Articles { docs { id title review } } }`
    const reply = await api(t, 'graphql', undefined, { body: { query } })
    expect(reply.body.errors).toBeUndefined()
    expect(reply.body.data.Articles.docs).toEqual([
      expect.objectContaining({
        id: articleId,
        review: expect.objectContaining({
          reviewedBy: { name: REVIEWER.displayName, credentials: REVIEWER.credentials },
          due: false,
        }),
      }),
    ])
    expectNothingInternal(reply.text)
    const internals = await api(t, 'graphql', undefined, {
      body: { query: `{ Articles { docs { medicalReview { claims } } } }` },
    })
    expect(internals.text).not.toContain(PRIVATE_NOTE)
    expect(JSON.stringify(internals.body.data ?? {})).not.toContain('claims":[')
  })

  it('does not even load the review state from the database for anonymous REST and GraphQL reads', async () => {
    const db = t.payload.db as unknown as Record<string, (args: { collection: string; select?: Record<string, unknown> }) => Promise<unknown>>
    const asked: { method: string; collection: string; select?: Record<string, unknown> }[] = []
    const originals = { find: db.find!, findOne: db.findOne! }
    for (const method of ['find', 'findOne'] as const)
      db[method] = (args) => {
        asked.push({ method, collection: args.collection, select: args.select })
        return originals[method].call(t.payload.db, args)
      }
    try {
      await api(t, 'articles?where[slug][equals]=reviewed-article&depth=1')
      await api(t, `articles/${articleId}`)
      await api(t, 'graphql', undefined, { body: { query: '{ Articles { docs { id title review } } }' } })
    } finally {
      Object.assign(db, originals)
    }
    const reviewed = asked.filter((call) => ['articles', 'trials', 'faqs'].includes(call.collection))
    expect(reviewed.length).toBeGreaterThanOrEqual(4)
    for (const call of reviewed) expect(call.select).toMatchObject({ medicalReview: false })
  })

  it('keeps the stored group for staff, with the projection beside it', async () => {
    const reply = await api(t, `articles/${articleId}`, team.writer)
    expect(reply.body.medicalReview.signOff.printedName).toBe(REVIEWER.displayName)
    expect(reply.body.review.reviewedBy.name).toBe(REVIEWER.displayName)
  })

  it('ignores a client that tries to write the projection', async () => {
    const reply = await api(t, `articles/${articleId}?draft=true`, team.writer, {
      method: 'PATCH',
      body: { review: { reviewedBy: { name: 'Dr Fake', credentials: 'MD' }, due: true } },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.doc.review.reviewedBy.name).toBe(REVIEWER.displayName)
    expect((await api(t, `articles/${articleId}`)).body.review.due).toBe(false)
  })
})
