import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { reviewActions } from 'payload-medical-review'

import { requestAs, reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, refusalCode, startNoteSite, type NoteSite } from './noteSite.js'

/**
 * Blocks a site defines once in its config and names in a field's `blockReferences` (Payload's
 * shared blocks) reach readers as any block does: their text is reviewed content.
 */
let site: NoteSite

beforeAll(async () => {
  site = await startNoteSite({
    blocks: [
      {
        slug: 'callout',
        fields: [
          { name: 'text', type: 'textarea' },
          { name: 'source', type: 'relationship', relationTo: ['leaflets', 'drugs'] as never },
        ],
      },
    ],
    fields: [
      { name: 'title', type: 'text' },
      { name: 'layout', type: 'blocks', blocks: [], blockReferences: ['callout' as never] },
    ],
    collections: [
      { slug: 'leaflets', access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] },
      { slug: 'drugs', access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] },
    ],
  })
}, 120_000)

afterAll(() => site.close())

describe('shared blocks (blockReferences)', () => {
  it('finds the claims in a shared block, and refuses to publish its text changed after sign-off', async () => {
    const { payload, writer, reviewer, as } = site
    const draft = await payload.create({
      collection: NOTES,
      data: { title: 'Pacing', layout: [{ blockType: 'callout', text: 'Pacing can help some people manage fatigue.' }] } as never,
      draft: true,
      ...as(writer),
    })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    expect(JSON.stringify(await site.readerSees(draft.id))).toContain('Pacing can help')

    await payload.update({
      collection: NOTES,
      id: draft.id,
      data: { layout: [{ blockType: 'callout', text: 'This supplement cures MS.' }] } as never,
      draft: true,
      ...as(writer),
    })
    const state = await reviewActions(payload).state(await requestAs(payload, reviewer), NOTES, draft.id)
    expect(state.claims.filter((claim) => claim.field === 'layout.0.text').map((claim) => claim.category)).toContain('cure_remission')
    const refused = await refusalCode(async () => {
      await payload.update({ collection: NOTES, id: draft.id, data: { _status: 'published' } as never, ...as(writer) })
    })
    expect(refused).toBe('MEDICAL_REVIEW_REQUIRED')
    expect(JSON.stringify(await site.readerSees(draft.id))).not.toContain('cures MS')
  })

  it('answers a query comparing a relation in a shared block with a { relationTo, value } pair', async () => {
    const { payload, writer, as } = site
    const leaflet = (await payload.create({ collection: 'leaflets' as never, data: { name: 'Fatigue leaflet' } as never })) as { id: number | string }
    await payload.create({
      collection: NOTES,
      data: { title: 'Sourced', layout: [{ blockType: 'callout', text: 'Rest helps.', source: { relationTo: 'leaflets', value: leaflet.id } }] } as never,
      draft: true,
      ...as(writer),
    })
    // A fresh pair each time: the MongoDB adapter turns the id in a query into an ObjectId in place.
    const where = () => ({ 'layout.source': { equals: { relationTo: 'leaflets', value: leaflet.id } } })
    const code = await refusalCode(() => payload.count({ collection: NOTES, where: where() as never, ...as(writer) }))
    const found = await payload.count({ collection: NOTES, where: where() as never, ...as(writer) })
    expect({ code, found: found.totalDocs }).toEqual({ code: undefined, found: 1 })
  })
})
