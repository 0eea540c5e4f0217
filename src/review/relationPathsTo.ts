import type { FlattenedField } from 'payload'

import { blocksOf, type SharedBlocks } from './blockOf.js'

/**
 * `throughBlocks`: inside a blocks field, whose blocks may name a field alike (SQL queries read only
 * one of them). `richText`: a rich-text field, whose nodes may point at a document of any collection.
 */
export type RelationPath = { path: string; polymorphic: boolean; throughBlocks: boolean; richText?: FlattenedField }

/**
 * Where fields relate to documents of `target` (relationship and upload fields, and rich text, in
 * groups, tabs, arrays and blocks), as the paths a query names them by.
 */
export const relationPathsTo = (fields: FlattenedField[], target: string, shared: SharedBlocks, prefix = '', throughBlocks = false): RelationPath[] => {
  const found = fields.flatMap((field): RelationPath[] => {
    const path = `${prefix}${field.name}`
    // A virtual field is not stored: deleting its target changes nothing in the document.
    if ((field as { virtual?: unknown }).virtual) return []
    if (field.type === 'relationship' || field.type === 'upload') {
      return ([field.relationTo].flat() as string[]).includes(target) ? [{ path, polymorphic: Array.isArray(field.relationTo), throughBlocks }] : []
    }
    // Any collection: a writer can send a node the editor would not offer, and readers get it populated all the same.
    if (field.type === 'richText') return [{ path, polymorphic: true, throughBlocks, richText: field }]
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return relationPathsTo(field.flattenedFields, target, shared, `${path}.`, throughBlocks)
    if (field.type === 'blocks') return blocksOf(field, shared).flatMap((block) => relationPathsTo(block.flattenedFields, target, shared, `${path}.`, true))
    return []
  })
  // Blocks of one field may name the same path the same way (rich text is read with its own editor).
  const key = ({ path, polymorphic, throughBlocks, richText }: RelationPath) => (richText ? richText : `${path} ${polymorphic} ${throughBlocks}`)
  return [...new Map(found.map((relation) => [key(relation), relation])).values()]
}
