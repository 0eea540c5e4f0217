import type { FlattenedField, Payload } from 'payload'

import { blockOf } from './blockOf.js'
import { isStorableDate } from './isStorableDate.js'
import { richTextProblems } from './richTextProblems.js'

export type InputProblem = { path: string; message: string }

/** A relation the input names, to be checked against the database. */
export type RelationRef = { path: string; collection: string; id: unknown }

/** Rich text larger than this (as JSON) is refused: no article needs it, and every version copies it. */
export const MAX_RICH_TEXT_BYTES = 512 * 1024
/** The cap for a text field that sets no maxLength of its own. */
export const DEFAULT_MAX_TEXT_LENGTH = 20_000

/** The most items a list (a `hasMany` value, an array's or blocks' rows) holds: each is a row the database writes at once, and SQL caps a statement's parameters. */
export const MAX_LIST_ITEMS = 1000

/** Field types whose `hasMany` makes the value a list. */
const HAS_MANY_TYPES = new Set(['select', 'text', 'number', 'relationship', 'upload'])

/** The values a select or radio field offers. */
export const optionValues = (field: FlattenedField): Set<string> =>
  new Set(
    ((field as { options?: unknown[] }).options ?? []).map((option) =>
      typeof option === 'string' ? option : String((option as { value: unknown }).value),
    ),
  )

/**
 * What is wrong with the values a client sent, checked on every save, drafts included: Payload
 * skips field validation for drafts, so a draft could otherwise store a 10 MB summary, a date that
 * breaks every later read, or rich text no editor can show. `required` is left to publishing. The
 * admin's empty choice ('') is rewritten in `data` as no choice.
 */
export const inputProblems = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  payload: Payload,
  prefix = '',
  relations: RelationRef[] = [],
): InputProblem[] => {
  const problems: InputProblem[] = []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const add = (message: string) => problems.push({ path, message })
    // A list or group is emptied with [] or {}; null reaches the database layer and fails there.
    if (value === null && ['array', 'blocks', 'group', 'tab'].includes(field.type)) add('cannot be null: send [] to empty a list')
    if (value === null || value === undefined) continue
    // Some databases store one value sent for a list as a list of one, which checks of the value as sent would not see.
    if ((field as { hasMany?: boolean }).hasMany && !Array.isArray(value) && HAS_MANY_TYPES.has(field.type)) {
      add('must be a list, e.g. ["…"]')
      continue
    }
    if (Array.isArray(value) && value.length > MAX_LIST_ITEMS && (field.type === 'array' || field.type === 'blocks' || HAS_MANY_TYPES.has(field.type))) {
      add(`holds ${value.length} items; the limit is ${MAX_LIST_ITEMS}`)
      continue
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code': {
        const items = Array.isArray(value) && (field as { hasMany?: boolean }).hasMany ? value : [value]
        const max = (field as { maxLength?: number }).maxLength ?? DEFAULT_MAX_TEXT_LENGTH
        for (const item of items) {
          if (typeof item !== 'string') add('must be text')
          else if (item.length > max) add(`is ${item.length} characters long; the limit is ${max}`)
        }
        break
      }
      case 'select':
      case 'radio': {
        const allowed = optionValues(field)
        // '' is the admin's empty choice: stored as none, since PostgreSQL keeps a choice as an enum, which has no ''.
        if (value === '') data[field.name] = null
        const items = Array.isArray(value) ? value.filter((item) => item !== '') : value === '' ? [] : [value]
        if (Array.isArray(value) && items.length < value.length) data[field.name] = items
        const unknown = items.find((item) => typeof item !== 'string' || !allowed.has(item))
        if (unknown !== undefined) add(`${JSON.stringify(unknown)?.slice(0, 60)} is not one of its options`)
        break
      }
      case 'number': {
        const items = Array.isArray(value) ? value : [value]
        if (items.some((item) => typeof item !== 'number' || !Number.isFinite(item))) add('must be a number')
        break
      }
      case 'date':
        if (!isStorableDate(value)) add('must be a date, e.g. 2026-11-30T09:00:00.000Z')
        break
      case 'relationship':
      case 'upload': {
        const to = (field as { relationTo: string | string[] }).relationTo
        for (const item of Array.isArray(value) ? value : [value]) {
          const polymorphic = Array.isArray(to)
          const target = polymorphic ? (item as { relationTo?: unknown })?.relationTo : to
          const id = polymorphic ? (item as { value?: unknown })?.value : item
          const ref = id && typeof id === 'object' && 'id' in id ? (id as { id: unknown }).id : id
          if (typeof target !== 'string' || (polymorphic && !to.includes(target))) add('names a collection it cannot relate to')
          else relations.push({ path, collection: target, id: ref })
        }
        break
      }
      case 'checkbox':
        if (typeof value !== 'boolean') add('must be true or false')
        break
      case 'richText': {
        if (JSON.stringify(value).length > MAX_RICH_TEXT_BYTES) add(`is larger than ${MAX_RICH_TEXT_BYTES / 1024} KB`)
        else for (const problem of richTextProblems(value, field, payload, relations, path)) add(problem)
        break
      }
      case 'group':
      case 'tab':
        if (typeof value !== 'object' || Array.isArray(value)) add('must be an object')
        else problems.push(...inputProblems(field.flattenedFields, value as Record<string, unknown>, payload, `${path}.`, relations))
        break
      case 'array':
        // The admin sends an empty list as its row count, 0.
        if (value === 0) break
        if (!Array.isArray(value)) add('must be a list')
        else
          value.forEach((row, index) => {
            if (!row || typeof row !== 'object') add('must be a list of objects')
            else problems.push(...inputProblems(field.flattenedFields, row as Record<string, unknown>, payload, `${path}.${index}.`, relations))
          })
        break
      case 'blocks':
        if (value === 0) break
        if (!Array.isArray(value)) add('must be a list')
        else
          value.forEach((row, index) => {
            const block = blockOf(field, (row as { blockType?: unknown })?.blockType, payload.blocks)
            if (!block) add(`item ${index} has no known blockType`)
            else problems.push(...inputProblems(block.flattenedFields, row as Record<string, unknown>, payload, `${path}.${index}.`, relations))
          })
        break
      default:
        break
    }
  }
  return problems
}
