import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { ContentShape } from './readerContent.js'

import { withEveryLocale } from './everyLocale.js'
import { readInEveryLocale } from './readInEveryLocale.js'
import { takeRestoringVersion } from './restoringVersion.js'

/**
 * The document this write will store, in every locale: `merged` (the writer's locale) over the
 * latest version as stored, or over the version a restore writes back (read in this write's
 * transaction, under the review write lock).
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
  const restoring = takeRestoringVersion(req.context, collection)
  const read = async (): Promise<unknown> => {
    if (id === undefined) return null
    if (restoring === undefined) {
      return req.payload.findByID({
        collection: collection as CollectionSlug,
        id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    }
    const version = await req.payload.findVersionByID({
      collection: collection as CollectionSlug,
      id: restoring,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return version?.version
  }
  const stored = await readInEveryLocale(req, read)
  return withEveryLocale(fields, merged, (stored ?? {}) as Record<string, unknown>, locale, shape)
}
