import type { FlattenedField, Payload } from 'payload'

import { blocksOf } from './blockOf.js'

/**
 * Whether Payload's SQL adapters fail (a 500) on a path through a relation: into a `hasMany` text or
 * number field of the related collection (kept in a table of its own the query does not join), or
 * into the inside of one of its JSON or rich-text fields (the column name turns ambiguous).
 */
const failsOnSql = (fields: FlattenedField[], [name, ...rest]: string[], payload: Payload, related: boolean, depth: number): boolean => {
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || depth > 20) return false
  if (related && (field.type === 'text' || field.type === 'number') && (field as { hasMany?: boolean }).hasMany) return true
  if (related && (field.type === 'json' || field.type === 'richText') && rest.length > 0) return true
  if (rest.length === 0) return false
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const target = payload.collections[field.relationTo as keyof typeof payload.collections]?.config.flattenedFields
    return target ? failsOnSql(target, rest, payload, true, depth + 1) : false
  }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return failsOnSql(field.flattenedFields, rest, payload, related, depth + 1)
  if (field.type === 'blocks') return blocksOf(field, payload.blocks).some((block) => failsOnSql(block.flattenedFields, rest, payload, related, depth + 1))
  return false
}

/** The paths of a query or sort that Payload's SQL adapters cannot answer (none on MongoDB). */
export const pathsSqlCannotAnswer = (payload: Payload, fields: FlattenedField[], paths: string[]): string[] =>
  payload.db.name === 'mongoose' ? [] : paths.filter((path) => failsOnSql(fields, path.replace(/__/g, '.').split('.'), payload, false, 0))
