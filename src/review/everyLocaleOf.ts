import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { withEveryLocale } from './everyLocale.js'

/**
 * The document this write will store, in every locale: `merged` (the writer's locale) over the
 * latest version as stored (read in this write's transaction, under the review write lock).
 */
export const everyLocaleOf = async (
  req: PayloadRequest,
  collection: string,
  fields: FlattenedField[],
  merged: Record<string, unknown>,
  id: number | string | undefined,
  locales: readonly string[],
): Promise<Record<string, unknown>> => {
  const { locale, fallbackLocale } = req
  let stored: Record<string, unknown> | null = null
  if (id !== undefined) {
    try {
      stored = (await req.payload.findByID({
        collection: collection as CollectionSlug,
        id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Record<string, unknown> | null
    } finally {
      // The Local API sets the locale it reads in on the request it is given: the write goes on in its own.
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    }
  }
  return withEveryLocale(fields, merged, stored ?? {}, locale ?? undefined, locales)
}
