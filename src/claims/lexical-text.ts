import { ClaimScanInputError } from './errors.js'
import { isProse } from './prose.js'
import type { ScanLimits } from './types.js'

/**
 * Flattens a Lexical editor state (Payload's rich text JSON) into plain text, block by block. Each
 * block ends with a blank line so a heading without a full stop never merges with the paragraph
 * after it, and every text node is remembered with its path so findings map back to the node.
 * Decorator and block nodes are read too: every prose string in their `fields` (of any shape,
 * nested rich text included) becomes a block of its own, with a path such as
 * `root.children[3].fields.items[0].caption`, and so is any key of a node that is not Lexical's
 * own layout (a custom node's `caption`). URLs, ids and other non-prose values are skipped.
 */

export interface TextSegment {
  /** e.g. `root.children[2].children[0]` */
  path: string
  start: number
  end: number
  /** The text's formats a reader reads differently (READ_FORMATS), where it has any. */
  format?: number
}

/** Lexical text format bits: struck through, subscript, superscript. */
export const STRIKETHROUGH = 4
const READ_FORMATS = STRIKETHROUGH | 32 | 64

/** A text node's inline style that strikes it through, as some editors and converters write it. */
const LINE_THROUGH = /text-decoration(?:-line)?\s*:[^;]*\bline-through\b/i
const struckByStyle = (style: unknown) => (typeof style === 'string' && LINE_THROUGH.test(style) ? STRIKETHROUGH : 0)

export interface LexicalText {
  text: string
  segments: TextSegment[]
}

/** Element types that flow inside a block; every other element with children is a block. */
const INLINE_TYPES = new Set([
  'link',
  'autolink',
  'mark',
  'hashtag',
  'emoji',
  'keyword',
  'overflow',
])
export const BLOCK_BREAK = '\n\n'

/** The blank-line-separated blocks of a text, each with its offset; a claim never spans two. */
export function* textBlocks(text: string): Generator<{ start: number; block: string }> {
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf(BLOCK_BREAK, start)
    const end = next === -1 ? text.length : next
    yield { start, block: text.slice(start, end) }
    start = end + BLOCK_BREAK.length
  }
}
/**
 * What a link's `fields` hold for the editor itself: where it points, never reader-facing prose.
 * Only on links: a block's fields are all the site's own, whatever their names ("url", "doc").
 */
const LINK_TYPES = new Set(['link', 'autolink'])
const LINK_TARGET_KEYS = new Set(['url', 'doc', 'linkType', 'newTab'])
/**
 * What Lexical's own nodes keep beside their text: layout, formatting, targets and ids. Any other
 * key of a node (a custom node's `caption`, a link's `title`) may be shown to readers, so its prose is read.
 */
const NODE_LAYOUT_KEYS = new Set([
  'type', 'version', 'children', 'fields', 'text', 'direction', 'format', 'indent', 'textFormat', 'textStyle',
  'style', 'mode', 'detail', 'tag', 'listType', 'start', 'value', 'checked', 'rel', 'target', 'url',
  'language', 'relationTo', 'colSpan', 'rowSpan', 'headerState', 'width', 'backgroundColor',
])

function invalid(message: string): ClaimScanInputError {
  return new ClaimScanInputError('INVALID_LEXICAL', `Invalid Lexical editor state: ${message}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A Payload rich-text value: `{ root: { type: 'root', children: [...] } }`. */
export function isLexicalState(value: unknown): boolean {
  return isRecord(value) && isRecord(value.root) && Array.isArray(value.root.children)
}

function parseState(state: unknown, limits: Required<ScanLimits>): Record<string, unknown> {
  if (typeof state === 'string') {
    if (state.length > limits.maxTextLength * 2) {
      throw new ClaimScanInputError(
        'TEXT_TOO_LONG',
        `Lexical JSON is ${state.length} characters long; the limit is ${limits.maxTextLength * 2}`,
      )
    }
    try {
      state = JSON.parse(state) as unknown
    } catch (error) {
      throw invalid(`not JSON (${(error as Error).message})`)
    }
  }
  if (!isRecord(state))
    throw invalid(
      `expected an object with a root node, got ${state === null ? 'null' : Array.isArray(state) ? 'an array' : typeof state}`,
    )
  const root = state.type === 'root' ? state : state.root
  if (!isRecord(root)) throw invalid('missing "root" node')
  if (!Array.isArray(root.children)) throw invalid('the root node has no "children" array')
  return root
}

export function extractLexicalText(state: unknown, limits: Required<ScanLimits>): LexicalText {
  const root = parseState(state, limits)
  const parts: string[] = []
  const segments: TextSegment[] = []
  let length = 0
  let nodes = 0
  const append = (part: string) => {
    parts.push(part)
    length += part.length
    if (length > limits.maxTextLength) {
      throw new ClaimScanInputError(
        'TEXT_TOO_LONG',
        `Lexical text exceeds ${limits.maxTextLength} characters`,
      )
    }
  }
  const breakBlock = () => {
    if (length > 0 && parts[parts.length - 1] !== BLOCK_BREAK) append(BLOCK_BREAK)
  }
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > limits.maxDepth) {
      throw new ClaimScanInputError(
        'LEXICAL_TOO_DEEP',
        `Lexical editor state is nested deeper than ${limits.maxDepth} levels (at ${path})`,
      )
    }
    if (++nodes > limits.maxNodes) {
      throw new ClaimScanInputError(
        'LEXICAL_TOO_LARGE',
        `Lexical editor state has more than ${limits.maxNodes} nodes`,
      )
    }
    if (!isRecord(node)) throw invalid(`node at ${path} is not an object`)
    if (node.type === 'linebreak') return append('\n')
    if (node.type === 'tab') return append('\t')
    // Text nodes, and any other leaf that carries text (a code block's highlighted runs, hashtags):
    // the reader sees it.
    if (node.type === 'text' || (typeof node.text === 'string' && node.children === undefined)) {
      if (typeof node.text !== 'string') throw invalid(`text node at ${path} has no string "text"`)
      if (node.text.length > 0) {
        const format = (typeof node.format === 'number' ? node.format & READ_FORMATS : 0) | struckByStyle(node.style)
        segments.push({ path, start: length, end: length + node.text.length, ...(format ? { format } : {}) })
        append(node.text)
      }
      return
    }
    if (isRecord(node.fields)) {
      const isLink = LINK_TYPES.has(String(node.type))
      for (const [key, item] of Object.entries(node.fields))
        if (!(isLink && LINK_TARGET_KEYS.has(key))) visitFields(item, `${path}.fields.${key}`, depth + 2)
    }
    for (const [key, item] of Object.entries(node))
      if (!NODE_LAYOUT_KEYS.has(key)) visitFields(item, `${path}.${key}`, depth + 1)
    if (node.children === undefined) return // decorators without fields: rules, plain uploads
    if (!Array.isArray(node.children))
      throw invalid(`"children" of the node at ${path} is not an array`)
    const isBlock = !INLINE_TYPES.has(String(node.type))
    if (isBlock) breakBlock()
    node.children.forEach((child, index) => visit(child, `${path}.children[${index}]`, depth + 1))
    if (isBlock) breakBlock()
  }
  const visitFields = (value: unknown, path: string, depth: number): void => {
    if (depth > limits.maxDepth) {
      throw new ClaimScanInputError(
        'LEXICAL_TOO_DEEP',
        `Lexical editor state is nested deeper than ${limits.maxDepth} levels (at ${path})`,
      )
    }
    if (typeof value === 'string') {
      if (!isProse(value)) return
      breakBlock()
      segments.push({ path, start: length, end: length + value.length })
      append(value)
      breakBlock()
    } else if (isLexicalState(value)) {
      visit((value as { root: unknown }).root, `${path}.root`, depth + 1)
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visitFields(item, `${path}[${index}]`, depth + 1))
    } else if (isRecord(value)) {
      if (typeof value.type === 'string' && Array.isArray(value.children)) return visit(value, path, depth + 1)
      for (const [key, item] of Object.entries(value)) visitFields(item, `${path}.${key}`, depth + 1)
    }
  }
  visit(root, 'root', 0)
  return { text: parts.join(''), segments }
}
