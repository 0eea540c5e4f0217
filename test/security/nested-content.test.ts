import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { reviewActions } from 'payload-medical-review'

import { requestAs, reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, refusalCode, refusalOf, startNoteSite, type NoteSite } from './noteSite.js'

/**
 * Inside a group, row or block, a site's fields may take any name, among them names Payload or the
 * editor use for bookkeeping on the document or on rich-text nodes (`updatedAt`, `id`, `version`,
 * `direction`). There they are content a reader receives, so a sign-off binds them and the scan
 * reads them.
 */
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
})
// "Directions" for use, as a pharmacy leaflet prints them, and the leaflet's version.
const dosing = (direction: string, version: string): { type: string; version: number; format: string; fields: Record<string, unknown> } => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: '65f0c0ffee0000000000abcd', blockName: '', blockType: 'dosing', drug: 'Ibuprofen', direction, version },
})
const leaflet = (direction: string, version: string) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [paragraph('How to take it.'), dosing(direction, version)] },
})
const SIGNED_DIRECTION = 'Take 200 mg every 6 hours; no more than 1200 mg a day.'

const publishSigned = async (site: NoteSite, data: Record<string, unknown>) => {
  const { payload, writer, reviewer, as } = site
  const draft = await payload.create({ collection: NOTES, data: data as never, draft: true, ...as(writer) })
  await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
  return draft.id
}

describe('fields named like bookkeeping, inside a group or a list', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'source', type: 'group', fields: [{ name: 'name', type: 'text' }, { name: 'updatedAt', type: 'text' }] },
        // A list whose rows carry an id of the site's own, which readers receive.
        { name: 'doses', type: 'array', fields: [{ name: 'id', type: 'text' }, { name: 'amount', type: 'text' }] },
        { name: 'steps', type: 'array', fields: [{ name: 'step', type: 'text' }] },
      ],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a live edit of them after sign-off, and readers keep the signed text', async () => {
    const { payload, writer, as } = site
    const id = await publishSigned(site, { title: 'Doses', source: { name: 'NICE', updatedAt: 'Reviewed 2026' }, doses: [{ id: 'adult', amount: '5 mg' }] })
    const refusal = await refusalOf(() =>
      payload.update({ collection: NOTES, id, data: { source: { name: 'NICE', updatedAt: 'This tea cures MS' } } as never, ...as(writer) }),
    )
    const rowRefusal = await refusalOf(() =>
      payload.update({ collection: NOTES, id, data: { doses: [{ id: 'take-50-tablets-a-day', amount: '5 mg' }] } as never, ...as(writer) }),
    )
    const after = await site.readerSees(id)
    expect({ refusal: refusal?.code, rowRefusal: rowRefusal?.code, source: after?.source, doses: after?.doses }).toEqual({
      refusal: 'MEDICAL_REVIEW_REQUIRED',
      rowRefusal: 'MEDICAL_REVIEW_REQUIRED',
      source: { name: 'NICE', updatedAt: 'Reviewed 2026' },
      doses: [{ id: 'adult', amount: '5 mg' }],
    })
  })

  it('finds a claim written in one', async () => {
    const { payload, writer, as } = site
    const draft = await payload.create({ collection: NOTES, data: { title: 'Tea', source: { updatedAt: 'This tea cures MS.' } } as never, draft: true, ...as(writer) })
    const state = await reviewActions(payload).state(await requestAs(payload, site.reviewer), NOTES, draft.id)
    expect(state.claims.map((claim) => `${claim.field} ${claim.category}`)).toContain('source.updatedAt cure_remission')
  })

  it('leaves out the ids Payload gives rows: a re-save that sends rows without them changes nothing', async () => {
    const { payload, writer, as } = site
    const id = await publishSigned(site, { title: 'Steps', steps: [{ step: 'Rest.' }, { step: 'Drink water.' }] })
    const live = await site.readerSees(id)
    expect((live?.steps as { id?: unknown }[])[0]!.id).toEqual(expect.any(String))
    // New rows with the same words get new ids from Payload; the signed content is the same.
    await payload.update({ collection: NOTES, id, data: { steps: [{ step: 'Rest.' }, { step: 'Drink water.' }] } as never, ...as(writer) })
    const after = await site.readerSees(id)
    expect({ status: after?._status, steps: (after?.steps as { step: string }[]).map((row) => row.step) }).toEqual({
      status: 'published',
      steps: ['Rest.', 'Drink water.'],
    })
  })
})

describe('fields of a block inside rich text, named like the editor’s own keys', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        {
          name: 'body',
          type: 'richText',
          editor: lexicalEditor({
            features: ({ defaultFeatures }) => [
              ...defaultFeatures,
              BlocksFeature({
                blocks: [
                  {
                    slug: 'dosing',
                    fields: [
                      { name: 'drug', type: 'text' },
                      { name: 'direction', type: 'textarea' },
                      { name: 'version', type: 'text' },
                      // Named like a link's target: on a block they are the site's own text.
                      { name: 'url', type: 'text' },
                      { name: 'doc', type: 'text' },
                    ],
                  },
                ],
              }),
            ],
          }),
        },
      ],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a live edit of them after sign-off, and readers keep the signed text', async () => {
    const { payload, writer, as } = site
    const id = await publishSigned(site, { title: 'Ibuprofen', body: leaflet(SIGNED_DIRECTION, 'Leaflet v1') })
    const refusal = await refusalOf(() =>
      payload.update({ collection: NOTES, id, data: { body: leaflet('Take 2000 mg every hour; it cures arthritis.', 'Leaflet v9') } as never, ...as(writer) }),
    )
    const live = await site.readerSees(id)
    const fields = (live?.body as { root: { children: { fields?: Record<string, unknown> }[] } }).root.children[1]!.fields
    expect({ refusal: refusal?.code, direction: fields?.direction, version: fields?.version, status: live?._status }).toEqual({
      refusal: 'MEDICAL_REVIEW_REQUIRED',
      direction: SIGNED_DIRECTION,
      version: 'Leaflet v1',
      status: 'published',
    })
  })

  it('finds a claim written in one', async () => {
    const { payload, writer, reviewer, as } = site
    const draft = await payload.create({
      collection: NOTES,
      data: { title: 'Leaflet', body: leaflet('This tablet cures arthritis.', 'Leaflet v3') } as never,
      draft: true,
      ...as(writer),
    })
    const state = await reviewActions(payload).state(await requestAs(payload, reviewer), NOTES, draft.id)
    expect(state.claims.map((claim) => `${claim.field} ${claim.category} ${claim.text}`)).toContain('body cure_remission cures arthritis')
  })

  it('finds a claim in a block field named like a link’s target', async () => {
    const { payload, writer, reviewer, as } = site
    const body = leaflet(SIGNED_DIRECTION, 'Leaflet v4')
    const block = body.root.children[1] as ReturnType<typeof dosing>
    Object.assign(block.fields, { url: 'It is approved and 100% safe.', doc: 'This tea cures multiple sclerosis.' })
    const draft = await payload.create({ collection: NOTES, data: { title: 'Tea', body } as never, draft: true, ...as(writer) })
    const state = await reviewActions(payload).state(await requestAs(payload, reviewer), NOTES, draft.id)
    expect(state.claims.map((claim) => `${claim.field} ${claim.category}`)).toEqual(
      expect.arrayContaining(['body cure_remission', 'body safety_side_effects']),
    )
  })

  it('keeps only the id of a document a relationship node carries, and refuses an id that names nothing', async () => {
    const { payload, writer, as } = site
    const other = await payload.create({ collection: NOTES, data: { title: 'Other' } as never, draft: true, ...as(writer) })
    const pointing = (value: unknown) => ({
      root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [paragraph('See also:'), { type: 'relationship', version: 2, format: '', relationTo: NOTES, value }] },
    })
    // A document in place of the id (a read at depth 1 written back, or forged): Payload would serve it as sent at depth 0.
    const saved = await payload.create({
      collection: NOTES,
      data: { title: 'See also', body: pointing({ id: other.id, title: 'This tea cures multiple sclerosis.' }) } as never,
      draft: true,
      ...as(writer),
    })
    const stored = (await payload.findByID({ collection: NOTES, id: saved.id, draft: true, depth: 0, overrideAccess: true })) as unknown as { body: unknown }
    expect(JSON.stringify(stored.body)).not.toContain('cures')
    expect((stored.body as { root: { children: { value?: unknown }[] } }).root.children[1]!.value).toBe(other.id)
    const refused = await refusalCode(() =>
      payload.create({ collection: NOTES, data: { title: 'See also', body: pointing('This tea cures multiple sclerosis.') } as never, draft: true, ...as(writer) }),
    )
    expect(refused).toBe('INVALID_INPUT')
  })

  it('still ignores the editor’s own keys on its nodes: a re-save with another text direction changes nothing', async () => {
    const { payload, writer, as } = site
    const id = await publishSigned(site, { title: 'Paracetamol', body: leaflet(SIGNED_DIRECTION, 'Leaflet v2') })
    const resaved = leaflet(SIGNED_DIRECTION, 'Leaflet v2')
    resaved.root.direction = 'rtl'
    resaved.root.children[0] = { ...paragraph('How to take it.'), direction: 'rtl', textFormat: 1, version: 2 }
    await payload.update({ collection: NOTES, id, data: { body: resaved } as never, ...as(writer) })
    expect(await site.readerSees(id)).toMatchObject({ _status: 'published' })
  })
})
