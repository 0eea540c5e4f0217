import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { publicError } from '../publicError.js'
import { type RelationPath, relationPathsTo } from './relationPathsTo.js'
import type { RelationRef } from './inputProblems.js'

import { richTextProblems } from './richTextProblems.js'

const READ_PAGE = 100

/** The values at a dotted path of a document, through groups, arrays and block rows. */
const valuesAt = (value: unknown, segments: string[]): unknown[] => {
  if (segments.length === 0) return Array.isArray(value) ? value : [value]
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, segments))
  return value !== null && typeof value === 'object' ? valuesAt((value as Record<string, unknown>)[segments[0]!], segments.slice(1)) : []
}

/** Published documents of `slug` whose relations at `paths` name the document, in one locale. */
const liveHolders = async (req: PayloadRequest, slug: string, paths: RelationPath[], target: string, id: number | string, locale?: string) => {
  const common = { collection: slug as CollectionSlug, depth: 0, pagination: false, overrideAccess: true, req, ...(locale ? { locale: locale as never } : {}) }
  const published: Where = { _status: { equals: 'published' } }
  const others: Where[] = slug === target ? [{ id: { not_equals: id } }] : []
  const queried = paths.filter((relation) => !relation.throughBlocks && !relation.richText)
  const holders = new Set<string>()
  if (queried.length) {
    const relates = queried.map(({ path, polymorphic }) => ({ [path]: { equals: polymorphic ? { relationTo: target, value: id } : id } }))
    const { docs } = await req.payload.find({ ...common, where: { and: [published, { or: relates }, ...others] }, limit: 5, select: {} })
    for (const doc of docs) holders.add(String(doc.id))
  }
  // SQL queries a path that blocks share in the first block's table only, and no database queries
  // inside rich text alike: such relations are read and compared here.
  const read = paths.filter((relation) => relation.throughBlocks || relation.richText)
  if (read.length) {
    const select = Object.fromEntries(read.map(({ path }) => [path.split('.')[0]!, true as const]))
    // The documents a stored rich text points at, through its nodes' own fields and the rich text in them.
    const pointsAt = (value: unknown, field: NonNullable<RelationPath['richText']>) => {
      const relations: RelationRef[] = []
      richTextProblems(value, field, req.payload, relations)
      return relations.some((relation) => relation.collection === target && String(relation.id) === String(id))
    }
    const names = (item: unknown, { polymorphic, richText }: RelationPath) =>
      richText
        ? pointsAt(item, richText)
        : polymorphic
          ? item !== null && typeof item === 'object' && (item as { relationTo?: unknown }).relationTo === target && String((item as { value?: unknown }).value) === String(id)
          : item !== null && item !== undefined && String(item) === String(id)
    // The ids first, then their texts a page at a time: all at once held every published text in memory.
    const { docs: publishedIds } = await req.payload.find({ ...common, where: { and: [published, ...others] }, limit: 0, select: {} })
    const ids = publishedIds.map((doc) => doc.id)
    for (let start = 0; start < ids.length; start += READ_PAGE) {
      const page = ids.slice(start, start + READ_PAGE)
      const { docs } = await req.payload.find({ ...common, where: { id: { in: page } }, limit: page.length, select })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        if (read.some((relation) => valuesAt(doc, relation.path.split('.')).some((item) => names(item, relation)))) holders.add(String(doc.id))
      }
    }
  }
  return [...holders]
}

/**
 * Refuses (409) to take a document away from readers while published, reviewed content relates to
 * it, in any locale: the content's sign-off covers the relation by id, and readers would get it
 * emptied with no write to that content. `richText`: whether rich text is read too (not for
 * Payload's own collections, whose documents no reader is shown).
 */
export const refuseWhileLiveContentRelates = async (
  req: PayloadRequest,
  { slug, id, reviewedSlugs, richText, action }: { slug: string; id: number | string; reviewedSlugs: readonly string[]; richText: boolean; action: string },
) => {
  const locales: (string | undefined)[] = req.payload.config.localization ? req.payload.config.localization.localeCodes : [undefined]
  const holders = new Set<string>()
  for (const reviewedSlug of reviewedSlugs) {
    const reviewed = req.payload.collections[reviewedSlug as CollectionSlug]?.config
    const paths = (reviewed ? relationPathsTo(reviewed.flattenedFields, slug, req.payload.blocks) : []).filter((relation) => richText || !relation.richText)
    // A value that is not localized is the same in every locale: read once.
    const shared = paths.filter((relation) => !relation.localized)
    const perLocale = paths.filter((relation) => relation.localized)
    const reads: [RelationPath[], string | undefined][] = [
      ...(shared.length ? [[shared, undefined] as [RelationPath[], undefined]] : []),
      ...(perLocale.length ? locales.map((locale) => [perLocale, locale] as [RelationPath[], string | undefined]) : []),
    ]
    for (const [read, locale] of reads) {
      for (const holder of await liveHolders(req, reviewedSlug, read, slug, id, locale)) holders.add(`${reviewedSlug} ${holder}`)
    }
  }
  if (holders.size) {
    const list = [...holders]
    throw publicError(
      409,
      'RELATED_TO_LIVE_CONTENT',
      `Not ${action}: published, medically reviewed content relates to this document (${list.join(', ')}), and this would change what readers get without a review. Remove it from that content, or unpublish the content, first.`,
      { holders: list },
    )
  }
}
