import type { CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig, SelectType, Where } from 'payload'

import { deepCopyObjectSimple } from 'payload'

import { activeTransaction } from '../activeTransaction.js'
import { matchedDocumentIds } from './matchedDocumentIds.js'
import { writtenOneAtATime } from './writtenOneAtATime.js'

type BulkUpdateArgs = {
  autosave?: boolean
  data?: Record<string, unknown>
  depth?: number
  draft?: boolean
  limit?: number
  overrideAccess?: boolean
  overrideLock?: boolean
  populate?: Record<string, unknown>
  publishAllLocales?: boolean
  publishSpecificLocale?: string
  select?: SelectType
  showHiddenFields?: boolean
  sort?: string | string[]
  trash?: boolean
  unpublishAllLocales?: boolean
  where: Where
}

/** Whether `data` writes array or block rows, whose ids Payload makes fresh for each document. */
const writesRows = (fields: FlattenedField[], data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  fields.some((field) => {
    if (!(field.name in data)) return false
    if (field.type === 'array' || field.type === 'blocks') return true
    return 'flattenedFields' in field && writesRows(field.flattenedFields, (data as Record<string, unknown>)[field.name])
  })

/**
 * Payload saves the documents of a bulk update concurrently in one transaction; when one of them
 * fails inside a nested query, Payload rolls that transaction back while the others go on outside
 * it. So, inside the operation's transaction, the plugin saves the matched documents itself, one
 * at a time through Payload's update by id (access, locks, the gate and every hook run as usual):
 * a bulk update saves all of them or, at the first refusal or failure, none, and answers with that
 * document's error. Returns the `where` for Payload's own pass: one matching nothing when the
 * documents were saved here.
 * Left to Payload's own pass: writes without a transaction, uploads (one file shared by every
 * document), moves to the trash, and data with array or block rows.
 */
export const bulkUpdateOneAtATime = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  args: BulkUpdateArgs,
): Promise<Where> => {
  writtenOneAtATime.forget(req, 'update')
  if ((await activeTransaction(req)) === undefined || collection.upload) return args.where
  if (args.data?.deletedAt != null || writesRows(collection.flattenedFields, args.data)) return args.where
  const overrideAccess = args.overrideAccess === true
  const matched = await matchedDocumentIds(req, collection, {
    access: 'update',
    data: args.data,
    draft: args.draft && Boolean(collection.versions?.drafts),
    limit: args.limit,
    overrideAccess,
    sort: args.sort ?? collection.defaultSort,
    trash: args.trash,
    where: args.where,
  })
  if (matched === undefined) return args.where
  const updated: unknown[] = []
  for (const id of matched) {
    updated.push(
      await req.payload.update({
        collection: collection.slug as CollectionSlug,
        id,
        data: deepCopyObjectSimple(args.data ?? {}),
        autosave: args.autosave,
        depth: args.depth,
        draft: args.draft,
        overrideAccess,
        overrideLock: args.overrideLock,
        populate: args.populate as never,
        publishAllLocales: args.publishAllLocales,
        publishSpecificLocale: args.publishSpecificLocale,
        select: args.select,
        showHiddenFields: args.showHiddenFields,
        trash: args.trash,
        unpublishAllLocales: args.unpublishAllLocales,
        user: req.user,
        req,
      }),
    )
  }
  writtenOneAtATime.keep(req, 'update', updated)
  return { id: { in: [] } }
}
