import type { CollectionAfterOperationHook } from 'payload'

import { publicError } from '../publicError.js'
import { writtenOneAtATime } from './writtenOneAtATime.js'

type BulkResult = { docs?: unknown[]; errors?: { id: number | string; isPublic?: boolean; message: string }[] }

/**
 * A bulk delete deletes every document it matched or none. Where bulkDeleteOneAtATime deleted the
 * documents, their results become the operation's. Whatever Payload's own pass could not delete
 * (a locked document, a refusal, a write that failed) fails the operation: throwing here, before
 * its commit, rolls the whole of it back, deleted documents and audit events alike.
 */
export const bulkDeleteAllOrNothing: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'delete') return result
  const deletedOneAtATime = writtenOneAtATime.take(req, 'delete') ?? []
  const { docs = [], errors = [] } = result as BulkResult
  if (errors.length === 0) return { ...result, docs: [...deletedOneAtATime, ...docs] } as typeof result
  const reasons = errors
    .slice(0, 5)
    .map((error) => `${error.id}: ${error.isPublic ? error.message : 'could not be deleted'}`)
    .join('; ')
  throw publicError(
    409,
    'BULK_DELETE_INCOMPLETE',
    `Nothing was deleted: ${errors.length} of ${deletedOneAtATime.length + docs.length + errors.length} documents could not be (${reasons}). Leave them out, or resolve that, and try again.`,
    { refused: errors.map((error) => error.id) },
  )
}
