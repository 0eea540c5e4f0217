import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { medicalReviewDelivery, WEBHOOK_TASK } from '../../src/delivery/index.js'
import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * On a collection with Payload's trash, moving a document there is an update (`deletedAt`), so no
 * delete hook runs. Moving published, signed content there withdraws it from readers and was
 * recorded as "published"; taking it out puts it back live. Each is recorded as what it is, and the
 * audit check reads a row in the trash as not live.
 */
let site: NoteSite
beforeAll(async () => {
  site = await startNoteSite({
    fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }],
    trash: true,
    // Webhooks are queued as jobs; nothing here runs them, so no endpoint need answer.
    plugins: [
      medicalReviewDelivery({
        review: { ...medicalReviewOptions, collections: { [NOTES]: {} }, claims: {} },
        webhooks: { endpoints: [{ url: 'https://sites.example.test/hook', secret: 'site-secret-0123456789abcdef' }] },
      }),
    ],
  })
}, 120_000)
afterAll(() => site?.close())

const webhookEvents = async () =>
  (await site.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: WEBHOOK_TASK } }, sort: 'createdAt', limit: 100, depth: 0 })).docs.map(
    (job) => (job as unknown as { input: { event: string } }).input.event,
  )

const actions = async (id: number | string) =>
  (await site.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) } }, sort: 'sequence', depth: 0, limit: 100 })).docs.map(
    (event) => (event as unknown as { action: string }).action,
  )

describe('moving published, signed content to the trash and back', () => {
  it('is recorded as a withdrawal and a return, and the audit check agrees at each step', async () => {
    const { payload, writer, reviewer, as } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Pacing', body: 'Pacing can help with fatigue.' } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, note.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    const before = (await actions(note.id)).length
    const hooksBefore = (await webhookEvents()).length
    const liveMismatches = async () => (await verifyAuditChain(payload)).liveContent.mismatches.filter((mismatch) => mismatch.id === String(note.id))

    await payload.update({ collection: NOTES, id: note.id, data: { deletedAt: new Date().toISOString() } as never, ...as(writer) })
    const inTrash = {
      reader: Boolean(await site.readerSees(note.id)),
      added: (await actions(note.id)).slice(before),
      mismatches: await liveMismatches(),
      webhooks: (await webhookEvents()).slice(hooksBefore),
    }
    await payload.update({ collection: NOTES, id: note.id, data: { deletedAt: null } as never, trash: true, ...as(writer) } as never)
    const back = {
      reader: Boolean(await site.readerSees(note.id)),
      added: (await actions(note.id)).slice(before),
      mismatches: await liveMismatches(),
      webhooks: (await webhookEvents()).slice(hooksBefore),
    }
    expect({ inTrash, back }).toEqual({
      inTrash: { reader: false, added: ['unpublished'], mismatches: [], webhooks: ['unpublished'] },
      back: { reader: true, added: ['unpublished', 'published'], mismatches: [], webhooks: ['unpublished', 'published'] },
    })
  })

  it('leaves the audit log alone when a draft save names the trash, since readers still get the document', async () => {
    const { payload, writer, reviewer, as } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Sleep', body: 'Keep a regular bedtime.' } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, note.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    const before = (await actions(note.id)).length
    await payload.update({ collection: NOTES, id: note.id, data: { deletedAt: new Date().toISOString() } as never, draft: true, ...as(writer) }).catch(() => undefined)
    const mismatches = (await verifyAuditChain(payload)).liveContent.mismatches.filter((mismatch) => mismatch.id === String(note.id))
    expect({ reader: Boolean(await site.readerSees(note.id)), added: (await actions(note.id)).slice(before), mismatches }).toEqual({ reader: true, added: [], mismatches: [] })
  })
})
