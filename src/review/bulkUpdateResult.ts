import type { CollectionAfterOperationHook } from 'payload'

import { activeTransaction } from '../activeTransaction.js'
import { takeForDocument } from '../documentContext.js'
import { publicError } from '../publicError.js'
import { REFUSED_AFTER_WRITE } from './saveNotes.js'
import { writtenOneAtATime } from './writtenOneAtATime.js'

type BulkResult = { docs?: unknown[]; errors?: { id: number | string; message: string }[] }

/**
 * Where bulkUpdateOneAtATime saved a bulk update's documents, their results become the operation's.
 * Where Payload's own pass saved them, a document refused after its write (refuseUnsignedStoredContent)
 * is only reported, and the rest would be committed with it: throwing here, before the commit, rolls
 * the whole operation back.
 */
export const bulkUpdateResult: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (operation !== 'update') return result
  const { docs = [], errors = [] } = result as BulkResult
  const refused = errors.filter((error) => takeForDocument(req.context, REFUSED_AFTER_WRITE, collection.slug, error.id))
  if (refused.length) {
    // Without one transaction for the whole operation, the other documents are already stored.
    const whole = (await activeTransaction(req)) !== undefined && !req.payload.db.bulkOperationsSingleTransaction
    throw publicError(
      409,
      'CHANGED_AFTER_REVIEW',
      `${whole ? 'Nothing was published' : 'These documents were not published (the others were saved)'}: ${refused.map((error) => error.message).join(' ')}`,
      { refused: refused.map((error) => error.id) },
    )
  }
  const updated = writtenOneAtATime.take(req, 'update')
  if (updated === undefined) return result
  return { ...result, docs: [...updated, ...docs] } as typeof result
}
