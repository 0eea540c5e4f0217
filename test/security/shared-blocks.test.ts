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
    blocks: [{ slug: 'callout', fields: [{ name: 'text', type: 'textarea' }] }],
    fields: [
      { name: 'title', type: 'text' },
      { name: 'layout', type: 'blocks', blocks: [], blockReferences: ['callout' as never] },
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
})
