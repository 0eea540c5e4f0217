import { isObject } from '../isObject.js'

/** Nodes that point at another document by its id. */
const POINTER_NODES = new Set(['relationship', 'upload'])

export type RichTextPointer = { collection: string; id: unknown }

/**
 * The document a rich-text node points at: a relationship or upload node, or an internal link. A
 * document in place of the id (a read at depth 1 or more written back, or an old node) is cut to
 * its id, as Payload's own nodes read it: Payload would store the object as sent and serve it at
 * depth 0, text no reviewer saw. Undefined when the node points at nothing.
 */
export const pointerOf = (node: Record<string, unknown>): RichTextPointer | undefined => {
  const { type, fields } = node
  const link = type === 'link' || type === 'autolink' ? (fields as { doc?: unknown } | undefined)?.doc : undefined
  const holder = typeof type === 'string' && POINTER_NODES.has(type) ? node : isObject(link) ? link : undefined
  if (!holder) return undefined
  if (isObject(holder.value) && 'id' in holder.value) holder.value = holder.value.id
  // An upload still uploading has no id yet, and shows nothing.
  return holder.value === undefined || holder.value === null ? undefined : { collection: String(holder.relationTo), id: holder.value }
}
