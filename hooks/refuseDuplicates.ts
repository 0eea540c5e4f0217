import type { CollectionBeforeChangeHook, CollectionSlug, Where } from 'payload'

import { ValidationError } from 'payload'

/**
 * Refuses a value another document of the collection already holds, for fields marked `unique`.
 * SQL databases and a real MongoDB enforce the index themselves; this check makes the answer the
 * same everywhere (400 on the field, nothing written), including on servers that keep unique
 * indexes without enforcing them.
 */
export const refuseDuplicates =
  (...fields: string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const errors = []
    for (const field of fields) {
      const value = data[field] ?? originalDoc?.[field]
      if (value === undefined || value === null || value === '') continue
      const where: Where = originalDoc?.id
        ? { and: [{ [field]: { equals: value } }, { id: { not_equals: originalDoc.id } }] }
        : { [field]: { equals: value } }
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where,
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) errors.push({ path: field, message: 'Value must be unique' })
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
    return data
  }
