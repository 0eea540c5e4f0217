import type { CollectionSlug, JsonObject, PayloadRequest } from 'payload'

import { readAsStored } from './readAsStored.js'

/**
 * A document's main row as the gate sees a stored document (see readAsStored), read in this
 * request's transaction; on a localized site, in every locale.
 */
export const storedRow = async (req: PayloadRequest, collection: string, id: number | string): Promise<JsonObject | null> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const row = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    // No join fields: they are not content, and the adapters would query them. (The type omits `false`, which both take.)
    joins: false as never,
    ...(req.payload.config.localization ? { locale: 'all' } : {}),
    req,
  })) as JsonObject | null
  return row && config ? readAsStored(req, config, row) : row
}
