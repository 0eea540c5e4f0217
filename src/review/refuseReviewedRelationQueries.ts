import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import type { StaffChecks } from './isStaffUser.js'

import { publicError } from '../publicError.js'
import { blocksOf, type SharedBlocks } from './blockOf.js'
import { isStaffUser } from './isStaffUser.js'
import { wherePaths } from './wherePaths.js'

type Schema = {
  reviewed: ReadonlySet<string>
  shared: SharedBlocks
  /** A locale code may follow a localized field in a path (`seo.en.hero`); Payload skips it. */
  localeCodes: ReadonlySet<string>
  /** The fields of a collection, by slug. */
  fieldsOf: (slug: string) => FlattenedField[] | undefined
  /**
   * A `hidden` field counts as reached too, and so does a field with read rules of its own: Payload
   * sorts by either, and checks such rules for a `where` without the document (an account's
   * `sessions`, readable when `user?.id === doc?.id`, passed for anyone signed out).
   */
  hiddenToo?: boolean
  /** Whether a relation into a reviewed collection counts (not for a `where` by path, which Payload limits). */
  reviewedToo?: boolean
}

/**
 * Whether a field path goes through a relationship, upload or join into a reviewed collection (or
 * reaches a hidden field, with `hiddenToo`), and how many segments follow that field. Groups, tabs, arrays, blocks and relations to other
 * collections are walked into; a virtual field that names a path is read as that path.
 */
const reachesReviewed = (fields: FlattenedField[], top: FlattenedField[], segments: string[], schema: Schema, depth = 0): number | undefined => {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  const walk = (next: FlattenedField[], path: string[], nextTop = top) => reachesReviewed(next, nextTop, path, schema, depth + 1)
  // Deeper than any real path (a cycle of relations, say): read as reaching reviewed content.
  if (depth > 20) return Math.max(1, segments.length)
  if (!field) return depth > 0 && schema.localeCodes.has(name) ? walk(fields, rest) : undefined
  if (schema.hiddenToo && (field.hidden || (field as { access?: { read?: unknown } }).access?.read)) return Math.max(1, rest.length)
  const { virtual } = field as { virtual?: unknown }
  if (typeof virtual === 'string') return walk(top, [...virtual.split('.'), ...rest])
  if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
    const targets: string[] = field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat()
    if (schema.reviewedToo !== false && targets.some((target) => schema.reviewed.has(target))) return rest.length
    // A relation to several collections is queried as `value.field`.
    const path = targets.length > 1 && rest[0] === 'value' ? rest.slice(1) : rest
    for (const target of path.length ? targets : []) {
      const targetFields = schema.fieldsOf(target)
      const reach = targetFields && walk(targetFields, path, targetFields)
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

/** How Payload reads a path: `__` (GraphQL's separator) as `.`. */
const segmentsOf = (path: string) => path.replace(/__/g, '.').split('.')

/**
 * Paths of a `where` whose condition is a query of its own (`{ contains: { body: … } }`), with an
 * example of the path form, and whether that query nests one more (`deep`).
 */
const nestedQueries = (where: unknown, depth = 0): { path: string; example: string; deep: boolean }[] => {
  // Deeper than any real query: refused, whatever it holds.
  if (depth > 20) return [{ path: 'where', example: 'a query of fewer levels', deep: true }]
  if (!isNestedQuery(where)) return []
  return Object.entries(where as Record<string, unknown>).flatMap(([path, condition]) => {
    // Payload reads `and` and `or` in any case.
    if (/^(and|or)$/i.test(path)) return Array.isArray(condition) ? condition.flatMap((item) => nestedQueries(item, depth + 1)) : []
    // Payload nests a query only under `contains` (an object, or a list holding one).
    const contains = isNestedQuery(condition) ? (condition as Record<string, unknown>).contains : undefined
    const inner = [contains].flat().find(isNestedQuery) as Record<string, unknown> | undefined
    if (!inner) return []
    const [field, test] = Object.entries(inner).find(([key]) => !/^(and|or)$/i.test(key)) ?? []
    const operator = isNestedQuery(test) ? Object.keys(test as object)[0] : undefined
    const example = field && operator ? `where[${path}.${field}][${operator}]=…` : `where[${path}.<field>][equals]=…`
    return [{ path, example, deep: nestedQueries(inner, depth + 1).length > 0 }]
  })
}

/** The field a join in `joins` names, by its path. */
const joinAt = (fields: FlattenedField[], path: string): Extract<FlattenedField, { type: 'join' }> | undefined => {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === name)
  if (field?.type === 'join' && rest.length === 0) return field
  return field && (field.type === 'group' || field.type === 'tab') ? joinAt(field.flattenedFields, rest.join('.')) : undefined
}

/**
 * Payload answers a query nested in a relationship (`where[featured][contains][body][like]=…`)
 * without the related collection's read rules, and sorts by a related document's field
 * (`sort=hero.body`) the same way, in a join's `where` and `sort` too. Into a reviewed collection,
 * each tells anyone about the text of drafts nobody signed, a letter at a time. So a reader (anyone
 * not on staff) may use none of them into reviewed content, on any collection; the path form of a
 * condition (`where[featured.body]`), which Payload does limit to what the reader may read, stays
 * open. Added to every collection at start-up, those of later plugins included.
 */
export const refuseReviewedRelationQueries = (reviewedSlugs: readonly string[], options: StaffChecks): CollectionBeforeOperationHook => {
  const reviewed = new Set(reviewedSlugs)
  return ({ args, collection, req }) => {
    const { joins, overrideAccess, sort, where } = args as { joins?: unknown; overrideAccess?: boolean; sort?: unknown; where?: unknown }
    if ((where === undefined && sort === undefined && joins === undefined) || overrideAccess === true || isStaffUser(req.user, options)) return args
    const schema: Schema = {
      reviewed,
      shared: req.payload.blocks,
      localeCodes: new Set(req.payload.config.localization ? req.payload.config.localization.localeCodes : []),
      fieldsOf: (slug) => req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields,
    }
    /**
     * `self`: the collection queried. Payload runs the same hook for its versions (it passes no
     * other operation name), whose paths start with `version.` or `parent.` (the document, a
     * relation to `self`); a path so named and naming no field of its own is read as theirs.
     */
    const check = (fields: FlattenedField[], query: { where?: unknown; sort?: unknown }, prefix: string, self: string) => {
      const reach = (path: string, at = schema) => {
        const segments = segmentsOf(path)
        const [first, ...rest] = segments
        if (fields.some((field) => field.name === first)) return reachesReviewed(fields, fields, segments, at)
        if (first === 'version') return reachesReviewed(fields, fields, rest, at)
        if (first === 'parent' && rest.length) return reviewed.has(self) ? rest.length : reachesReviewed(fields, fields, rest, at)
        return undefined
      }
      // A query nested twice is refused whatever it reaches: Payload fails on it anyway, and the inner
      // relation is another collection's.
      const nested = nestedQueries(query.where).filter(({ deep, path }) => deep || reach(path) !== undefined)
      if (nested.length) {
        throw publicError(
          400,
          'INVALID_WHERE',
          `The query cannot be answered: a query nested in ${nested.map(({ path }) => prefix + path).join(', ')} would read reviewed content past its access (readers may not nest a query in a relation to reviewed content, or nest one twice); ask by path instead, e.g. ${nested[0].example}.`,
        )
      }
      const guarded = wherePaths(query.where).filter((path) => (reach(path, { ...schema, hiddenToo: true, reviewedToo: false }) ?? 0) > 0)
      if (guarded.length) {
        throw publicError(
          400,
          'INVALID_WHERE',
          `The query cannot be answered: ${guarded.map((path) => prefix + path).join(', ')} reaches a hidden field, or a field with read rules of its own, which Payload checks without the document; ask by other fields.`,
        )
      }
      const keys = typeof query.sort === 'string' ? query.sort.split(',') : Array.isArray(query.sort) ? query.sort.map(String) : []
      // Payload sorts by a field whatever its read access says: the review state is staff's alone,
      // and so are hidden and read-guarded fields (an account's reset token or sessions).
      const ofReviewState = (key: string) => {
        const [first, second] = segmentsOf(key)
        return reviewed.has(self) && (first === 'medicalReview' || (first === 'version' && second === 'medicalReview'))
      }
      const related = keys.map((key) => key.trim().replace(/^-/, '')).filter((key) => ofReviewState(key) || (reach(key, { ...schema, hiddenToo: true }) ?? 0) > 0)
      if (related.length) {
        throw publicError(
          400,
          'INVALID_SORT',
          `sort cannot go into reviewed content, its review state, hidden fields or fields with read rules of their own (${related.map((key) => prefix + key).join(', ')}): sort by the listed documents' own fields.`,
        )
      }
    }
    check(collection.flattenedFields, { where, sort }, '', collection.slug)
    for (const [path, join] of isNestedQuery(joins) ? Object.entries(joins as Record<string, unknown>) : []) {
      const field = joinAt(collection.flattenedFields, path)
      if (!field || !isNestedQuery(join)) continue
      for (const target of [field.collection].flat()) {
        const fields = schema.fieldsOf(target)
        if (fields) check(fields, join as { where?: unknown; sort?: unknown }, `joins.${path}: `, target)
      }
    }
    return args
  }
}
