import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import {
  api,
  createDraft,
  createPublished,
  createTeam,
  type Json,
  PRIVATE_NOTE,
  publishThroughReview,
  REVIEWER,
  type Team,
} from './deliveryHarness.js'

let t: TestServer
let team: Team
const ids: Record<string, number> = {}

const nodesOf = (graph: Json, type: string) =>
  (graph['@graph'] as Json[]).filter((node) => node['@type'] === type)
const today = () => new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  ids.recruiting = await createPublished(t, team, 'trials', {
    nctId: 'NCT05550021',
    title: 'Recruiting trial',
    overallStatus: 'RECRUITING',
    conditions: ['Multiple sclerosis'],
    sponsor: 'Demo University',
    locations: [
      { facility: 'Leeds Neurology', city: 'Leeds', country: 'United Kingdom' },
      { facility: 'Hamburg Klinikum', city: 'Hamburg', country: 'Germany' },
    ],
  })
  ids.active = await createPublished(t, team, 'trials', {
    nctId: 'NCT05550022',
    title: 'Active trial',
    overallStatus: 'ACTIVE_NOT_RECRUITING',
    locations: [{ facility: 'Toronto MS Unit', city: 'Toronto', country: 'Canada' }],
  })
  ids.unknown = await createPublished(t, team, 'trials', {
    nctId: 'NCT05550024',
    title: 'Lost trial',
    overallStatus: 'UNKNOWN',
  })
  ids.draftTrial = await createDraft(t, team, 'trials', {
    nctId: 'NCT05550023',
    title: 'Draft trial',
    overallStatus: 'RECRUITING',
  })
  ids.article = await createDraft(t, team, 'articles', {
    title: 'CAR T and MS',
    slug: 'car-t-and-ms',
    summary: 'What the trials measure.',
    body: richText('CAR T-cell therapy is being studied in MS.'),
    conditions: ['Multiple sclerosis'],
    relatedTrials: [ids.active, ids.recruiting, ids.draftTrial],
  })
  ids.faq = await createPublished(t, team, 'faqs', {
    question: 'Is it approved?',
    answer: richText('No. It is being studied in trials.', 'Ask your neurologist.'),
    article: ids.article,
    order: 1,
  })
  ids.linkedFaq = await createPublished(t, team, 'faqs', {
    question: 'Who can join?',
    answer: richText('Adults with MS.'),
    order: 2,
  })
  ids.draftFaq = await createDraft(t, team, 'faqs', {
    question: 'Secret draft question?',
    answer: richText('x'),
    article: ids.article,
  })
  await api(t, `articles/${ids.article}?draft=true`, team.writer, {
    method: 'PATCH',
    body: { relatedFaqs: [ids.linkedFaq, ids.draftFaq] },
  })
  await publishThroughReview(t, team, 'articles', ids.article)
})
afterAll(async () => t?.close())

describe('JSON-LD for an article', () => {
  let graph: Json

  beforeAll(async () => {
    const reply = await api(t, `articles/${ids.article}/jsonld`)
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    graph = reply.body
  })

  it('is a schema.org @graph: MedicalWebPage, Article, FAQPage and one MedicalTrial per published trial', () => {
    expect(graph['@context']).toBe('https://schema.org')
    expect((graph['@graph'] as Json[]).map((node) => node['@type'])).toEqual([
      'MedicalWebPage',
      'Article',
      'FAQPage',
      'MedicalTrial',
      'MedicalTrial',
    ])
  })

  it('puts the review on the page and points it at the article and the condition', () => {
    const [page] = nodesOf(graph, 'MedicalWebPage')
    const [article] = nodesOf(graph, 'Article')
    expect(page.reviewedBy).toEqual({
      '@type': 'Person',
      name: REVIEWER.displayName,
      honorificSuffix: REVIEWER.credentials,
    })
    expect(page.lastReviewed).toBe(today())
    expect(page.mainEntity).toEqual({ '@id': article['@id'] })
    expect(page.about).toEqual([{ '@type': 'MedicalCondition', name: 'Multiple sclerosis' }])
    expect(article).toMatchObject({
      headline: 'CAR T and MS',
      description: 'What the trials measure.',
    })
    expect(article.reviewedBy).toBeUndefined()
  })

  it('lists only the published FAQs, linked either way, with their answers as text', () => {
    const [faqPage] = nodesOf(graph, 'FAQPage')
    expect(faqPage.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Is it approved?',
        acceptedAnswer: {
          '@type': 'Answer',
          text: 'No. It is being studied in trials.\n\nAsk your neurologist.',
        },
      },
      {
        '@type': 'Question',
        name: 'Who can join?',
        acceptedAnswer: { '@type': 'Answer', text: 'Adults with MS.' },
      },
    ])
    expect(JSON.stringify(graph)).not.toContain('Secret draft question')
  })

  it('describes each published trial with its registry code, mapped status and design', () => {
    const trials = nodesOf(graph, 'MedicalTrial')
    expect(trials.map((trial) => trial.code)).toEqual([
      { '@type': 'MedicalCode', codeValue: 'NCT05550022', codingSystem: 'ClinicalTrials.gov' },
      { '@type': 'MedicalCode', codeValue: 'NCT05550021', codingSystem: 'ClinicalTrials.gov' },
    ])
    expect(trials.map((trial) => trial.status)).toEqual([
      'https://schema.org/ActiveNotRecruiting',
      'https://schema.org/Recruiting',
    ])
    expect(trials[1]).toMatchObject({
      '@id': 'https://clinicaltrials.gov/study/NCT05550021',
      healthCondition: [{ '@type': 'MedicalCondition', name: 'Multiple sclerosis' }],
      sponsor: { '@type': 'Organization', name: 'Demo University' },
      trialDesign: ['https://schema.org/MultiCenterTrial', 'https://schema.org/InternationalTrial'],
    })
    expect(trials[1].studyLocation).toEqual([
      {
        '@type': 'City',
        name: 'Leeds',
        containedInPlace: { '@type': 'Country', name: 'United Kingdom' },
      },
      {
        '@type': 'City',
        name: 'Hamburg',
        containedInPlace: { '@type': 'Country', name: 'Germany' },
      },
    ])
    expect(trials[0].trialDesign).toEqual(['https://schema.org/SingleCenterTrial'])
    expect(JSON.stringify(graph)).not.toContain('NCT05550023')
  })

  it('is served by slug too, and carries nothing internal', async () => {
    const bySlug = await api(t, 'articles/slug/car-t-and-ms/jsonld')
    expect(bySlug.status).toBe(200)
    expect(bySlug.body).toEqual(graph)
    expect(bySlug.text).not.toMatch(/medicalReview|fingerprint|@example\.test/)
    expect(bySlug.text).not.toContain(PRIVATE_NOTE)
  })
})

describe('JSON-LD for FAQs and trials', () => {
  it('gives an FAQ its reviewed FAQPage', async () => {
    const reply = await api(t, `faqs/${ids.faq}/jsonld`)
    expect(reply.status).toBe(200)
    const [page] = reply.body['@graph'] as Json[]
    expect(page).toMatchObject({
      '@type': 'FAQPage',
      reviewedBy: { '@type': 'Person', name: REVIEWER.displayName },
      lastReviewed: today(),
      mainEntity: [{ '@type': 'Question', name: 'Is it approved?' }],
    })
  })

  it('gives a trial a reviewed MedicalWebPage about its MedicalTrial, by id and by NCT id', async () => {
    const reply = await api(t, 'trials/nctId/NCT05550022/jsonld')
    expect(reply.status).toBe(200)
    const [page, trial] = reply.body['@graph'] as Json[]
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      mainEntity: { '@id': trial['@id'] },
      lastReviewed: today(),
    })
    expect(trial).toMatchObject({
      '@type': 'MedicalTrial',
      status: 'https://schema.org/ActiveNotRecruiting',
    })
    expect((await api(t, `trials/${ids.active}/jsonld`)).body).toEqual(reply.body)
  })

  it('writes statuses schema.org has no member for as text', async () => {
    const reply = await api(t, `trials/${ids.unknown}/jsonld`)
    expect((reply.body['@graph'] as Json[])[1].status).toBe('Unknown')
  })

  it('answers 404 for drafts (even to staff), unknown slugs and impossible ids', async () => {
    expect((await api(t, `trials/${ids.draftTrial}/jsonld`)).status).toBe(404)
    expect((await api(t, `trials/${ids.draftTrial}/jsonld`, team.writer)).status).toBe(404)
    expect((await api(t, `faqs/${ids.draftFaq}/jsonld`)).status).toBe(404)
    const missing = await api(t, 'articles/slug/no-such-article/jsonld')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].data.code).toBe('NOT_FOUND')
    expect((await api(t, 'articles/not-a-number/jsonld')).status).toBe(404)
  })
})
