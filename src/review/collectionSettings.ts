import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { CollectionReviewSettings } from './reviewableContent.js'
import type { ReviewedCollectionOptions } from './types.js'

export type ResolvedCollectionSettings = CollectionReviewSettings & {
  authorField?: string
  reviewIntervalMonths: number
}

/** Top-level data fields, looking through rows, collapsibles and unnamed tabs as Payload does. */
const topLevelFields = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return topLevelFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : topLevelFields(tab.fields)))
    return [field]
  })

const fail = (message: string): never => {
  throw new Error(`[payload-medical-review] ${message}`)
}

/** One reviewed collection's settings, checked against its fields once at start-up. */
export const collectionSettings = (
  collection: CollectionConfig,
  settings: ReviewedCollectionOptions,
  options: ResolvedOptions,
): ResolvedCollectionSettings => {
  const fields = topLevelFields(collection.fields)
  const named = new Set(fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const exclude = settings.exclude ?? []
  const unknown = exclude.filter((name) => !named.has(name))
  if (unknown.length) fail(`collections.${collection.slug}.exclude names fields it does not have: ${unknown.join(', ')}`)
  const byAuthor = fields.find(
    (field) => 'name' in field && field.name === 'author' && field.type === 'relationship' && field.relationTo === options.usersSlug,
  )
  const authorField = settings.authorField ?? (byAuthor ? 'author' : undefined)
  if (settings.authorField && !named.has(settings.authorField)) {
    fail(`collections.${collection.slug}.authorField names a field it does not have: ${settings.authorField}`)
  }
  return {
    exclude,
    authorField,
    reviewIntervalMonths: settings.reviewIntervalMonths ?? options.reviewIntervalMonths,
  }
}
