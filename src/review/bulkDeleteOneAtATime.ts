import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig, SelectType, Where } from 'payload'

import { activeTransaction } from '../activeTransaction.js'
import { publicError } from '../publicError.js'
import { matchedDocumentIds } from './matchedDocumentIds.js'
import { writtenOneAtATime } from './writtenOneAtATime.js'

type BulkDeleteArgs = {
  depth?: number
  overrideAccess?: boolean
  overrideLock?: boolean
  populate?: Record<string, unknown>
  select?: SelectType
  showHiddenFields?: boolean
  trash?: boolean
  where: Where
}

const reasonOf = (error: unknown) =>
  error instanceof Error && (error as { isPublic?: boolean }).isPublic ? error.message : 'it could not be deleted'

/**
 * Payload deletes the documents of a bulk delete concurrently in one transaction. When one of them
 * fails inside a nested query (another plugin's hook, a conflict), Payload rolls that transaction
 * back while the others are still being deleted, and their deletions then commit on their own.
 * So, inside the operation's transaction, the plugin deletes the matched documents itself, one at
 * a time through Payload's delete by id (access, locks and every hook run as usual); the first
 * failure rolls all of them back. Returns the `where` for Payload's own pass: one matching nothing
 * when the documents were deleted here. Without a transaction there is nothing to roll back, and
 * Payload's own pass runs as it is.
 */
export const bulkDeleteOneAtATime = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  args: BulkDeleteArgs,
): Promise<Where> => {
  writtenOneAtATime.forget(req, 'delete')
  if ((await activeTransaction(req)) === undefined) return args.where
  const slug = collection.slug as CollectionSlug
  const overrideAccess = args.overrideAccess === true
  const matched = await matchedDocumentIds(req, collection, { access: 'delete', overrideAccess, trash: args.trash, where: args.where })
  if (matched === undefined) return args.where
  const deleted: unknown[] = []
  for (const id of matched) {
    try {
      deleted.push(
        await req.payload.delete({
          collection: slug,
          id,
          depth: args.depth,
          overrideAccess,
          overrideLock: args.overrideLock,
          populate: args.populate as never,
          select: args.select,
          showHiddenFields: args.showHiddenFields,
          trash: args.trash,
          user: req.user,
          req,
        }),
      )
    } catch (error) {
      throw publicError(
        409,
        'BULK_DELETE_INCOMPLETE',
        `Nothing was deleted: ${String(id)} could not be (${reasonOf(error)}), and a bulk delete removes every document it matches or none. Leave it out, or resolve that, and try again.`,
        { refused: [id] },
      )
    }
  }
  writtenOneAtATime.keep(req, 'delete', deleted)
  return { id: { in: [] } }
}
