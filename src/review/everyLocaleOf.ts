import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { ContentShape } from './readerContent.js'

import { publicError } from '../publicError.js'
import { withEveryLocale } from './everyLocale.js'
import { takeLocaleSource } from './localeSource.js'
import { readInEveryLocale } from './readInEveryLocale.js'

/**
 * The document this write will store, in every locale: `merged` (the writer's locale) over what
 * Payload merges the other locales from (read in this write's transaction, under the review write
 * lock): the latest version, the version a restore writes back, or the document a duplicate copies.
 */
export const everyLocaleOf = async (
  req: PayloadRequest,
  collection: string,
  fields: FlattenedField[],
  merged: Record<string, unknown>,
  id: number | string | undefined,
  shape: Required<ContentShape>,
): Promise<Record<string, unknown>> => {
  const locale = req.locale ?? undefined
  const source = takeLocaleSource(req.context, collection)
  const common = { collection: collection as CollectionSlug, locale: 'all' as const, depth: 0, overrideAccess: true, req }
  const read = async (): Promise<unknown> => {
    if (source?.kind === 'version') return (await req.payload.findVersionByID({ ...common, id: source.id, disableErrors: true }))?.version
    const from = source?.kind === 'document' ? source.id : id
    if (from === undefined) return {}
    return req.payload.findByID({ ...common, id: from, draft: true, trash: true, disableErrors: true })
  }
  const stored = await readInEveryLocale(req, read)
  // Without it, the other locales' text would be missing from the fingerprint and the scan.
  if (!stored) throw publicError(404, 'NOT_FOUND', `The ${collection} document this save builds on could not be read: reload it and try again.`)
  return withEveryLocale(fields, merged, stored as Record<string, unknown>, locale, shape)
}
