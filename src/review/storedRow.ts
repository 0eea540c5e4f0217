import type { CollectionSlug, JsonObject, PayloadRequest } from 'payload'

import { afterReadTraverseFields } from 'payload'

/**
 * A document's main row as the gate sees a stored document: read from the database in this
 * request's transaction, then through its fields' `afterRead` hooks at depth 0 with every field
 * shown, as Payload prepares the document an update starts from (rich text to HTML fields, points,
 * upload URLs read back as they are written). The collection's own `afterRead` hooks do not run:
 * Payload does not run them on that document either. On a localized site, in every locale.
 */
export const storedRow = async (req: PayloadRequest, collection: string, id: number | string): Promise<JsonObject | null> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const localized = Boolean(req.payload.config.localization)
  const row = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    // No join fields: they are not content, and the adapters would query them. (The type omits `false`, which both take.)
    joins: false as never,
    ...(localized ? { locale: 'all' } : {}),
    req,
  })) as JsonObject | null
  if (!row || !config) return row
  const fieldPromises: Promise<void>[] = []
  const populationPromises: Promise<void>[] = []
  afterReadTraverseFields({
    collection: config,
    context: req.context,
    currentDepth: 1,
    depth: 0,
    doc: row,
    draft: false,
    fallbackLocale: null,
    fieldPromises,
    fields: config.fields,
    findMany: false,
    flattenLocales: !localized,
    global: null,
    locale: localized ? 'all' : null,
    overrideAccess: true,
    parentIndexPath: '',
    parentPath: '',
    parentSchemaPath: '',
    populationPromises,
    req,
    showHiddenFields: true,
    siblingDoc: row,
  })
  // A field's promise may queue more (as Payload's own afterRead does): until none is left.
  while (fieldPromises.length > 0 || populationPromises.length > 0) {
    await Promise.all(fieldPromises.splice(0))
    await Promise.all(populationPromises.splice(0))
  }
  return row
}
