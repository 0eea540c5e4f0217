import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { WEBHOOK_TASK } from '../../src/delivery/index.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { api, createDraft, createTeam, type Json, publishThroughReview, type Team } from './deliveryHarness.js'

/**
 * Restoring a version as a draft (`POST /api/articles/versions/:id?draft=true`, the admin's
 * "restore as draft") writes a draft version only: the live row, and what readers get, stay as
 * they were. The delivery plugin tells draft saves apart in a beforeOperation hook that looks at
 * create and update only, so a restore-as-draft is taken for a write of the live row and announced
 * to every site as `unpublished` (one event per restore), while readers still get the signed,
 * published article.
 */
let t: TestServer
let team: Team
beforeAll(async () => {
  t = await startTestServer({
    MEDICAL_REVIEW_WEBHOOKS: JSON.stringify([{ url: 'https://sites.example.test/hook', secret: 'site-secret-0123456789abcdef' }]),
  })
  team = await createTeam(t)
}, 180_000)
afterAll(async () => t?.close())

const queued = async (): Promise<Json[]> =>
  (await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: WEBHOOK_TASK } }, sort: 'createdAt', limit: 100, depth: 0 })).docs.map(
    (job) => JSON.parse((job as unknown as Json).input.body) as Json,
  )

const versionsOf = async (id: number) =>
  (await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: 'createdAt', limit: 100, depth: 0 })).docs as unknown as Json[]

describe('restoring a version as a draft over a published article', () => {
  it('announces no unpublish: readers still get the signed, published article', async () => {
    const id = await createDraft(t, team, 'articles', { title: 'Old title', slug: 'old-slug', body: richText('Pacing can help with fatigue.') })
    await publishThroughReview(t, team, 'articles', id)
    const oldPublished = (await versionsOf(id)).find((version) => version.version._status === 'published')!
    await api(t, `articles/${id}?draft=true`, team.writer, { method: 'PATCH', body: { title: 'New title', slug: 'new-slug' } })
    await publishThroughReview(t, team, 'articles', id)
    await api(t, `articles/${id}?draft=true`, team.writer, { method: 'PATCH', body: { title: 'UNSIGNED draft title', slug: 'unsigned-slug' } })
    const unsignedDraft = (await versionsOf(id)).at(-1)!
    expect(unsignedDraft.version.title).toBe('UNSIGNED draft title')
    const before = (await queued()).length

    const restoreOld = await api(t, `articles/versions/${oldPublished.id}?draft=true`, team.writer, { body: {} })
    const restoreDraft = await api(t, `articles/versions/${unsignedDraft.id}?draft=true`, team.writer, { body: {} })

    const reader = await api(t, `articles/${id}?depth=0`)
    const events = (await queued()).slice(before).map((body) => [body.event, body.document.title, body.document.slug])
    expect({
      restores: [restoreOld.status, restoreDraft.status],
      reader: [reader.status, reader.body.title, reader.body._status],
      events,
    }).toEqual({
      restores: [200, 200],
      reader: [200, 'New title', 'published'],
      events: [],
    })
  })
})
