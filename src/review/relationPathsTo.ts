import type { FlattenedField } from 'payload'

import { blocksOf, type SharedBlocks } from './blockOf.js'

/**
 * `throughBlocks`: inside a blocks field, whose blocks may name a field alike (SQL queries read only
 * one of them). `richText`: a rich-text field, whose nodes may point at a document of any collection.
 * `localized`: the field or one it is inside is localized, so each locale holds its own value.
 */
export type RelationPath = { path: string; polymorphic: boolean; throughBlocks: boolean; localized: boolean; richText?: FlattenedField }

type Within = { prefix: string; throughBlocks: boolean; localized: boolean }

/**
 * Where fields relate to documents of `target` (relationship and upload fields, and rich text, in
 * groups, tabs, arrays and blocks), as the paths a query names them by.
 */
export const relationPathsTo = (
  fields: FlattenedField[],
  target: string,
  shared: SharedBlocks,
  within: Within = { prefix: '', throughBlocks: false, localized: false },
): RelationPath[] => {
  const found = fields.flatMap((field): RelationPath[] => {
    const path = `${within.prefix}${field.name}`
    const { throughBlocks } = within
    const localized = within.localized || Boolean((field as { localized?: boolean }).localized)
    // A virtual field is not stored: deleting its target changes nothing in the document.
    if ((field as { virtual?: unknown }).virtual) return []
    if (field.type === 'relationship' || field.type === 'upload') {
      return ([field.relationTo].flat() as string[]).includes(target) ? [{ path, polymorphic: Array.isArray(field.relationTo), throughBlocks, localized }] : []
    }
    // Any collection: a writer can send a node the editor would not offer, and readers get it populated all the same.
    if (field.type === 'richText') return [{ path, polymorphic: true, throughBlocks, localized, richText: field }]
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      return relationPathsTo(field.flattenedFields, target, shared, { prefix: `${path}.`, throughBlocks, localized })
    }
    if (field.type === 'blocks') {
      return blocksOf(field, shared).flatMap((block) => relationPathsTo(block.flattenedFields, target, shared, { prefix: `${path}.`, throughBlocks: true, localized }))
    }
    return []
  })
  // Blocks of one field may name the same path the same way (rich text is read with its own editor).
  const key = ({ path, polymorphic, throughBlocks, localized, richText }: RelationPath) => richText ?? `${path} ${polymorphic} ${throughBlocks} ${localized}`
  return [...new Map(found.map((relation) => [key(relation), relation])).values()]
}
