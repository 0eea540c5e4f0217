import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { signWebhook, verifyWebhookSignature, WEBHOOK_TASK } from '../../src/delivery/index.js'
import { richText } from '../../app/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import {
  api,
  createDraft,
  createTeam,
  type Json,
  publishThroughReview,
  type Receiver,
  REVIEWER,
  reviewAndSign,
  runJobs,
  startReceiver,
  type Team,
} from './deliveryHarness.js'

let t: TestServer
let team: Team
let site: Receiver
let broken: Receiver
const SECRET = 'site-secret-0123456789abcdef'
const BROKEN_SECRET = 'broken-secret-0123456789abcdef'

const eventsAt = (receiver: Receiver) =>
  receiver.received.map((request) => JSON.parse(request.body) as Json)
const jobsFor = async (url: string) =>
  (
    await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: WEBHOOK_TASK } },
      limit: 100,
    })
  ).docs.filter((job) => (job as unknown as Json).input.url === url) as unknown as Json[]

beforeAll(async () => {
  site = await startReceiver(200)
  broken = await startReceiver(500)
  t = await startTestServer({
    MEDICAL_REVIEW_WEBHOOKS: JSON.stringify([
      { url: site.url, secret: SECRET },
      { url: broken.url, secret: BROKEN_SECRET, events: ['published'] },
    ]),
  })
  team = await createTeam(t)
})
afterAll(async () => {
  await t?.close()
  await site?.close()
  await broken?.close()
})

describe('webhooks', () => {
  let id: number

  it('announces a sign-off, signed with HMAC-SHA256 over the timestamp and body', async () => {
    id = await createDraft(t, team, 'articles', {
      title: 'Announced',
      slug: 'announced',
      body: richText('Side effects can be serious.'),
    })
    await reviewAndSign(t, team, 'articles', id)
    expect(site.received).toHaveLength(0) // queued, not sent inside the request
    await runJobs(t)
    expect(eventsAt(site).map((event) => event.event)).toEqual(['review.signed'])
    const [request] = site.received
    expect(request.headers['x-medreview-event']).toBe('review.signed')
    const header = String(request.headers['x-medreview-signature'])
    const [, t_, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)!
    expect(Math.abs(Number(t_) - Date.now() / 1000)).toBeLessThan(60)
    expect(header).toBe(signWebhook(SECRET, request.body, Number(t_)))
    expect(v1).toHaveLength(64)
    expect(verifyWebhookSignature({ header, body: request.body, secret: SECRET })).toBe(true)
    expect(
      verifyWebhookSignature({
        header,
        body: request.body.replace('Announced', 'Tampered'),
        secret: SECRET,
      }),
    ).toBe(false)
    expect(verifyWebhookSignature({ header, body: request.body, secret: BROKEN_SECRET })).toBe(
      false,
    )
    expect(
      verifyWebhookSignature({
        header,
        body: request.body,
        secret: SECRET,
        now: Date.now() + 3600_000,
      }),
    ).toBe(false)
    const event = eventsAt(site)[0]
    expect(event).toMatchObject({
      collection: 'articles',
      document: { id, title: 'Announced', slug: 'announced', status: 'draft' },
      review: {
        reviewedBy: { name: REVIEWER.displayName, credentials: REVIEWER.credentials },
        due: false,
      },
    })
    expect(request.body).not.toMatch(/claims|fingerprint|note|@example\.test/)
    expect(broken.received).toHaveLength(0) // it only asked for "published"
  })

  it('publishes even though one endpoint is down, and delivers to the others', async () => {
    const publish = await api(t, `articles/${id}`, team.writer, {
      method: 'PATCH',
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect((await api(t, `articles/${id}`)).body._status).toBe('published')
    await runJobs(t)
    expect(eventsAt(site).map((event) => event.event)).toEqual(['review.signed', 'published'])
    expect(eventsAt(site)[1].document.status).toBe('published')
    expect(broken.received).toHaveLength(1)
    expect(
      verifyWebhookSignature({
        header: String(broken.received[0].headers['x-medreview-signature']),
        body: broken.received[0].body,
        secret: BROKEN_SECRET,
      }),
    ).toBe(true)
  })

  it('retries a failing endpoint later, with backoff, and stops once it answers', async () => {
    const [job] = await jobsFor(broken.url)
    expect(job).toMatchObject({ totalTried: 1, hasError: false })
    expect(job.completedAt ?? null).toBeNull()
    // Exponential backoff from 30 s: the next attempt waits, and a run now does not touch it.
    expect(Date.parse(job.waitUntil) - Date.now()).toBeGreaterThan(20_000)
    await runJobs(t)
    expect(broken.received).toHaveLength(1)

    broken.status = 200
    await t.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runJobs(t)
    expect(broken.received).toHaveLength(2)
    expect(broken.received[1].body).toBe(broken.received[0].body) // the same event, signed again
    expect(await jobsFor(broken.url)).toHaveLength(0) // done and cleared
  })

  it('announces unpublishing, and stays quiet about draft saves over published content', async () => {
    await api(t, `articles/${id}?draft=true`, team.writer, {
      method: 'PATCH',
      body: { references: [{ label: 'Draft only' }] },
    })
    await runJobs(t)
    expect(eventsAt(site).map((event) => event.event)).toEqual(['review.signed', 'published'])
    const unpublish = await api(t, `articles/${id}`, team.writer, {
      method: 'PATCH',
      body: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(200)
    await runJobs(t)
    expect(eventsAt(site).map((event) => event.event)).toEqual([
      'review.signed',
      'published',
      'unpublished',
    ])
    expect(broken.received).toHaveLength(2)
  })

  it('refuses endpoints that cannot work, at start-up', async () => {
    const { resolveDeliveryOptions } = await import('../../src/delivery/index.js')
    const { medicalReviewOptions } = await import('../../collections/medicalReviewOptions.js')
    const bad = (webhooks: Json) => () =>
      resolveDeliveryOptions({ review: medicalReviewOptions, webhooks: webhooks as never })
    expect(bad({ endpoints: [{ url: 'ftp://x', secret: SECRET }] })).toThrow(/url must be an http/)
    expect(bad({ endpoints: [{ url: site.url, secret: 'short' }] })).toThrow(
      /at least 16 characters/,
    )
    expect(bad({ endpoints: [{ url: site.url, secret: SECRET, events: ['deleted'] }] })).toThrow(
      /unknown deleted/,
    )
  })
})

it('publishes an FAQ through review and announces it once', async () => {
  const before = site.received.length
  const faq = await createDraft(t, team, 'faqs', {
    question: 'Is it safe?',
    answer: richText('Side effects can be serious.'),
  })
  await publishThroughReview(t, team, 'faqs', faq)
  await runJobs(t)
  expect(
    eventsAt(site)
      .slice(before)
      .map((event) => `${event.collection}:${event.event}`),
  ).toEqual(['faqs:review.signed', 'faqs:published'])
})
