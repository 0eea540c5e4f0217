import type { FlattenedField, Payload } from 'payload'

import type { ContentShape } from './readerContent.js'

import { isObject } from '../isObject.js'
import { blockOf, blocksOf, type SharedBlocks } from './blockOf.js'

/**
 * Localized sites: a reader who asks for another locale receives that locale's text, so the gate
 * reviews and fingerprints the text of every locale together. These helpers build that document.
 */

type Doc = Record<string, unknown>

const hasLocalizedField = (fields: FlattenedField[], shared: SharedBlocks): boolean =>
  fields.some(
    (field) =>
      (field as { localized?: boolean }).localized === true ||
      ('flattenedFields' in field && hasLocalizedField(field.flattenedFields, shared)) ||
      (field.type === 'blocks' && blocksOf(field, shared).some((block) => hasLocalizedField(block.flattenedFields, shared))),
  )

/** The site's locale codes when some field of `fields` is localized; undefined otherwise. */
export const reviewedLocales = (payload: Payload, fields: FlattenedField[]): string[] | undefined => {
  const { localization } = payload.config
  return localization && hasLocalizedField(fields, payload.blocks) ? localization.localeCodes : undefined
}

const rowWithId = (rows: unknown, id: unknown): Doc | undefined =>
  Array.isArray(rows) && id !== undefined ? (rows.find((row) => isObject(row) && row.id === id) as Doc | undefined) : undefined

/**
 * `current` (the document in the writer's `locale`, as this write leaves it) with every localized
 * field as a map of locale to value: the writer's locale from `current`, the others from `stored`
 * (read with locale `all`; only `storedLocales` of it, when given). As Payload merges a write into
 * the stored locales: rows of arrays and blocks are matched by id, and a write in no single locale
 * (`all`, or none) changes no localized value.
 */
export const withEveryLocale = (
  fields: FlattenedField[],
  current: Doc,
  stored: Doc,
  locale: string | undefined,
  shape: Required<ContentShape>,
  storedLocales?: readonly string[],
): Doc => {
  const { locales } = shape
  const nested = (fieldsOf: FlattenedField[], value: Doc, before: Doc) =>
    withEveryLocale(fieldsOf, value, before, locale, shape, storedLocales)
  const result: Doc = { ...current }
  for (const field of fields) {
    const value = current[field.name]
    const before = stored[field.name]
    if ((field as { localized?: boolean }).localized === true) {
      const storedByLocale = isObject(before) ? before : {}
      const storedIn = (code: string) => (storedLocales && !storedLocales.includes(code) ? undefined : storedByLocale[code])
      // An empty list is stored as no value where none was stored (SQL keeps no rows for it).
      const own = Array.isArray(value) && value.length === 0 && storedIn(String(locale)) === undefined ? undefined : value
      result[field.name] = Object.fromEntries(locales.map((code) => [code, code === locale ? own : storedIn(code)]))
    } else if ((field.type === 'group' || field.type === 'tab') && isObject(value)) {
      result[field.name] = nested(field.flattenedFields, value, isObject(before) ? before : {})
    } else if (field.type === 'array' && Array.isArray(value)) {
      result[field.name] = value.map((row) =>
        isObject(row) ? nested(field.flattenedFields, row, rowWithId(before, row.id) ?? {}) : row,
      )
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      result[field.name] = value.map((row) => {
        const block = isObject(row) ? blockOf(field, row.blockType, shape.blocks) : undefined
        return isObject(row) && block ? nested(block.flattenedFields, row, rowWithId(before, row.id) ?? {}) : row
      })
    }
  }
  return result
}
