import { baseIDField, type FieldHook, type FlattenedField } from 'payload'

import { blockOf, type SharedBlocks } from './blockOf.js'
import { canonicalRichText } from './canonicalRichText.js'

type FieldHooks = { beforeChange?: FieldHook[] }

/** Marks a field the plugin itself adds (review state, public projection): never reviewed content. */
export const SYSTEM_FIELD = 'medicalReviewSystemField'

/**
 * Fields Payload gives every document, bookkeeping rather than something a writer says to a reader.
 * Only on the document itself: inside a group, tab, row or block these names are the site's own
 * fields, as much content as any other ("Updated: this tea cures MS").
 */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])

/** A key Payload (or its admin) makes for a new row: an ObjectId's 24 hex digits. */
const PAYLOAD_ROW_KEY = /^[0-9a-f]{24}$/

/**
 * The id Payload adds to each array row and block, holding a random key. Payload keeps whatever
 * id a client sends, and readers receive it, so only a key of Payload's own form is left out; a
 * row id the site defines itself stays content.
 */
const isGeneratedRowKey = (field: FlattenedField, value: unknown): boolean =>
  field.name === 'id' &&
  (field as { hooks?: FieldHooks }).hooks?.beforeChange?.[0] === baseIDField.hooks?.beforeChange?.[0] &&
  (value === undefined || value === null || (typeof value === 'string' && PAYLOAD_ROW_KEY.test(value)))

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const relation = (field: FlattenedField, value: unknown): unknown => {
  const one = (item: unknown) =>
    Array.isArray((field as { relationTo?: unknown }).relationTo) && item && typeof item === 'object'
      ? { relationTo: (item as { relationTo: unknown }).relationTo, value: idOf((item as { value: unknown }).value) }
      : idOf(item)
  return Array.isArray(value) ? value.map(one) : one(value)
}

const sortedJson = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortedJson)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedJson((value as Record<string, unknown>)[key])]),
    )
  }
  return value ?? null
}

const isDataField = (field: FlattenedField, nested: boolean, value: unknown): boolean =>
  field.type !== 'join' &&
  !(nested ? isGeneratedRowKey(field, value) : BOOKKEEPING.has(field.name)) &&
  !(field.custom as Record<string, unknown> | undefined)?.[SYSTEM_FIELD] &&
  !(field as { hidden?: boolean }).hidden &&
  !(field as { virtual?: unknown }).virtual

const SLUG_FIELD_COMPONENT = /#SlugField$/

const isSlugText = (field: FlattenedField | undefined): boolean => {
  const component = (field?.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field
  const path = typeof component === 'string' ? component : (component as { path?: unknown } | undefined)?.path
  return field?.type === 'text' && typeof path === 'string' && SLUG_FIELD_COMPONENT.test(path)
}

/**
 * Payload's slug field (`slugField()`) keeps "generate the slug" in a checkbox the admin hides, just
 * before the slug's text field, and turns it off on publish: a switch with no words, not content.
 * Known by that shape, whatever the site names it; any other hidden checkbox stays reviewed.
 */
const slugSwitches = (fields: FlattenedField[]): Set<string> =>
  new Set(
    fields.flatMap((field, index) =>
      field.type === 'checkbox' && field.admin?.hidden === true && isSlugText(fields[index + 1]) ? [field.name] : [],
    ),
  )

/**
 * What a document's content is made of beyond its fields: the site's shared blocks, and on a
 * localized site its locale codes (a localized field then holds a value per locale, see
 * everyLocale.ts).
 */
export type ContentShape = { blocks: SharedBlocks; locales?: readonly string[] }

/**
 * One field's value as a reader receives it, in a canonical form (ids for relations, sorted keys).
 * `inLocale`: a parent is localized, so this field holds one locale's value (as Payload stores it,
 * whatever the field's own `localized` says).
 */
const fieldValue = (field: FlattenedField, value: unknown, shape: ContentShape, inLocale: boolean): unknown => {
  const { locales } = shape
  if (locales && !inLocale && (field as { localized?: boolean }).localized === true) {
    const byLocale = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
    // Locales with no value (none stored, or null) are left out, in a fixed order: adding a locale, or reordering
    // them in the config, changes no fingerprint until text is written in it.
    return Object.fromEntries(
      [...locales].sort().flatMap((code) => {
        const one = fieldValue(field, byLocale[code], shape, true)
        return one === null ? [] : [[code, one]]
      }),
    )
  }
  if (value === undefined || value === null) return null
  switch (field.type) {
    case 'richText':
      return canonicalRichText(value)
    case 'relationship':
    case 'upload':
      return relation(field, value)
    case 'group':
    case 'tab':
      return typeof value === 'object' ? readerContent(field.flattenedFields, value as Record<string, unknown>, new Set(), shape, inLocale, true) : null
    case 'array':
      return Array.isArray(value)
        ? value.map((row) => readerContent(field.flattenedFields, (row ?? {}) as Record<string, unknown>, new Set(), shape, inLocale, true))
        : null
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            const blockType = (row as { blockType?: unknown })?.blockType
            const fields = blockOf(field, blockType, shape.blocks)?.flattenedFields ?? []
            return { blockType: blockType ?? null, ...readerContent(fields, (row ?? {}) as Record<string, unknown>, new Set(), shape, inLocale, true) }
          })
        : null
    case 'date':
      return Number.isNaN(new Date(value as string).getTime()) ? value : new Date(value as string).toISOString()
    default:
      return sortedJson(value)
  }
}

/**
 * What a reader can receive of a document: every field REST, GraphQL, JSON-LD or webhooks can
 * expose, except the document's bookkeeping (id, timestamps, status), the keys Payload gives rows,
 * and the plugin's own fields. `exclude`
 * names top-level fields a site has explicitly taken out of review. The fingerprint and the claim
 * scan both start from this, so a field cannot be seen by readers yet missed by the reviewer.
 */
export const readerContent = (
  fields: FlattenedField[],
  doc: Record<string, unknown>,
  exclude: ReadonlySet<string>,
  shape: ContentShape,
  inLocale = false,
  /** Inside a group, tab, row or block, not the document itself. */
  nested = false,
): Record<string, unknown> => {
  const switches = slugSwitches(fields)
  return Object.fromEntries(
    fields
      .filter((field) => isDataField(field, nested, doc[field.name]) && !exclude.has(field.name) && !switches.has(field.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((field) => [field.name, fieldValue(field, doc[field.name], shape, inLocale)]),
  )
}
