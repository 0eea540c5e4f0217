import type { FlattenedField, Where } from 'payload'

import type { InputProblem } from './inputProblems.js'

const DATE_FIELDS = new Set(['createdAt', 'updatedAt'])
/** Operators whose value is a shape, not a single value or a list of them. */
const SHAPED = new Set(['near', 'within', 'intersects'])

const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(new Date(value).getTime())

/**
 * What in a `where` would reach the database as nonsense and fail there with a 500: an object
 * where a value belongs, or a date field compared with something that is not a date.
 */
export const whereProblems = (fields: FlattenedField[], where: unknown, depth = 0): InputProblem[] => {
  if (!where || typeof where !== 'object' || Array.isArray(where) || depth > 20) {
    return where === undefined ? [] : [{ path: 'where', message: 'must be an object of conditions' }]
  }
  const problems: InputProblem[] = []
  for (const [path, condition] of Object.entries(where as Where)) {
    if (path === 'and' || path === 'or') {
      if (!Array.isArray(condition)) problems.push({ path, message: 'must be a list of conditions' })
      else for (const item of condition) problems.push(...whereProblems(fields, item, depth + 1))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push({ path, message: 'needs an operator, e.g. where[field][equals]=value' })
      continue
    }
    const field = fields.find((candidate) => candidate.name === path)
    const isDateField = DATE_FIELDS.has(path) || field?.type === 'date'
    for (const [operator, value] of Object.entries(condition)) {
      if (SHAPED.has(operator)) continue
      const values = Array.isArray(value) ? value : [value]
      if (values.some((item) => item !== null && typeof item === 'object')) {
        problems.push({ path: `${path}.${operator}`, message: 'must be a value or a list of values' })
      } else if (isDateField && operator !== 'exists' && values.some((item) => item !== null && item !== '' && !isDate(item))) {
        problems.push({ path: `${path}.${operator}`, message: 'must be a date, e.g. 2026-11-30' })
      }
    }
  }
  return problems
}
