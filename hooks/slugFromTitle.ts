import type { FieldHook } from 'payload'

/** "CAR T-cell therapy: why it matters" -> "car-t-cell-therapy-why-it-matters" */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

/** Keeps a slug the writer typed (normalised); derives one from the title when it is empty. */
export const slugFromTitle: FieldHook = ({ value, data, originalDoc }) => {
  const typed = typeof value === 'string' ? slugify(value) : ''
  if (typed) return typed
  const title = data?.title ?? originalDoc?.title
  return typeof title === 'string' ? slugify(title) || undefined : undefined
}
