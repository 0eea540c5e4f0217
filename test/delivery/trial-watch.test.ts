import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ReviewState } from '../../src/review/types.js'

import { richText } from '../../app/seed/richText.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import {
  api,
  createDraft,
  createPublished,
  createTeam,
  type Json,
  publishThroughReview,
  type Team,
} from './deliveryHarness.js'

let t: TestServer
let team: Team
let mail: Mailbox
let trialId: number
let otherTrialId: number
const articles: Record<string, number> = {}

const latest = async (collection: 'articles' | 'trials', id: number) =>
  (
    (await t.payload.findByID({ collection, id, draft: true, depth: 0 })) as unknown as {
      medicalReview: ReviewState
    }
  ).medicalReview
const eventsOf = async (id: number) =>
  (
    await t.payload.find({
      collection: 'review-events',
      where: {
        and: [
          { documentCollection: { equals: 'articles' } },
          { documentId: { equals: String(id) } },
        ],
      },
      sort: 'sequence',
      limit: 100,
    })
  ).docs as unknown as Json[]

beforeAll(async () => {
  mail = await startMailbox()
  t = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_STARTTLS: 'false',
  })
  team = await createTeam(t)
  trialId = await createPublished(t, team, 'trials', {
    nctId: 'NCT05550031',
    title: 'Watched trial',
    overallStatus: 'RECRUITING',
  })
  otherTrialId = await createPublished(t, team, 'trials', {
    nctId: 'NCT05550032',
    title: 'Other trial',
    overallStatus: 'RECRUITING',
  })
  const body = richText('The trial is now enrolling adults with MS.')
  articles.citing = await createPublished(t, team, 'articles', {
    title: 'Citing article',
    body,
    relatedTrials: [trialId],
  })
  articles.citingBoth = await createPublished(t, team, 'articles', {
    title: 'Citing both',
    body,
    relatedTrials: [otherTrialId, trialId],
  })
  articles.other = await createPublished(t, team, 'articles', {
    title: 'Cites the other',
    body,
    relatedTrials: [otherTrialId],
  })
  articles.draft = await createDraft(t, team, 'articles', {
    title: 'Draft citing',
    body,
    relatedTrials: [trialId],
  })
})
afterAll(async () => {
  await t?.close()
  await mail?.close()
})

describe('a trial whose status changes', () => {
  it('sends every approved article that cites it back to review, even when the change is a draft', async () => {
    const draft = await api(t, `trials/${trialId}?draft=true`, team.writer, {
      method: 'PATCH',
      body: { overallStatus: 'ACTIVE_NOT_RECRUITING' },
    })
    expect(draft.status).toBe(200)
    expect((await latest('articles', articles.citing)).status).toBe('in_review')
    expect((await latest('articles', articles.citingBoth)).status).toBe('in_review')
    expect((await latest('articles', articles.other)).status).toBe('approved')
    expect((await latest('articles', articles.draft)).status).toBe('draft')
  })

  it('does not send them back twice when the change is then published', async () => {
    await publishThroughReview(t, team, 'trials', trialId)
    expect((await api(t, `trials/${trialId}`)).body.overallStatus).toBe('ACTIVE_NOT_RECRUITING')
    const invalidated = (await eventsOf(articles.citing)).filter((item) => item.action === 'invalidated')
    expect(invalidated).toHaveLength(1)
  })

  it('records why in the audit log, and emails the reviewers', async () => {
    const [event] = (await eventsOf(articles.citing)).filter(
      (item) => item.action === 'invalidated',
    )
    expect(event.meaning).toContain('RECRUITING to ACTIVE_NOT_RECRUITING')
    expect(event.details).toMatchObject({
      cited: { collection: 'trials', id: trialId },
      changes: [{ field: 'overallStatus', from: 'RECRUITING', to: 'ACTIVE_NOT_RECRUITING' }],
    })
    expect((await eventsOf(articles.other)).some((item) => item.action === 'invalidated')).toBe(
      false,
    )
    const message = await mail.waitFor('Back to medical review: 2 document(s)')
    expect(message.raw).toContain('Citing article')
  })

  it('refuses to republish a sent-back article until a reviewer signs it off again', async () => {
    const reply = await api(t, `articles/${articles.citing}`, team.writer, {
      method: 'PATCH',
      body: { _status: 'published' },
    })
    expect(reply.status).toBe(403)
    const reasons = (reply.body as Json).errors[0].data.reasons.map((reason: Json) => reason.code)
    expect(reasons).toContain('REVIEW_REOPENED')
    expect((await latest('articles', articles.citing)).status).toBe('in_review')
  })

  it('keeps the articles published for readers meanwhile', async () => {
    const reply = await api(t, `articles/${articles.citing}`)
    expect(reply.status).toBe(200)
    expect(reply.body._status).toBe('published')
  })

  it('does nothing when the trial is republished with the same status', async () => {
    const before = await eventsOf(articles.other)
    // A live edit is refused like any unsigned change; the new sponsor goes through review.
    const live = await api(t, `trials/${otherTrialId}`, team.writer, { method: 'PATCH', body: { sponsor: 'New sponsor name' } })
    expect(live.status).toBe(403)
    await api(t, `trials/${otherTrialId}?draft=true`, team.writer, {
      method: 'PATCH',
      body: { sponsor: 'New sponsor name' },
    })
    await publishThroughReview(t, team, 'trials', otherTrialId)
    expect((await api(t, `trials/${otherTrialId}`)).body.sponsor).toBe('New sponsor name')
    expect((await latest('articles', articles.other)).status).toBe('approved')
    expect(await eventsOf(articles.other)).toEqual(before)
  })
})
