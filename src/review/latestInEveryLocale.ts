import type { CollectionSlug, PayloadRequest } from 'payload'

import { readInEveryLocale } from './readInEveryLocale.js'

/** A document's latest version in every locale, as the request's user may read it (a draft, depth 0). */
export const latestInEveryLocale = async (req: PayloadRequest, collection: string, id: number | string) =>
  (await readInEveryLocale(req, (own) =>
    req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      locale: 'all',
      req: own,
    }),
  )) as unknown as Record<string, unknown>
