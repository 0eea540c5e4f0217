import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * A block whose rich text may hold the same block nests without end. The input checks now walk the
 * rich text in a node's fields, so such a tree is bounded: a few levels are checked and stored, a
 * tree deeper than any editor needs is a 400, never a stack overflow or a 500.
 */
type Node = Record<string, unknown>
const base = { format: '', indent: 0, version: 1, direction: 'ltr' }
const text = (value: string): Node => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
const document = (...children: Node[]) => ({ root: { ...base, type: 'root', children } })
const paragraph = (...children: Node[]): Node => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children })
const nested = (levels: number): unknown =>
  levels === 0
    ? document(paragraph(text('Rest may ease fatigue.')))
    : document({ type: 'block', version: 2, format: '', fields: { id: `65f0c0ffee00000000${String(levels).padStart(6, '0')}`, blockName: '', blockType: 'aside', content: nested(levels - 1) } })

describe('rich text nested in block fields', () => {
  let site: NoteSite
  beforeAll(async () => {
    const editor = lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: ['aside' as never] })] })
    site = await startNoteSite({
      blocks: [{ slug: 'aside', fields: [{ name: 'content', type: 'richText', editor }] }],
      fields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'richText', editor },
      ],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('stores a few levels and refuses a tree nested deeper than any editor needs', async () => {
    const { payload, writer, as } = site
    const save = (title: string, levels: number) =>
      refusalCode(() => payload.create({ collection: NOTES, data: { title, body: nested(levels) } as never, draft: true, ...as(writer) }))
    const codes = { three: await save('Three levels', 3), deep: await save('Deep', 200) }
    const stored = await payload.find({ collection: NOTES, where: { title: { in: ['Three levels', 'Deep'] } }, overrideAccess: true, depth: 0 })
    expect({ codes, stored: stored.docs.map((doc) => (doc as { title?: string }).title) }).toEqual({
      codes: { three: undefined, deep: 'INVALID_INPUT' },
      stored: ['Three levels'],
    })
  })
})
