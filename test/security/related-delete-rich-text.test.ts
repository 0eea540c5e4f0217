import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * Rich text keeps the id of the document a relationship node or an internal link shows, and readers
 * get that document populated in its place. Deleting it changed a published note with no write to
 * it: the node showed nothing where the reviewer had read "Warfarin". Such a delete is refused while
 * live reviewed rich text points at the document, at any depth of the text and of the note.
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
  const nameOf = (value: unknown) => (value as { name?: string } | null)?.name ?? value

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
