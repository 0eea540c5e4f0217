import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalOf, startNoteSite } from './noteSite.js'

type Doc = { id: number | string }
type Row = { drug?: unknown; ref?: unknown }

/**
 * The delete rule for related documents (related-delete.test.ts), where the relation sits in a
 * block whose field name another block shares, or in one locale only.
 */
const related = [
  { slug: 'drugs', access: { read: () => true }, fields: [{ name: 'name', type: 'text' as const }] },
  { slug: 'leaflets', access: { read: () => true }, fields: [{ name: 'name', type: 'text' as const }] },
]

/** What each test does on its site: make a drug, publish a signed note, try to delete a drug. */
const actionsOn = (site: () => NoteSite) => ({
  create: (name: string) => site().payload.create({ collection: 'drugs' as never, data: { name } as never }) as Promise<Doc>,
  publish: async (data: Record<string, unknown>, locale = 'en') => {
    const { payload, writer, reviewer, as } = site()
    const draft = await payload.create({ collection: NOTES, data: data as never, draft: true, locale: locale as never, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    return draft.id
  },
  del: (id: number | string) => refusalOf(() => site().payload.delete({ collection: 'drugs' as never, id })),
})

describe('deleting a document live reviewed content relates to through blocks or another locale', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      localization: { locales: ['en', 'es'], defaultLocale: 'en', fallback: false },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'localizedDrug', type: 'relationship', relationTo: 'drugs' as never, localized: true },
        {
          name: 'layout',
          type: 'blocks',
          blocks: [
            { slug: 'first', fields: [{ name: 'drug', type: 'relationship', relationTo: 'drugs' as never }] },
            { slug: 'second', fields: [{ name: 'drug', type: 'relationship', relationTo: 'drugs' as never }] },
          ],
        },
      ],
      collections: related,
    })
  }, 120_000)
  afterAll(() => site.close())

  const { create, publish, del } = actionsOn(() => site)

  it('is refused for a relation in the second of two blocks that name the field alike (SQL reads the first block’s table)', async () => {
    const drug = await create('Warfarin')
    const id = await publish({ title: 'Second block', layout: [{ blockType: 'second', drug: drug.id }] })
    const before = await site.readerSees(id)
    const refusal = await del(drug.id)
    const after = await site.readerSees(id)
    expect({ code: refusal?.code, before: (before?.layout as Row[])[0]!.drug, after: (after?.layout as Row[])[0]!.drug }).toEqual({
      code: 'RELATED_TO_LIVE_CONTENT', before: drug.id, after: drug.id,
    })
  })

  it('is refused for a localized relation set only in a non-default locale', async () => {
    const drug = await create('Codeine')
    const id = await publish({ title: 'Spanish only', localizedDrug: drug.id }, 'es')
    const before = await site.readerSees(id, 'es')
    const refusal = await del(drug.id)
    const after = await site.readerSees(id, 'es')
    expect({ code: refusal?.code, before: before?.localizedDrug, after: after?.localizedDrug }).toEqual({
      code: 'RELATED_TO_LIVE_CONTENT', before: drug.id, after: drug.id,
    })
  })
})

describe('a field name two blocks give different relation shapes', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        {
          name: 'layout',
          type: 'blocks',
          blocks: [
            { slug: 'third', fields: [{ name: 'ref', type: 'relationship', relationTo: 'drugs' as never }] },
            { slug: 'fourth', fields: [{ name: 'ref', type: 'relationship', relationTo: ['drugs', 'leaflets'] as never }] },
          ],
        },
        // Not stored, so no delete changes it; querying it would fail.
        { name: 'shown', type: 'relationship', relationTo: 'drugs' as never, virtual: true },
      ],
      collections: related,
    })
  }, 120_000)
  afterAll(() => site.close())
  const { create, publish, del } = actionsOn(() => site)

  it('lets an unrelated drug go, past a virtual relation to drugs', async () => {
    const unrelated = await create('Never used')
    const refusal = await del(unrelated.id)
    expect(refusal).toBeUndefined()
  })

  it('is refused for a relation in a block whose field of the same name is polymorphic in another block', async () => {
    const drug = await create('Ibuprofen')
    const id = await publish({ title: 'Third block', layout: [{ blockType: 'third', ref: drug.id }] })
    const refusal = await del(drug.id)
    const after = await site.readerSees(id)
    expect({ code: refusal?.code, after: (after?.layout as Row[])[0]!.ref }).toEqual({ code: 'RELATED_TO_LIVE_CONTENT', after: drug.id })
  })

})
