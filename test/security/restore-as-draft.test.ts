import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Attacker, codeOf, type Json, startAttacker } from './securityHarness.js'

/**
 * Restoring a version as a draft (`?draft=true`) writes a draft and leaves readers alone. Payload
 * hands the hooks the old version's `_status: 'published'` and sets 'draft' only after them, so the
 * gate judged it as a publish: refused, and a `publish_blocked` event logged for a publish nobody
 * tried. The restored draft is still new text to the sign-off in force.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
})
afterAll(async () => a?.close())

const actionsOf = async (id: number | string) =>
  (await a.t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) } }, sort: 'sequence', limit: 1000 })).docs.map(
    (event) => (event as Json).action as string,
  )

describe('restoring an older published version as a draft', () => {
  it('saves the old text as a draft, logs no refused publish, keeps readers on the signed text, and needs a new sign-off to publish', async () => {
    const created = await a.call('articles?draft=true', a.writer, {
      body: { title: `Restore ${Math.random()}`, body: richText('CAR T does not cure MS.'), conditions: ['Multiple sclerosis'] },
    })
    const id = created.body.doc.id as number
    await a.reviewAndSign('articles', id)
    await a.publish('articles', id)
    const { docs } = await a.t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-createdAt', limit: 100, depth: 0 })
    const firstPublished = (docs as Json[]).find((version) => version.version._status === 'published')!
    await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { summary: 'A second signed summary.' } })
    await a.reviewAndSign('articles', id)
    await a.publish('articles', id)
    const readerBefore = await a.readerSees('articles', id)
    const actionsBefore = await actionsOf(id)

    const restored = await a.call(`articles/versions/${firstPublished.id}?draft=true`, a.writer, { body: {} })
    const draft = await a.latest('articles', id)
    const restoreActions = (await actionsOf(id)).slice(actionsBefore.length)
    const republish = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })

    expect({
      restored: [restored.status, codeOf(restored.body)],
      draft: [draft._status, draft.summary ?? null],
      restoreActions,
      republish: [republish.status, codeOf(republish.body)],
      readerSummary: (await a.readerSees('articles', id))?.summary,
    }).toEqual({
      restored: [200, undefined],
      draft: ['draft', null],
      restoreActions: expect.not.arrayContaining(['publish_blocked']),
      republish: [403, 'MEDICAL_REVIEW_REQUIRED'],
      readerSummary: readerBefore?.summary,
    })
    expect(readerBefore?.summary).toBe('A second signed summary.')
  })
})
