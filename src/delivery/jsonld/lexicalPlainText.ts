type Node = { type?: unknown; text?: unknown; children?: unknown }

const INLINE = new Set(['link', 'autolink', 'mark', 'hashtag', 'emoji', 'keyword', 'overflow'])

/** Plain text of a Lexical rich-text value (an FAQ answer), blocks separated by blank lines. */
export const lexicalPlainText = (value: unknown): string => {
  if (typeof value === 'string') return value.trim()
  const blocks: string[] = []
  let current = ''
  const flush = () => {
    if (current.trim()) blocks.push(current.trim())
    current = ''
  }
  const visit = (node: Node, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 50) return
    if (node.type === 'text' && typeof node.text === 'string') current += node.text
    else if (node.type === 'linebreak') current += '\n'
    if (!Array.isArray(node.children)) return
    const block = !INLINE.has(String(node.type))
    if (block) flush()
    for (const child of node.children) visit(child as Node, depth + 1)
    if (block) flush()
  }
  visit(((value as { root?: Node } | null)?.root ?? {}) as Node, 0)
  flush()
  return blocks.join('\n\n')
}
