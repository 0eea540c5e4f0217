import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * A sign-off covers the documents a note relates to, by id. Deleting one of them changed a
 * published note with no write to it: SQL databases drop the relation (a list loses the drug, a
 * single relation turns null), so readers got a contraindication list no reviewer signed. Such a
 * delete is refused while live reviewed content relates to the document, through any field shape.
 */
type Doc = { id: number | string }

describe('deleting a document that published, reviewed content relates to', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'doNotCombineWith', type: 'relationship', relationTo: 'drugs' as never, hasMany: true },
        { name: 'firstChoice', type: 'relationship', relationTo: 'drugs' as never },
        { name: 'sources', type: 'array', fields: [{ name: 'item', type: 'relationship', relationTo: ['drugs', 'leaflets'] as never }] },
      ],
      collections: [
        { slug: 'drugs', access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] },
        { slug: 'leaflets', access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] },
      ],
    })
  }, 120_000)
  afterAll(() => site.close())

  const create = (collection: string, name: string) => site.payload.create({ collection: collection as never, data: { name } as never }) as Promise<Doc>

  it('is refused for a drug in a list, a single relation or a polymorphic row, and readers keep the signed note', async () => {
    const { payload, writer, reviewer, as } = site
    const [warfarin, ibuprofen, paracetamol, leaflet] = await Promise.all([create('drugs', 'Warfarin'), create('drugs', 'Ibuprofen'), create('drugs', 'Paracetamol'), create('leaflets', 'Aspirin leaflet')])
    const draft = await payload.create({
      collection: NOTES,
      data: { title: 'Aspirin', doNotCombineWith: [warfarin.id, ibuprofen.id], firstChoice: paracetamol.id, sources: [{ item: { relationTo: 'leaflets', value: leaflet.id } }] } as never,
      draft: true,
      ...as(writer),
    })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })

    const codes = [
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: warfarin.id, ...as(writer) })),
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: paracetamol.id, ...as(writer) })),
      // Server code too: the content would change all the same.
      await refusalCode(() => payload.delete({ collection: 'leaflets' as never, id: leaflet.id })),
    ]
    const reader = await site.readerSees(draft.id)
    const sources = (reader?.sources as { item: { relationTo: string; value: unknown } }[] | undefined)?.map((row) => row.item.value)
    expect({ codes, doNotCombineWith: reader?.doNotCombineWith, firstChoice: reader?.firstChoice, sources }).toEqual({
      codes: ['RELATED_TO_LIVE_CONTENT', 'RELATED_TO_LIVE_CONTENT', 'RELATED_TO_LIVE_CONTENT'],
      doNotCombineWith: [warfarin.id, ibuprofen.id],
      firstChoice: paracetamol.id,
      sources: [leaflet.id],
    })
  })

  it('lets a document go that only drafts relate to, or that is unrelated', async () => {
    const { payload, writer, as } = site
    const [aspirin, codeine] = await Promise.all([create('drugs', 'Aspirin'), create('drugs', 'Codeine')])
    await payload.create({ collection: NOTES, data: { title: 'Draft only', firstChoice: aspirin.id } as never, draft: true, ...as(writer) })
    const codes = [
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: aspirin.id, ...as(writer) })),
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: codeine.id, ...as(writer) })),
    ]
    const left = await payload.count({ collection: 'drugs' as never, where: { id: { in: [aspirin.id, codeine.id] } } })
    expect({ codes, left: left.totalDocs }).toEqual({ codes: [undefined, undefined], left: 0 })
  })
})
