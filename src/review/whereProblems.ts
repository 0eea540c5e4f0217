import type { FlattenedField, Where } from 'payload'

import type { InputProblem } from './inputProblems.js'

import { blocksOf, type SharedBlocks } from './blockOf.js'

const DATE_FIELDS = new Set(['createdAt', 'updatedAt'])
/** Operators whose value is a shape, not a single value or a list of them. */
const SHAPED = new Set(['near', 'within', 'intersects'])

const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(new Date(value).getTime())

const LISTS = new Set(['in', 'not_in', 'all'])

/** Operators the database layers answer for a { relationTo, value } pair (a list of pairs under `in` fails there). */
const PAIRED = new Set(['equals', 'not_equals'])

/** Operators that compare a field with values of its own kind. */
const COMPARING = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

const isNumber = (value: unknown) =>
  typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

/** The field a path names inside the document (through groups, tabs, arrays and blocks, shared ones included), if any. */
const fieldAt = (fields: FlattenedField[], [name, ...rest]: string[], shared: SharedBlocks): FlattenedField | undefined => {
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return fieldAt(field.flattenedFields, rest, shared)
  if (field.type === 'blocks') {
    for (const block of blocksOf(field, shared)) {
      const found = fieldAt(block.flattenedFields ?? [], rest, shared)
      if (found) return found
    }
  }
  return undefined
}

/** Whether `value` can be an id of `collection` (undefined: the collection queried). */
export type IdCheck = (collection: string | undefined, value: unknown) => boolean

/**
 * What in a `where` would reach the database as nonsense and fail there with a 500: an object
 * where a value belongs, a date field compared with something that is not a date, a number field
 * with something that is not a number, or an id (the document's own or a relation's) that cannot
 * be one on this database.
 */
export const whereProblems = (fields: FlattenedField[], where: unknown, isId: IdCheck, shared: SharedBlocks, depth = 0): InputProblem[] => {
  if (!where || typeof where !== 'object' || Array.isArray(where) || depth > 20) {
    return where === undefined ? [] : [{ path: 'where', message: 'must be an object of conditions' }]
  }
  const problems: InputProblem[] = []
  for (const [path, condition] of Object.entries(where as Where)) {
    // Payload reads `and` and `or` in any case (GraphQL spells them AND and OR).
    if (/^(and|or)$/i.test(path)) {
      if (!Array.isArray(condition)) problems.push({ path, message: 'must be a list of conditions' })
      else for (const item of condition) problems.push(...whereProblems(fields, item, isId, shared, depth + 1))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push({ path, message: 'needs an operator, e.g. where[field][equals]=value' })
      continue
    }
    const field = fieldAt(fields, path.split('.'), shared)
    const isDateField = DATE_FIELDS.has(path) || field?.type === 'date'
    const target =
      path === 'id' ? '' : (field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string' ? field.relationTo : null
    const valueFits = (item: unknown) =>
      target !== null ? isId(target || undefined, item) : field?.type === 'number' ? isNumber(item) : true
    const expected = target !== null ? `an id of ${target || 'this collection'}` : 'a number'
    // A relation to several collections is compared with a { relationTo, value } pair, as Payload stores it.
    const targets = (field?.type === 'relationship' || field?.type === 'upload') && Array.isArray(field.relationTo) ? field.relationTo.map(String) : []
    const isPair = (item: unknown) => {
      const { relationTo, value, ...other } = item as { relationTo?: unknown; value?: unknown }
      return typeof relationTo === 'string' && targets.includes(relationTo) && Object.keys(other).length === 0 && isId(relationTo, value)
    }
    for (const [operator, value] of Object.entries(condition)) {
      if (SHAPED.has(operator)) continue
      // Lists may come as one comma-separated string (?where[id][in]=1,2), as Payload reads them.
      const values = Array.isArray(value) ? value : LISTS.has(operator) && typeof value === 'string' ? value.split(',') : [value]
      if (values.some((item) => item !== null && typeof item === 'object' && !(PAIRED.has(operator) && isPair(item)))) {
        problems.push({ path: `${path}.${operator}`, message: 'must be a value or a list of values' })
      } else if (isDateField && operator !== 'exists' && values.some((item) => item !== null && item !== '' && !isDate(item))) {
        problems.push({ path: `${path}.${operator}`, message: 'must be a date, e.g. 2026-11-30' })
      } else if (COMPARING.has(operator) && values.some((item) => item !== null && !valueFits(item))) {
        problems.push({ path: `${path}.${operator}`, message: `must be ${expected}` })
      }
    }
  }
  return problems
}
