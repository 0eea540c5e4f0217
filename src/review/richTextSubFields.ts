import type { Field, FlattenedField, Payload, PayloadRequest } from 'payload'

import { flattenAllFields } from 'payload'

import { isObject } from '../isObject.js'

type SubFields = (args: { node: Record<string, unknown>; req: PayloadRequest }) => Field[] | null | undefined
type SubFieldsData = (args: { node: Record<string, unknown> }) => unknown
type EditorFeatures = { getSubFields?: Map<string, SubFields>; getSubFieldsData?: Map<string, SubFieldsData> }

/**
 * The fields a rich-text node holds values of, with those values, as the field's Lexical editor
 * declares them: a block's fields, a link's fields (those a site adds included), an upload's
 * fields. Undefined for a node without fields. A link's `doc` is left out: `pointerOf` reads it.
 */
export const richTextSubFields = (
  field: FlattenedField,
  node: Record<string, unknown>,
  payload: Payload,
): { fields: FlattenedField[]; data: Record<string, unknown> } | undefined => {
  const features = ((field as { editor?: { editorConfig?: { features?: EditorFeatures } } }).editor?.editorConfig?.features ?? {}) as EditorFeatures
  const type = String(node.type)
  const fieldsOf = features.getSubFields?.get(type)
  const dataOf = features.getSubFieldsData?.get(type)
  if (!fieldsOf || !dataOf) return undefined
  // Lexical's block features read `fields.blockType` unchecked: a block node without fields is
  // reported by the tree check instead.
  if (!isObject(node.fields)) return undefined
  // The features read only `req.payload` (an upload's fields depend on its collection).
  const fields = fieldsOf({ node, req: { payload } as PayloadRequest })
  const data = dataOf({ node })
  if (!Array.isArray(fields) || !isObject(data)) return undefined
  const flattened = flattenAllFields({ cache: true, fields })
  return { fields: type === 'link' || type === 'autolink' ? flattened.filter((sub) => sub.name !== 'doc') : flattened, data }
}
