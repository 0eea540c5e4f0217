import type { CollectionAfterOperationHook } from 'payload'

import { publicError } from '../publicError.js'

type BulkResult = { docs?: unknown[]; errors?: { id: number | string; isPublic?: boolean; message: string }[] }

/**
 * A bulk delete deletes every document it matched or none. Payload deletes what it can and lists
 * the rest (a locked document, a refusal, a write that failed under load); throwing here, before
 * its commit, rolls the whole operation back, deleted documents and audit events alike.
 */
export const bulkDeleteAllOrNothing: CollectionAfterOperationHook = ({ operation, result }) => {
  if (operation !== 'delete') return result
  const { docs = [], errors = [] } = result as BulkResult
  if (errors.length === 0) return result
  const reasons = errors
    .slice(0, 5)
    .map((error) => `${error.id}: ${error.isPublic ? error.message : 'could not be deleted'}`)
    .join('; ')
  throw publicError(
    409,
    'BULK_DELETE_INCOMPLETE',
    `Nothing was deleted: ${errors.length} of ${docs.length + errors.length} documents could not be (${reasons}). Leave them out, or resolve that, and try again.`,
    { refused: errors.map((error) => error.id) },
  )
}
