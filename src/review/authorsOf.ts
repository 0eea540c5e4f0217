import { isObject } from '../isObject.js'

/**
 * The user ids in an author field's value, whatever its shape: an id, a populated document, a
 * list of either (`hasMany`), or `{ relationTo, value }` pairs (several collections; only those of
 * the users collection count). An author the plugin cannot read must never mean "no author".
 */
export const authorsOf = (doc: Record<string, unknown>, authorField: string | undefined, usersSlug: string): string[] => {
  const ids = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(ids)
    if (isObject(value) && 'relationTo' in value) return value.relationTo === usersSlug ? ids(value.value) : []
    const id = isObject(value) ? value.id : value
    return id === undefined || id === null || id === '' ? [] : [String(id)]
  }
  return authorField ? [...new Set(ids(doc[authorField]))] : []
}
