/** A block of rich text: a paragraph, a heading or a bulleted list. */
export type RichTextBlock = string | { heading: string; level?: 2 | 3 } | { list: string[] }

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }
const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })

const block = (item: RichTextBlock) => {
  if (typeof item === 'string') return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(item)] }
  if ('heading' in item) return { ...base, type: 'heading', tag: `h${item.level ?? 2}`, children: [text(item.heading)] }
  return {
    ...base,
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: item.list.map((entry, index) => ({ ...base, type: 'listitem', value: index + 1, children: [text(entry)] })),
  }
}

/** Builds the Lexical editor state Payload stores for a richText field, from plain blocks. */
export const richText = (...blocks: RichTextBlock[]) => ({
  root: { ...base, type: 'root', children: blocks.map(block) },
})
