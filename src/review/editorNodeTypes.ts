import type { FlattenedField } from 'payload'

type NodeClass = { getType?: () => string; replace?: unknown }
type EditorWithNodes = { editorConfig?: { features?: { nodes?: { node?: NodeClass }[] } } }

/** Lexical registers these itself, whatever features a field enables. */
const CORE_NODES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

const cache = new WeakMap<object, ReadonlySet<string>>()

/** The node types a rich text field's editor knows: a tree with any other type is refused. */
export const editorNodeTypes = (field: FlattenedField): ReadonlySet<string> => {
  const editor = (field as { editor?: unknown }).editor as EditorWithNodes | undefined
  if (!editor || typeof editor !== 'object') return new Set(CORE_NODES)
  const known = cache.get(editor)
  if (known) return known
  const types = new Set(CORE_NODES)
  for (const { node } of editor.editorConfig?.features?.nodes ?? []) {
    const type = typeof node?.getType === 'function' ? node.getType() : undefined
    if (type) types.add(type)
  }
  cache.set(editor, types)
  return types
}
