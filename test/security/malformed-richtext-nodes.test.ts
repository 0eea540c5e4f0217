import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { NOTES, startNoteSite, type NoteSite } from './noteSite.js'

/** Rich-text nodes of a known type with malformed fields, saved as drafts: a 400, or stored and readable, never a 500. */
const tree = (node: Record<string, unknown>) => ({
  root: {
    type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
    children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [{ type: 'text', version: 1, text: 'Hi.', format: 0, mode: 'normal', style: '', detail: 0 }] }, node],
  },
})

const CASES: Record<string, Record<string, unknown>> = {
  'block without fields': { type: 'block', version: 2, format: '' },
  'block with fields null': { type: 'block', version: 2, format: '', fields: null },
  'block of an unknown blockType': { type: 'block', version: 2, format: '', fields: { id: 'x1', blockName: '', blockType: 'nope', drug: 'x' } },
  'block with fields a string': { type: 'block', version: 2, format: '', fields: 'cures' },
  'link without fields': { type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', children: [] },
  'link with fields null': { type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields: null, children: [] },
  'relationship without relationTo': { type: 'relationship', version: 2, format: '', value: 1 },
  'upload to a non-upload collection': { type: 'upload', version: 3, format: '', relationTo: 'users', value: 1, fields: {} },
  'list with listType unknown': { type: 'list', version: 1, format: '', indent: 0, direction: 'ltr', listType: 'evil', start: 1, tag: 'ul', children: [] },
  'heading with a script tag': { type: 'heading', version: 1, format: '', indent: 0, direction: 'ltr', tag: 'script', children: [] },
  // Object.prototype's keys as a collection: `payload.collections.toString` is a function.
  'relationship to "toString"': { type: 'relationship', version: 2, format: '', relationTo: 'toString', value: 1 },
  'upload to "constructor"': { type: 'upload', version: 3, format: '', relationTo: 'constructor', value: 1, fields: {} },
  'internal link to "__proto__"': {
    type: 'link', version: 3, format: '', indent: 0, direction: 'ltr',
    fields: { linkType: 'internal', newTab: false, doc: { relationTo: '__proto__', value: 1 } },
    children: [{ type: 'text', version: 1, text: 'x', format: 0, mode: 'normal', style: '', detail: 0 }],
  },
  'block of blockType "constructor"': { type: 'block', version: 2, format: '', fields: { id: 'x2', blockName: '', blockType: 'constructor', drug: 'x' } },
}

describe('malformed rich-text nodes of known types', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        {
          name: 'body',
          type: 'richText',
          editor: lexicalEditor({
            features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [{ slug: 'dosing', fields: [{ name: 'drug', type: 'text' }] }] })],
          }),
        },
      ],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses each with a 400 or stores it so every later read still answers', async () => {
    const { payload, writer, as } = site
    const outcomes: Record<string, string> = {}
    for (const [name, node] of Object.entries(CASES)) {
      let outcome: string
      try {
        const doc = await payload.create({ collection: NOTES, data: { title: name, body: tree(node) } as never, draft: true, ...as(writer) })
        try {
          await payload.findByID({ collection: NOTES, id: doc.id, draft: true, depth: 2, ...as(writer) })
          await payload.find({ collection: NOTES, draft: true, depth: 2, ...as(writer) })
          outcome = 'stored, reads answer'
        } catch (error) {
          outcome = `stored, READ FAILS: ${String((error as Error).message).slice(0, 100)}`
          await payload.delete({ collection: NOTES, id: doc.id, overrideAccess: true }).catch(() => undefined)
        }
      } catch (error) {
        const status = (error as { status?: number }).status
        outcome = status && status < 500 ? 'refused 4xx' : `WRITE 5xx: ${String((error as Error).message).slice(0, 100)}`
      }
      outcomes[name] = outcome
    }
    expect(Object.entries(outcomes).filter(([, outcome]) => /FAIL|5xx/.test(outcome))).toEqual([])
    // A block node without a block is what Payload's own code fails on: refused before it. A block the
    // editor lacks would keep fields nothing checks, and a prototype key names no collection.
    const refused = [
      'block without fields',
      'block with fields null',
      'block of an unknown blockType',
      'block of blockType "constructor"',
      'relationship to "toString"',
      'upload to "constructor"',
      'internal link to "__proto__"',
    ]
    expect(refused.map((name) => [name, outcomes[name]])).toEqual(refused.map((name) => [name, 'refused 4xx']))
  })
})
