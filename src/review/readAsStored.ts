import type { JsonObject, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { afterReadTraverseFields } from 'payload'

/**
 * A row read straight from the database (`payload.db`), put through its fields' `afterRead` hooks
 * at depth 0 with every field shown, as Payload prepares the document an update starts from (rich
 * text to HTML fields, points, upload URLs read back as they are written). The collection's own
 * `afterRead` hooks do not run, as they do not on that document. On a localized site `row` holds
 * every locale (read with locale `all`), and keeps them. Changes `row` in place.
 */
export const readAsStored = async (req: PayloadRequest, config: SanitizedCollectionConfig, row: JsonObject): Promise<JsonObject> => {
  const localized = Boolean(req.payload.config.localization)
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
