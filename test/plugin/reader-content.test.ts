import type { FlattenedField } from 'payload'
import { baseIDField } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { readerContent } from '../../src/review/readerContent.js'

const field = (spec: Record<string, unknown>) => spec as unknown as FlattenedField
const fields = [
  field({ name: 'title', type: 'text', localized: true }),
  field({ name: 'tags', type: 'select', hasMany: true }),
  field({
    name: 'layout',
    type: 'blocks',
    localized: true,
    blocks: [],
    blockReferences: ['callout'],
  }),
]
const shared = { callout: { slug: 'callout', fields: [], flattenedFields: [field({ name: 'text', type: 'textarea', localized: true })] } } as never

describe('what a reader can receive, on a localized site', () => {
  const doc = {
    title: { en: 'Pacing', es: 'Ritmo' },
    tags: ['ms'],
    layout: { en: [{ blockType: 'callout', text: 'Rest helps.' }], es: [] },
  }

  it('holds each localized field per locale that has a value, in a fixed order, whatever the config lists', () => {
    const two = readerContent(fields, doc, new Set(), { blocks: shared, locales: ['en', 'es'] })
    expect(two).toEqual({
      // An empty Spanish list stays: Spanish readers get no rows, not the English ones by fallback.
      layout: { en: [{ blockType: 'callout', text: 'Rest helps.' }], es: [] },
      tags: ['ms'],
      title: { en: 'Pacing', es: 'Ritmo' },
    })
    const noSpanishRows = readerContent(fields, { ...doc, layout: { en: doc.layout.en } }, new Set(), { blocks: shared, locales: ['en', 'es'] })
    expect(JSON.stringify(noSpanishRows)).not.toBe(JSON.stringify(two))
    const reordered = readerContent(fields, doc, new Set(), { blocks: shared, locales: ['fr', 'es', 'en'] })
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(two))
  })

  it('reads a shared block’s localized field inside a localized field as the one value Payload stores there', () => {
    const content = readerContent(fields, doc, new Set(), { blocks: shared, locales: ['en', 'es'] })
    expect((content.layout as Record<string, { text: unknown }[]>).en![0]!.text).toBe('Rest helps.')
  })

  it('reads a site without localization as before: a localized flag changes nothing', () => {
    const plain = { title: 'Pacing', tags: ['ms'], layout: [{ blockType: 'callout', text: 'Rest helps.' }] }
    expect(JSON.stringify(readerContent(fields, plain, new Set(), { blocks: shared }))).toBe(
      '{"layout":[{"blockType":"callout","text":"Rest helps."}],"tags":["ms"],"title":"Pacing"}',
    )
  })
})

describe('the ids of array rows', () => {
  const rows = [
    field({
      name: 'references',
      type: 'array',
      flattenedFields: [field({ ...baseIDField, name: 'id' }), field({ name: 'label', type: 'text' })],
    }),
  ]

  it('leaves out a key in Payload’s own form and keeps any id a client chose, which readers receive', () => {
    const content = readerContent(
      rows,
      { references: [{ id: '65a1b2c3d4e5f60718293a4b', label: 'NICE' }, { id: 'this-tea-cures-diabetes', label: 'Trial' }] },
      new Set(),
      { blocks: {} as never },
    )
    expect(content).toEqual({ references: [{ label: 'NICE' }, { id: 'this-tea-cures-diabetes', label: 'Trial' }] })
  })
})
