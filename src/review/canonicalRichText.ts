import { isObject } from '../isObject.js'

/**
 * Keys the editor rewrites on a plain re-save without changing what is shown: the format the next
 * typed character would get, the text direction it guessed, and the serialisation version.
 */
const EDITOR_STATE_KEYS = new Set(['direction', 'textFormat', 'textStyle', 'version'])

/** Keys whose values are editor nodes; every other key of a node holds data. */
const NODE_KEYS = new Set(['children', 'root'])

const isEditorState = (value: Record<string, unknown>): boolean =>
  isObject(value.root) && (value.root as { type?: unknown }).type === 'root'

const sortedObject = (value: object, canonical: (key: string, inner: unknown) => unknown, dropped?: ReadonlySet<string>) =>
  Object.fromEntries(
    Object.keys(value)
      .filter((key) => !dropped?.has(key))
      .sort()
      .map((key) => [key, canonical(key, (value as Record<string, unknown>)[key])]),
  )

/** An editor state or node: editor bookkeeping dropped from the nodes themselves only. */
const canonicalNode = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalNode)
  if (!isObject(value)) return value ?? null
  return sortedObject(value, (key, inner) => (NODE_KEYS.has(key) ? canonicalNode(inner) : canonicalData(inner)), EDITOR_STATE_KEYS)
}

/**
 * What a node holds besides nodes (a block's or link's fields, an upload's value): the site's data,
 * every key kept ("version" or "direction" may be a dosing leaflet's), except rich text inside it.
 */
const canonicalData = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalData)
  if (!isObject(value)) return value ?? null
  if (isEditorState(value)) return canonicalNode(value)
  return sortedObject(value, (_key, inner) => canonicalData(inner))
}

/**
 * Rich text as canonical structure: node types, text, formats, link targets, block and decorator
 * fields, all kept; only editor bookkeeping dropped. A struck-through "not", a changed link or a
 * new node changes it; re-saving the same text does not.
 */
export const canonicalRichText = (value: unknown): unknown => (isObject(value) && isEditorState(value) ? canonicalNode(value) : canonicalData(value))
