import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import type { StaffChecks } from './isStaffUser.js'

import { publicError } from '../publicError.js'
import { blocksOf, type SharedBlocks } from './blockOf.js'
import { isStaffUser } from './isStaffUser.js'

type Schema = {
  reviewed: ReadonlySet<string>
  shared: SharedBlocks
  /** The fields of a collection, by slug. */
  fieldsOf: (slug: string) => FlattenedField[] | undefined
}

/**
 * Whether a field path goes through a relationship, upload or join into a reviewed collection,
 * and how many segments follow that field. Groups, tabs, arrays, blocks and relations to other
 * collections are walked into; a virtual field that names a path is read as that path.
 */
const reachesReviewed = (fields: FlattenedField[], top: FlattenedField[], segments: string[], schema: Schema, depth = 0): number | undefined => {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || depth > 20) return undefined
  const walk = (next: FlattenedField[], path: string[], nextTop = top) => reachesReviewed(next, nextTop, path, schema, depth + 1)
  const { virtual } = field as { virtual?: unknown }
  if (typeof virtual === 'string') return walk(top, [...virtual.split('.'), ...rest])
  if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
    const targets: string[] = field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat()
    if (targets.some((target) => schema.reviewed.has(target))) return rest.length
    // A relation to several collections is queried as `value.field`.
    const path = targets.length > 1 && rest[0] === 'value' ? rest.slice(1) : rest
    for (const target of path.length ? targets : []) {
      const related = schema.fieldsOf(target)
      const reach = related && walk(related, path, related)
      if (reach !== undefined) return reach
    }
    return undefined
  }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return walk(field.flattenedFields, rest)
  if (field.type === 'blocks') {
    for (const block of blocksOf(field, schema.shared)) {
      const reach = walk(block.flattenedFields, rest)
      if (reach !== undefined) return reach
    }
  }
  return undefined
}

const isNestedQuery = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Paths of a `where` whose condition is a query of its own (`{ contains: { body: … } }`). */
const nestedQueryPaths = (where: unknown, depth = 0): string[] => {
  if (!isNestedQuery(where) || depth > 20) return []
  return Object.entries(where as Record<string, unknown>).flatMap(([path, condition]) => {
    if (path === 'and' || path === 'or') return Array.isArray(condition) ? condition.flatMap((item) => nestedQueryPaths(item, depth + 1)) : []
    return isNestedQuery(condition) && Object.values(condition as Record<string, unknown>).some(isNestedQuery) ? [path] : []
  })
}

/**
 * Payload answers a query nested in a relationship (`where[featured][contains][body][like]=…`)
 * without the related collection's read rules, and sorts by a related document's field
 * (`sort=hero.body`) the same way. Into a reviewed collection, both tell anyone about the text of
 * drafts nobody signed, a letter at a time. So a reader (anyone not on staff) may use neither into
 * reviewed content, on any collection; the path form of a condition (`where[featured.body]`),
 * which Payload does limit to what the reader may read, stays open.
 */
export const refuseReviewedRelationQueries =
  (reviewedSlugs: readonly string[], options: StaffChecks): CollectionBeforeOperationHook =>
  ({ args, collection, req }) => {
    const { overrideAccess, sort, where } = args as { overrideAccess?: boolean; sort?: unknown; where?: unknown }
    if (overrideAccess === true || isStaffUser(req.user, options)) return args
    const schema: Schema = {
      reviewed: new Set(reviewedSlugs),
      shared: req.payload.blocks,
      fieldsOf: (slug) => req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields,
    }
    const reach = (path: string) => reachesReviewed(collection.flattenedFields, collection.flattenedFields, path.split('.'), schema)
    const nested = nestedQueryPaths(where).filter((path) => reach(path) !== undefined)
    if (nested.length) {
      throw publicError(
        400,
        'INVALID_WHERE',
        `The query cannot be answered: ${nested.join(', ')} relates to reviewed content; ask about its fields by path instead, e.g. where[${nested[0]}.title][equals]=….`,
      )
    }
    const keys = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort.map(String) : []
    const related = keys.map((key) => key.replace(/^-/, '')).filter((key) => (reach(key) ?? 0) > 0)
    if (related.length) {
      throw publicError(400, 'INVALID_SORT', `sort cannot go into reviewed content (${related.join(', ')}): sort by this collection's own fields.`)
    }
    return args
  }
