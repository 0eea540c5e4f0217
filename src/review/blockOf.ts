import type { FlattenedBlock, FlattenedField } from 'payload'

/** Blocks a site defines once in its config (`config.blocks`, `payload.blocks`), by slug. */
export type SharedBlocks = Readonly<Record<string, FlattenedBlock>>

type BlocksField = Extract<FlattenedField, { type: 'blocks' }>

/**
 * The block a row of a blocks field is, by its `blockType`: one of the field's own blocks, or a
 * shared block the field names in `blockReferences`. Undefined when the field allows no such block.
 */
export const blockOf = (field: BlocksField, blockType: unknown, shared: SharedBlocks): FlattenedBlock | undefined => {
  if (typeof blockType !== 'string') return undefined
  for (const candidate of field.blockReferences ?? field.blocks) {
    if (typeof candidate === 'string') {
      if (candidate === blockType) return shared[candidate]
    } else if (candidate.slug === blockType) return candidate as FlattenedBlock
  }
  return undefined
}

/** Every block a blocks field allows. */
export const blocksOf = (field: BlocksField, shared: SharedBlocks): FlattenedBlock[] =>
  (field.blockReferences ?? field.blocks).flatMap((candidate) =>
    typeof candidate === 'string' ? (shared[candidate] ? [shared[candidate]] : []) : [candidate as FlattenedBlock],
  )
