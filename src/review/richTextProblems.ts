import type { FlattenedField, Payload } from 'payload'

import type { RelationRef } from './inputProblems.js'

import { isObject } from '../isObject.js'
import { editorNodeTypes } from './editorNodeTypes.js'
import { inputProblems } from './inputProblems.js'
import { pointerOf } from './richTextPointers.js'
import { richTextSubFields } from './richTextSubFields.js'

/** Nodes that carry text and nothing else. */
const TEXT_NODES = new Set(['text', 'tab', 'code-highlight'])
/** Nodes that are leaves: decorators and breaks hold fields, never children. */
const LEAF_NODES = new Set(['linebreak', 'horizontalrule', 'upload', 'relationship', 'block', 'inlineBlock'])
const BLOCK_NODES = new Set(['block', 'inlineBlock'])

/** http, https, mailto, or a relative link; nothing a browser would run or a shop could hide behind. */
const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#|\?)|^[^:/?#]+(?:[/?#]|$)/i

export const isSafeLinkUrl = (url: string): boolean => {
  // Browsers drop control characters and spaces inside a scheme, so "java\tscript:" runs as script.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const compact = url.replace(/[\u0000-\u0020\u007f-\u00a0\u2000-\u200f\u2028-\u202f\ufeff]/g, '')
  return compact === '' || SAFE_URL.test(compact)
}

const MAX_DEPTH = 40
/** Rich text in a node's fields, in rich text in a node's fields...: as deep as any editor needs. */
const MAX_NESTED_EDITORS = 8
/** Problems listed; the walk goes on past them, so every relation is collected. */
const MAX_PROBLEMS = 6

/**
 * What is wrong with a rich text value as a tree for this field's editor: unknown node types, text
 * nodes with children, leaves with children, elements without a children list, unsafe link targets,
 * and what is wrong with the values of a node's own fields (a block's, a link's, an upload's), rich
 * text in them included. Empty when it is a valid tree.
 */
export const richTextProblems = (
  value: unknown,
  field: FlattenedField,
  payload: Payload,
  /** Receives the documents the nodes point at, to be checked against the database. */
  relations: RelationRef[] = [],
  fieldPath = '',
): string[] => {
  const nodeTypes = editorNodeTypes(field)
  const problems: string[] = []
  const problem = (message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(message)
  }
  if (fieldPath.split('.fields.').length > MAX_NESTED_EDITORS + 1) return [`rich text is nested in node fields more than ${MAX_NESTED_EDITORS} levels deep`]
  const root = (value as { root?: unknown } | null)?.root as Record<string, unknown> | undefined
  if (!value || typeof value !== 'object' || !root || root.type !== 'root') {
    return ['is not a rich text document: expected { "root": { "type": "root", "children": [...] } }']
  }
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) {
      problem(`${path}: nested more than ${MAX_DEPTH} levels deep`)
      return
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      problem(`${path}: a node must be an object`)
      return
    }
    const { type, text, children, fields } = node as Record<string, unknown>
    if (typeof type !== 'string' || (type !== 'root' && !nodeTypes.has(type))) {
      problem(`${path}: node type ${JSON.stringify(type)} is not one this editor knows`)
      return
    }
    if (TEXT_NODES.has(type)) {
      if (typeof text !== 'string') problem(`${path}: a ${type} node needs its text as a string`)
      if (children !== undefined) problem(`${path}: a ${type} node cannot have children`)
      return
    }
    if (text !== undefined) problem(`${path}: a ${type} node cannot carry text of its own`)
    const url = (fields as { url?: unknown } | undefined)?.url
    if (url !== undefined && url !== null && (typeof url !== 'string' || !isSafeLinkUrl(url))) {
      problem(`${path}: link target ${JSON.stringify(url).slice(0, 80)} is not allowed: use http, https, mailto or a relative link`)
    }
    const pointer = pointerOf(node as Record<string, unknown>)
    if (pointer) relations.push({ path: `${fieldPath}.${path}`, ...pointer })
    const own = richTextSubFields(field, node as Record<string, unknown>, payload)
    const blockType = BLOCK_NODES.has(type) && isObject(fields) ? fields.blockType : undefined
    // Payload refuses such a block only on publish; a draft would keep fields nothing checks.
    if (typeof blockType === 'string' && !own) problem(`${path}: ${JSON.stringify(blockType).slice(0, 60)} is not one of this editor's ${type === 'block' ? 'blocks' : 'inline blocks'}`)
    if (own) {
      for (const found of inputProblems(own.fields, own.data, payload, `${fieldPath}.${path}.fields.`, relations)) {
        problem(`${found.path.slice(fieldPath.length + 1)}: ${found.message}`)
      }
    }
    if (LEAF_NODES.has(type)) {
      if (children !== undefined) problem(`${path}: a ${type} node cannot have children`)
      // Payload's block nodes read their block from fields.blockType, and fail without it.
      if (BLOCK_NODES.has(type) && !(isObject(fields) && typeof fields.blockType === 'string')) {
        problem(`${path}: a ${type} node needs fields with the blockType of one of the editor's blocks`)
      }
      return
    }
    if (!Array.isArray(children)) {
      problem(`${path}: a ${type} node needs a list of children`)
      return
    }
    children.forEach((child, index) => visit(child, `${path}.children.${index}`, depth + 1))
  }
  visit(root, 'root', 0)
  return problems
}
