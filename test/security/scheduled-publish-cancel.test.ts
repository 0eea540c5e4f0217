import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq } from 'payload'

import { richText } from '../../app/seed/richText.js'
import { type Attacker, startAttacker } from './securityHarness.js'

/**
 * The admin's "schedule publish" server function (Payload's `schedulePublishHandler`) lets anyone
 * who may use the admin delete any scheduled publish, by job id, with access overridden: a writer
 * who was not the article's author cancelled an admin's scheduled publish of a signed article,
 * queued an unpublish in its place, and nothing was recorded. A scheduled publish of reviewed
 * content is now cancelled only by whoever scheduled it or by whom the site lets cancel jobs (the
 * demo: admins), and every cancel is an audit event.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000)

describe('cancelling a scheduled publish of reviewed content', () => {
  const schedule = async (id: number, by: Attacker['admin']) =>
    a.t.payload.jobs.queue({
      task: 'schedulePublish',
      // Payload keeps the document's id as text (payloadcms/payload#10481).
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) as never }, user: { relationTo: 'users', value: by.user.id } },
      waitUntil: tomorrow(),
    })
  const cancelAs = async (user: Attacker['admin'], jobId: number | string, id: number) => {
    const req = await createLocalReq({ user: { ...user.user, collection: 'users' } as never }, a.t.payload)
    return schedulePublishHandler({ type: 'unpublish', deleteID: jobId, doc: { relationTo: 'articles', value: String(id) }, date: tomorrow(), req } as never)
  }
  const scheduled = async () =>
    (await a.t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0, limit: 0 })).docs.map((job) => ({
      type: (job.input as { type?: string }).type,
      by: (job.input as { user?: { value: unknown } }).user?.value,
    }))
  const cancelEvents = async (id: number) =>
    (await a.t.payload.find({ collection: 'review-events', where: { action: { equals: 'schedule_cancelled' }, documentId: { equals: String(id) } }, depth: 0, limit: 0 })).docs.map(
      (event) => event.actorName,
    )

  it('is refused to a writer who did not schedule it, and the admin’s schedule stays', async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: 'Launch piece', body: richText('Walking may lift mood.') } })
    const id = created.body.doc.id as number
    await a.reviewAndSign('articles', id)
    const job = await schedule(id, a.admin)
    const answer = await cancelAs(a.writer2, job.id, id)
    expect({ answer, scheduled: await scheduled(), events: await cancelEvents(id) }).toEqual({
      answer: expect.objectContaining({ error: expect.any(String) }),
      scheduled: [{ type: 'publish', by: a.admin.user.id }],
      events: [],
    })
    await a.t.payload.delete({ collection: 'payload-jobs', id: job.id })
  })

  it('is allowed to whoever scheduled it and to an admin, and each cancel is recorded', async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: 'Sleep piece', body: richText('Sleep may lift mood.') } })
    const id = created.body.doc.id as number
    const own = await schedule(id, a.writer2)
    const byScheduler = await cancelAs(a.writer2, own.id, id)
    const replacement = (await a.t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0 })).docs[0]!
    const byAdmin = await cancelAs(a.admin, replacement.id, id)
    expect({ byScheduler, byAdmin, events: (await cancelEvents(id)).length }).toEqual({
      byScheduler: expect.objectContaining({ message: expect.any(String) }),
      byAdmin: expect.objectContaining({ message: expect.any(String) }),
      events: 2,
    })
  })
})
