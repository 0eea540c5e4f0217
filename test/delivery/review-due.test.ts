import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { REVIEW_DUE_TASK } from '../../src/delivery/index.js'
import { richText } from '../../app/seed/richText.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { storedReviewGroup } from '../helpers/storedReviewGroup.js'
import {
  api,
  createPublished,
  createTeam,
  type Json,
  type Receiver,
  runJobs,
  startReceiver,
  type Team,
} from './deliveryHarness.js'

let t: TestServer
let team: Team
let mail: Mailbox
let site: Receiver
let dueId: number
let currentId: number

const dueMails = () =>
  mail.messages.filter((message) => message.subject.startsWith('Medical review due'))
const dueEvents = () =>
  site.received
    .map((request) => JSON.parse(request.body) as Json)
    .filter((event) => event.event === 'review.due')
const notices = async () =>
  (await t.payload.find({ collection: 'review-due-notices', limit: 100 })).docs as unknown as Json[]
const runDueJob = async (input: { asOf?: string } = {}) => {
  await t.payload.jobs.queue({ task: REVIEW_DUE_TASK as never, input: input as never })
  await runJobs(t)
}

beforeAll(async () => {
  mail = await startMailbox()
  site = await startReceiver(200)
  t = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_STARTTLS: 'false',
    MEDICAL_REVIEW_WEBHOOKS: JSON.stringify([
      { url: site.url, secret: 'site-secret-0123456789abcdef', events: ['review.due'] },
    ]),
  })
  team = await createTeam(t)
  dueId = await createPublished(t, team, 'articles', {
    title: 'Old article',
    body: richText('Side effects can be serious.'),
  })
  currentId = await createPublished(t, team, 'articles', {
    title: 'Fresh article',
    body: richText('Plain words.'),
  })
  // Thirteen months on: the stored review date has passed (the content itself is untouched).
  const stored = (await t.payload.findByID({
    collection: 'articles',
    id: dueId,
    depth: 0,
  })) as unknown as Json
  const past = new Date(Date.now() - 30 * 86_400_000).toISOString()
  await t.payload.db.updateOne({
    collection: 'articles',
    id: dueId,
    data: {
      medicalReview: storedReviewGroup({ ...stored.medicalReview, nextReviewDue: past }),
      review: { ...stored.review, nextReviewDue: past },
    },
  })
})
afterAll(async () => {
  await t?.close()
  await mail?.close()
  await site?.close()
})

describe('the re-review cadence', () => {
  it('is scheduled daily', () => {
    const task = t.payload.config.jobs.tasks?.find(
      (candidate) => candidate.slug === REVIEW_DUE_TASK,
    )
    expect(task?.schedule).toEqual([{ cron: '0 0 6 * * *', queue: 'default' }])
  })

  it('shows a passed review date to readers, and keeps the content published', async () => {
    const due = await api(t, `articles/${dueId}`)
    expect(due.status).toBe(200)
    expect(due.body._status).toBe('published')
    expect(due.body.review.due).toBe(true)
    expect((await api(t, `articles/${currentId}`)).body.review.due).toBe(false)
  })

  it('records, emails the reviewers and fires review.due for each overdue document', async () => {
    await runDueJob()
    const [notice, ...others] = await notices()
    expect(others).toHaveLength(0)
    expect(notice).toMatchObject({
      documentCollection: 'articles',
      documentId: String(dueId),
      title: 'Old article',
    })
    const [message] = dueMails()
    expect(message.subject).toBe('Medical review due: 1 document(s)')
    expect(message.to).toEqual([team.reviewer.user.email])
    expect(message.raw).toContain('Old article')
    expect(message.raw).not.toContain('Fresh article')
    const [event] = dueEvents()
    expect(event).toMatchObject({
      collection: 'articles',
      document: { id: dueId, status: 'published' },
      review: { due: true },
    })
    expect((await api(t, `articles/${dueId}`)).body._status).toBe('published')
  })

  it('announces each due date once, however often it runs', async () => {
    await runDueJob()
    await runDueJob()
    expect(await notices()).toHaveLength(1)
    expect(dueMails()).toHaveLength(1)
    expect(dueEvents()).toHaveLength(1)
  })

  it('announces the next document when its own date comes', async () => {
    await runDueJob({ asOf: new Date(Date.now() + 400 * 86_400_000).toISOString() })
    expect((await notices()).map((notice) => notice.documentId).sort()).toEqual(
      [String(dueId), String(currentId)].sort(),
    )
    expect(dueMails().map((message) => message.subject)).toEqual([
      'Medical review due: 1 document(s)',
      'Medical review due: 1 document(s)',
    ])
    expect(dueMails()[1].raw).toContain('Fresh article')
    expect(dueEvents()).toHaveLength(2)
  })

  it('keeps the notices from anonymous readers and writers', async () => {
    expect((await api(t, 'review-due-notices')).status).toBe(403)
    expect((await api(t, 'review-due-notices', team.writer)).status).toBe(403)
    expect((await api(t, 'review-due-notices', team.reviewer)).body.docs).toHaveLength(2)
    expect((await api(t, 'review-due-notices', team.admin, { body: { key: 'x' } })).status).toBe(
      403,
    )
  })
})
