import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * Moving a document to Payload's trash is an update (`deletedAt`), so the delete rule never saw it,
 * yet readers then got a relation to it as null: the admin's "Move to trash" emptied a signed note's
 * first-choice drug with no write to the note and no audit event, and an internal link in its rich
 * text too. Such a move is refused while live reviewed content relates to the document.
 */
type Doc = { id: number | string }

describe('moving a document that published, reviewed content relates to into the trash', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'firstChoice', type: 'relationship', relationTo: 'drugs' as never },
        { name: 'avoid', type: 'relationship', relationTo: 'drugs' as never, hasMany: true },
        { name: 'body', type: 'richText', editor: lexicalEditor() },
      ],
      collections: [{ slug: 'drugs', trash: true, access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] }],
    })
  }, 120_000)
  afterAll(() => site.close())

  const drug = (name: string) => site.payload.create({ collection: 'drugs' as never, data: { name } as never }) as Promise<Doc>
  const trash = (id: number | string, as = site.as(site.writer)) =>
    refusalCode(() => site.payload.update({ collection: 'drugs' as never, id, data: { deletedAt: new Date().toISOString() } as never, ...as }))

  it('is refused, one by one or in bulk, and readers keep the signed relations', async () => {
    const { payload, writer, reviewer, as } = site
    const [paracetamol, warfarin] = await Promise.all([drug('Paracetamol'), drug('Warfarin')])
    const draft = await payload.create({ collection: NOTES, data: { title: 'Pain relief', firstChoice: paracetamol.id, avoid: [warfarin.id] } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })

    const single = await trash(paracetamol.id)
    const bulk = await payload.update({
      collection: 'drugs' as never,
      where: { id: { in: [warfarin.id] } },
      data: { deletedAt: new Date().toISOString() } as never,
      ...as(writer),
    })
    const reader = (await payload.findByID({ collection: NOTES, id: draft.id, depth: 1, overrideAccess: false })) as unknown as Record<string, unknown>
    const stored = await payload.find({ collection: 'drugs' as never, where: { id: { in: [paracetamol.id, warfarin.id] } }, trash: true, depth: 0 })
    expect({
      single,
      bulkErrors: bulk.errors.map((error) => (error as { message: string }).message.startsWith('Not moved to the trash')),
      firstChoice: (reader.firstChoice as { name?: string } | null)?.name,
      avoid: (reader.avoid as { name?: string }[]).map((item) => item?.name),
      inTrash: stored.docs.filter((doc) => (doc as { deletedAt?: unknown }).deletedAt).length,
    }).toEqual({ single: 'RELATED_TO_LIVE_CONTENT', bulkErrors: [true], firstChoice: 'Paracetamol', avoid: ['Warfarin'], inTrash: 0 })
  })

  it('lets a document go to the trash, and back, that only drafts relate to', async () => {
    const { payload, writer, as } = site
    const aspirin = await drug('Aspirin')
    await payload.create({ collection: NOTES, data: { title: 'Draft only', firstChoice: aspirin.id } as never, draft: true, ...as(writer) })
    const moved = await trash(aspirin.id)
    const back = await refusalCode(() => payload.update({ collection: 'drugs' as never, id: aspirin.id, data: { deletedAt: null } as never, trash: true, ...as(writer) }))
    const stored = (await payload.findByID({ collection: 'drugs' as never, id: aspirin.id, trash: true, depth: 0 })) as { deletedAt?: unknown }
    expect({ moved, back, deletedAt: stored.deletedAt ?? null }).toEqual({ moved: undefined, back: undefined, deletedAt: null })
  })

  it('is refused for a document an internal link in live rich text names, and readers keep the link', async () => {
    const { payload, writer, reviewer, as } = site
    const codeine = await drug('Codeine')
    const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
    const link = { type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'drugs', value: codeine.id } }, children: [text('codeine')] }
    const body = { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [text('Avoid '), link] }] } }
    const draft = await payload.create({ collection: NOTES, data: { title: 'Cough', body } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    const code = await trash(codeine.id)
    const reader = (await payload.findByID({ collection: NOTES, id: draft.id, depth: 2, overrideAccess: false })) as unknown as { body: { root: { children: { children: { fields?: { doc?: { value?: { name?: string } } } }[] }[] } } }
    expect({ code, linked: reader.body.root.children[0]!.children[1]!.fields?.doc?.value?.name }).toEqual({ code: 'RELATED_TO_LIVE_CONTENT', linked: 'Codeine' })
  })
})
