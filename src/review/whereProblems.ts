import type { FlattenedField, Where } from 'payload'

import { type InputProblem, optionValues } from './inputProblems.js'

import { blocksOf, type SharedBlocks } from './blockOf.js'
import { isStorableDate } from './isStorableDate.js'

const DATE_FIELDS = new Set(['createdAt', 'updatedAt'])
/** Operators whose value is a shape, not a single value or a list of them: a point field's only. */
const SHAPED = new Set(['near', 'within', 'intersects'])

/** Operators that match part of a text. */
const TEXT_MATCHING = new Set(['like', 'not_like', 'contains'])

const LISTS = new Set(['in', 'not_in', 'all'])

/** Operators the database layers answer for a { relationTo, value } pair (a list of pairs under `in` fails there). */
const PAIRED = new Set(['equals', 'not_equals'])

/** Operators that compare a field with values of its own kind. */
const COMPARING = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

const isNumber = (value: unknown) =>
  typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

/** What a where check needs to know of the site besides the collection's fields. */
export type WhereContext = {
  shared: SharedBlocks
  /** Whether the database is SQL (SQLite or PostgreSQL). */
  sql: boolean
  /** The locale codes a path may name after a localized field. */
  locales: readonly string[]
  /** The fields of another collection, for paths through a relation. */
  fieldsOf: (slug: string) => FlattenedField[] | undefined
}

type Found = {
  field?: FlattenedField
  /** The path goes on inside the field's value (a JSON or rich-text key). */
  inside: boolean
  /** The path names a related document's id (`author.id`, a polymorphic relation's `value`): the collection it is of. */
  idOf?: string | string[]
}

/**
 * The field a path names (through groups, tabs, arrays, blocks, shared ones included, relations,
 * a locale code after a localized field, and `version.` on versions), if any.
 */
const fieldAt = (fields: FlattenedField[], segments: string[], context: WhereContext, depth = 0): Found => {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field && name === 'version' && rest.length && depth === 0) return fieldAt(fields, rest, context, depth + 1)
  if (!field || rest.length === 0 || depth > 20) return { field, inside: false }
  if (context.locales.includes(rest[0]!)) return rest.length === 1 ? { field, inside: false } : fieldAt([field], [name!, ...rest.slice(1)], context, depth + 1)
  if (field.type === 'json' || field.type === 'richText') return { field, inside: true }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return fieldAt(field.flattenedFields, rest, context, depth + 1)
  if (field.type === 'blocks') {
    for (const block of blocksOf(field, context.shared)) {
      const found = fieldAt(block.flattenedFields ?? [], rest, context, depth + 1)
      if (found.field) return found
    }
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    const to = field.relationTo
    if (Array.isArray(to)) return rest.length === 1 && rest[0] === 'value' ? { field, inside: false, idOf: to.map(String) } : { field: undefined, inside: false }
    if (rest.length === 1 && rest[0] === 'id') return { field, inside: false, idOf: String(to) }
    const related = context.fieldsOf(String(to))
    return related ? fieldAt(related, rest, context, depth + 1) : { field: undefined, inside: false }
  }
  return { field: undefined, inside: false }
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
/** What Payload's SQL adapters answer for a key inside a JSON value; rich text they cannot query inside at all. */
const INSIDE_JSON_ON_SQL = new Set(['equals', 'not_equals', 'exists', 'like', 'not_like'])

/**
 * Whether every database answers this part-of-text operator on the field (measured on SQLite,
 * PostgreSQL and MongoDB): on text always; `like` also on numbers, relations and ids; `contains`
 * also on lists of choices or relations. PostgreSQL fails on the rest (a choice is an enum there).
 */
const matchesPartOfText = (operator: string, field: FlattenedField | undefined, isIdPath: boolean) => {
  if (field && TEXT_TYPES.has(field.type)) return true
  if (operator === 'like' && (isIdPath || field?.type === 'number' || field?.type === 'relationship' || field?.type === 'upload')) return true
  const list = Boolean(field && (field as { hasMany?: boolean }).hasMany)
  return operator === 'contains' && list && (field?.type === 'select' || field?.type === 'relationship' || field?.type === 'upload')
}

/** Whether `value` can be an id of `collection` (undefined: the collection queried). */
export type IdCheck = (collection: string | undefined, value: unknown) => boolean

/**
 * What in a `where` would reach the database as nonsense and fail there with a 500: an object
 * where a value belongs, a date field compared with something that is not a date, a number, choice
 * or checkbox field with something it cannot hold, an id (the document's own or a relation's)
 * that cannot be one on this database, part-of-text matching on anything but text, or a shape
 * operator on anything but a point.
 */
export const whereProblems = (fields: FlattenedField[], where: unknown, isId: IdCheck, context: WhereContext, depth = 0): InputProblem[] => {
  if (!where || typeof where !== 'object' || Array.isArray(where) || depth > 20) {
    return where === undefined ? [] : [{ path: 'where', message: 'must be an object of conditions' }]
  }
  const problems: InputProblem[] = []
  for (const [path, condition] of Object.entries(where as Where)) {
    // Payload reads `and` and `or` in any case (GraphQL spells them AND and OR).
    if (/^(and|or)$/i.test(path)) {
      if (!Array.isArray(condition)) problems.push({ path, message: 'must be a list of conditions' })
      else for (const item of condition) problems.push(...whereProblems(fields, item, isId, context, depth + 1))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push({ path, message: 'needs an operator, e.g. where[field][equals]=value' })
      continue
    }
    const { field: named, inside, idOf } = fieldAt(fields, path.replace(/__/g, '.').split('.'), context)
    const { sql } = context
    // A related document's id is checked as an id of its collection.
    const field = idOf === undefined ? named : undefined
    if (inside) {
      const refused = Object.keys(condition).filter((operator) => SHAPED.has(operator) || (sql && (field?.type === 'richText' || !INSIDE_JSON_ON_SQL.has(operator))))
      for (const operator of refused) problems.push({ path: `${path}.${operator}`, message: `cannot be answered inside ${field?.type === 'richText' ? 'rich text' : 'a JSON value'} on this database` })
      continue
    }
    const isDateField = DATE_FIELDS.has(path) || field?.type === 'date'
    const isIdPath = path === 'id' || idOf !== undefined
    const target =
      path === 'id'
        ? ''
        : typeof idOf === 'string'
          ? idOf
          : (field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string'
            ? field.relationTo
            : null
    const isChoice = field?.type === 'select' || field?.type === 'radio'
    const options = isChoice ? optionValues(field) : undefined
    const valueFits = (item: unknown) =>
      target !== null
        ? isId(target || undefined, item)
        : field?.type === 'number'
          ? isNumber(item)
          : field?.type === 'checkbox'
            ? [true, false, 'true', 'false'].includes(item as never)
            : options
              ? options.has(String(item))
              : true
    const expected =
      target !== null ? `an id of ${target || 'this collection'}` : field?.type === 'checkbox' ? 'true or false' : options ? 'one of its options' : 'a number'
    // A relation to several collections is compared with a { relationTo, value } pair, as Payload stores it.
    const targets = (field?.type === 'relationship' || field?.type === 'upload') && Array.isArray(field.relationTo) ? field.relationTo.map(String) : []
    const isPair = (item: unknown) => {
      const { relationTo, value, ...other } = item as { relationTo?: unknown; value?: unknown }
      return typeof relationTo === 'string' && targets.includes(relationTo) && Object.keys(other).length === 0 && isId(relationTo, value)
    }
    for (const [operator, value] of Object.entries(condition)) {
      if (SHAPED.has(operator)) {
        if (field?.type !== 'point') problems.push({ path: `${path}.${operator}`, message: 'applies to a point field only' })
        continue
      }
      if (operator === 'all' && sql) {
        problems.push({ path: `${path}.${operator}`, message: 'is not answered by this database: combine equals conditions with and' })
        continue
      }
      if (TEXT_MATCHING.has(operator) && (field || isIdPath) && !matchesPartOfText(operator, field, isIdPath)) {
        problems.push({ path: `${path}.${operator}`, message: 'matches part of a text, which this field does not hold: compare it with equals or in' })
        continue
      }
      // Lists may come as one comma-separated string (?where[id][in]=1,2), as Payload reads them.
      const values = Array.isArray(value) ? value : LISTS.has(operator) && typeof value === 'string' ? value.split(',') : [value]
      if (values.some((item) => item !== null && typeof item === 'object' && !(item instanceof Date && isDateField) && !(PAIRED.has(operator) && isPair(item)))) {
        problems.push({ path: `${path}.${operator}`, message: 'must be a value or a list of values' })
      } else if (isDateField && operator !== 'exists' && values.some((item) => item !== null && item !== '' && !isStorableDate(item))) {
        problems.push({ path: `${path}.${operator}`, message: 'must be a date, e.g. 2026-11-30' })
      } else if ((COMPARING.has(operator) || (options && operator === 'contains')) && values.some((item) => item !== null && !valueFits(item))) {
        problems.push({ path: `${path}.${operator}`, message: `must be ${expected}` })
      }
    }
  }
  return problems
}
