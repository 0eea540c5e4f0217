import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * Rich text keeps the id of the document a relationship node or an internal link shows, and readers
 * get that document populated in its place. Deleting it changed a published note with no write to
 * it: the node showed nothing where the reviewer had read "Warfarin". Such a delete is refused while
 * live reviewed rich text points at the document, at any depth of the text and of the note, and
 * through the fields an editor gives its nodes: a link's own fields, a block's fields and the rich
 * text inside them.
 */
type Doc = { id: number | string }
type Node = Record<string, unknown>

const base = { format: '', indent: 0, version: 1, direction: 'ltr' }
const text = (value: string): Node => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
const paragraph = (...children: Node[]): Node => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children })
const document = (...children: Node[]) => ({ root: { ...base, type: 'root', children } })
const relationship = (relationTo: string, value: number | string): Node => ({ type: 'relationship', version: 2, format: '', relationTo, value })
const internalLink = (relationTo: string, value: number | string, words: string): Node => ({
  ...base,
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text(words)],
})
const listOf = (...items: Node[][]): Node => ({
  ...base,
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((children, index) => ({ ...base, type: 'listitem', value: index + 1, children })),
})

const nameOf = (value: unknown) => (value as { name?: string } | null)?.name ?? value

/** The documents a reader's rich text shows, node by node, in order. */
const shown = (value: unknown): unknown[] => {
  const found: unknown[] = []
  const visit = (node: Node) => {
    if (node.type === 'relationship') found.push(node.value)
    if (node.type === 'link') found.push((node.fields as { doc?: { value?: unknown } }).doc?.value)
    for (const child of (node.children as Node[] | undefined) ?? []) visit(child)
  }
  visit((value as { root: Node }).root)
  return found
}

describe('deleting a document that published, reviewed rich text points at', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        // Payload's default editor: relationship, upload and link features included.
        { name: 'body', type: 'richText', editor: lexicalEditor() },
        { name: 'sections', type: 'array', fields: [{ name: 'content', type: 'richText', editor: lexicalEditor() }] },
      ],
      collections: [{ slug: 'drugs', access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] }],
    })
  }, 120_000)
  afterAll(() => site.close())

  const drug = (name: string) => site.payload.create({ collection: 'drugs' as never, data: { name } as never }) as Promise<Doc>

  it('is refused for a relationship node, an internal link in a list, and a node in an array row, and readers keep what was signed', async () => {
    const { payload, writer, reviewer, as } = site
    const [warfarin, ibuprofen, aspirin] = await Promise.all([drug('Warfarin'), drug('Ibuprofen'), drug('Aspirin')])
    const draft = await payload.create({
      collection: NOTES,
      data: {
        title: 'Blood thinners',
        body: document(paragraph(text('Never take it with:')), relationship('drugs', warfarin.id), listOf([internalLink('drugs', ibuprofen.id, 'ibuprofen')])),
        sections: [{ content: document(paragraph(text('Instead ask about '), internalLink('drugs', aspirin.id, 'aspirin'))) }],
      } as never,
      draft: true,
      ...as(writer),
    })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })

    const codes = [
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: warfarin.id, ...as(writer) })),
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: ibuprofen.id, ...as(writer) })),
      // Server code too: the content readers get would change all the same.
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: aspirin.id })),
    ]
    const reader = (await payload.findByID({ collection: NOTES, id: draft.id, depth: 1, overrideAccess: false })) as unknown as Record<string, unknown>
    const sections = reader.sections as { content: unknown }[]
    expect({ codes, body: shown(reader.body).map(nameOf), section: shown(sections[0]!.content).map(nameOf) }).toEqual({
      codes: ['RELATED_TO_LIVE_CONTENT', 'RELATED_TO_LIVE_CONTENT', 'RELATED_TO_LIVE_CONTENT'],
      body: ['Warfarin', 'Ibuprofen'],
      section: ['Aspirin'],
    })
  })

  it('is refused for a node after many problems in text an earlier, looser release stored', async () => {
    const { payload, writer, reviewer, as } = site
    const naproxen = await drug('Naproxen')
    const draft = await payload.create({ collection: NOTES, data: { title: 'Pain relief', body: document(paragraph(text('Ask first.'))) } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    // Seven links today's input check refuses, then the node: the check stops listing problems after six.
    const unsafe = (index: number): Node => ({ ...base, type: 'link', version: 3, fields: { linkType: 'custom', url: `javascript:void(${index})`, newTab: false }, children: [text(`link ${index}`)] })
    const stored = document(paragraph(...Array.from({ length: 7 }, (_, index) => unsafe(index))), relationship('drugs', naproxen.id))
    await payload.db.updateOne({ collection: NOTES, id: draft.id, data: { body: stored } as never, req: {} as never })
    const code = await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: naproxen.id, ...as(writer) }))
    const left = await payload.count({ collection: 'drugs' as never, where: { id: { equals: naproxen.id } } })
    expect({ code, left: left.totalDocs }).toEqual({ code: 'RELATED_TO_LIVE_CONTENT', left: 1 })
  })

  it('lets a document go that only drafts point at, or that no text names', async () => {
    const { payload, writer, as } = site
    const [heparin, codeine] = await Promise.all([drug('Heparin'), drug('Codeine')])
    await payload.create({ collection: NOTES, data: { title: 'Draft only', body: document(relationship('drugs', heparin.id)) } as never, draft: true, ...as(writer) })
    const codes = [
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: heparin.id, ...as(writer) })),
      await refusalCode(() => payload.delete({ collection: 'drugs' as never, id: codeine.id, ...as(writer) })),
    ]
    const left = await payload.count({ collection: 'drugs' as never, where: { id: { in: [heparin.id, codeine.id] } } })
    expect({ codes, left: left.totalDocs }).toEqual({ codes: [undefined, undefined], left: 0 })
  })
})

describe('deleting a document that the fields of live reviewed rich-text nodes relate to', () => {
  let site: NoteSite
  beforeAll(async () => {
    const editor = lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter((feature) => feature.key !== 'link'),
        // A site adds "the drug this link is about" to its links.
        LinkFeature({ fields: ({ defaultFields }) => [...defaultFields, { name: 'drug', type: 'relationship', relationTo: 'drugs' as never }] }),
        BlocksFeature({
          blocks: [
            {
              slug: 'callout',
              fields: [
                { name: 'about', type: 'relationship', relationTo: 'drugs' as never },
                { name: 'content', type: 'richText', editor: lexicalEditor() },
              ],
            },
          ],
        }),
      ],
    })
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'richText', editor },
      ],
      collections: [{ slug: 'drugs', access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] }],
    })
  }, 120_000)
  afterAll(() => site.close())

  const drug = (name: string) => site.payload.create({ collection: 'drugs' as never, data: { name } as never }) as Promise<Doc>

  it('is refused for a link field, a block field and a link in a block’s rich text, and readers keep what was signed', async () => {
    const { payload, writer, reviewer, as } = site
    const [warfarin, heparin, aspirin] = await Promise.all([drug('Warfarin'), drug('Heparin'), drug('Aspirin')])
    const externalLink: Node = {
      ...base,
      type: 'link',
      version: 3,
      fields: { linkType: 'custom', url: 'https://example.org/leaflet', newTab: false, drug: warfarin.id },
      children: [text('the leaflet')],
    }
    const callout: Node = {
      type: 'block',
      version: 2,
      format: '',
      fields: { id: '65f0c0ffee0000000000abcd', blockName: '', blockType: 'callout', about: heparin.id, content: document(paragraph(text('Ask about '), internalLink('drugs', aspirin.id, 'aspirin'))) },
    }
    const draft = await payload.create({ collection: NOTES, data: { title: 'Bleeding risk', body: document(paragraph(text('Read '), externalLink), callout) } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })

    const codes = await Promise.all(
      [warfarin, heparin, aspirin].map((doc) => refusalCode(() => payload.delete({ collection: 'drugs' as never, id: doc.id, ...as(writer) }))),
    )
    const reader = (await payload.findByID({ collection: NOTES, id: draft.id, depth: 2, overrideAccess: false })) as unknown as { body: { root: Node } }
    const [first, block] = reader.body.root.children as Node[]
    const link = ((first!.children as Node[]).find((node) => node.type === 'link')!.fields as { drug: unknown }).drug
    const fields = block!.fields as { about: unknown; content: unknown }
    expect({ codes, link: nameOf(link), about: nameOf(fields.about), inBlock: shown(fields.content).map(nameOf) }).toEqual({
      codes: ['RELATED_TO_LIVE_CONTENT', 'RELATED_TO_LIVE_CONTENT', 'RELATED_TO_LIVE_CONTENT'],
      link: 'Warfarin',
      about: 'Heparin',
      inBlock: ['Aspirin'],
    })
  })

  it('refuses an unsafe link target and a relation to nothing inside a block’s rich text, even in a draft', async () => {
    const { payload, writer, as } = site
    const inBlock = (content: unknown, about?: unknown): Node => ({
      type: 'block',
      version: 2,
      format: '',
      fields: { id: '65f0c0ffee0000000000abce', blockName: '', blockType: 'callout', ...(about === undefined ? {} : { about }), content },
    })
    const script: Node = { ...base, type: 'link', version: 3, fields: { linkType: 'custom', url: 'javascript:alert(document.cookie)', newTab: false }, children: [text('tap')] }
    const attempts = [
      inBlock(document(paragraph(script))),
      inBlock(document(paragraph(text('x'))), 999_999),
      inBlock(document(paragraph(internalLink('drugs', 999_999, 'gone')))),
    ]
    const codes = []
    for (const node of attempts) {
      codes.push(await refusalCode(() => payload.create({ collection: NOTES, data: { title: 'Callout', body: document(node) } as never, draft: true, ...as(writer) })))
    }
    const stored = await payload.count({ collection: NOTES, where: { title: { equals: 'Callout' } }, overrideAccess: true })
    expect({ codes, stored: stored.totalDocs }).toEqual({ codes: ['INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT'], stored: 0 })
  })
})
