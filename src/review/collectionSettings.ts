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

const AUTHOR_NAMES = ['author', 'authors']

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
  const relatesToUsers = (field: Field) =>
    (field.type === 'relationship' || field.type === 'upload') &&
    [field.relationTo].flat().includes(options.usersSlug as never)
  // Found by name when the site names none: `author`, or `authors` as Payload's website template has it.
  const byAuthor = fields.find((field) => 'name' in field && AUTHOR_NAMES.includes(field.name) && relatesToUsers(field))
  const authorField = settings.authorField ?? (byAuthor && 'name' in byAuthor ? byAuthor.name : undefined)
  if (settings.authorField) {
    const configured = fields.find((field) => 'name' in field && field.name === settings.authorField)
    if (!configured) fail(`collections.${collection.slug}.authorField names a field it does not have: ${settings.authorField}`)
    // An author the plugin cannot read as accounts would mean no author at all: four-eyes would pass anyone.
    if (configured && !relatesToUsers(configured)) {
      fail(`collections.${collection.slug}.authorField must be a relationship to ${options.usersSlug} (one, several or among other collections): ${settings.authorField} is not`)
    }
  }
  const author = fields.find((field) => 'name' in field && field.name === authorField)
  // One author per locale would let the author of one locale sign while another locale is read.
  if (author && 'localized' in author && author.localized) {
    fail(`collections.${collection.slug}: the author field ${authorField} is localized; the authors of a document must be the same in every locale, so turn localized off for it`)
  }
  return {
    exclude,
    authorField,
    reviewIntervalMonths: settings.reviewIntervalMonths ?? options.reviewIntervalMonths,
  }
}
