import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { ContentShape } from './readerContent.js'

import { publicError } from '../publicError.js'
import { withEveryLocale } from './everyLocale.js'
import { type LocaleSource, localeSources, takeLocaleSource } from './localeSource.js'
import { readInEveryLocale } from './readInEveryLocale.js'

type Doc = Record<string, unknown>

/**
 * The document this write will store, in every locale: `merged` (the writer's locale) over what
 * Payload merges the other locales from (read in this write's transaction, under the review write
 * lock): the version a restore of this document writes back, the document a duplicate copies (only
 * the locales it copies; `duplicate` is its note, taken by the gate), or else the latest version.
 */
export const everyLocaleOf = async (
  req: PayloadRequest,
  collection: string,
  fields: FlattenedField[],
  merged: Doc,
  id: number | string | undefined,
  shape: Required<ContentShape>,
  duplicate: LocaleSource | undefined,
): Promise<Doc> => {
  const locale = req.locale ?? undefined
  const slug = collection as CollectionSlug
  const stored = await readInEveryLocale(req, async (own): Promise<{ doc: Doc | null; locales?: string[] }> => {
    const common = { collection: slug, locale: 'all' as const, depth: 0, overrideAccess: true, disableErrors: true, req: own }
    if (id !== undefined) {
      // A restore's version is known by its id alone: the one whose document is this one is this write's.
      for (const source of localeSources(req.context, collection, 'version')) {
        const version = await req.payload.findVersionByID({ ...common, id: source.id })
        if (version && String(version.parent) === String(id)) {
          takeLocaleSource(req.context, source)
          return { doc: version.version as unknown as Doc }
        }
      }
      return { doc: (await req.payload.findByID({ ...common, id, draft: true, trash: true })) as unknown as Doc | null }
    }
    if (!duplicate) return { doc: {} }
    const source = (await req.payload.findByID({ ...common, id: duplicate.id, draft: true, trash: true })) as unknown as Doc | null
    return { doc: source, locales: duplicate.locales }
  })
  // Without it, the other locales' text would be missing from the fingerprint and the scan.
  if (!stored.doc) throw publicError(404, 'NOT_FOUND', `The ${collection} document this save builds on could not be read: reload it and try again.`)
  return withEveryLocale(fields, merged, stored.doc, locale, shape, stored.locales)
}
