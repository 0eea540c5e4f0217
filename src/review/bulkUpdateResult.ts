import type { CollectionAfterOperationHook } from 'payload'

import { writtenOneAtATime } from './writtenOneAtATime.js'

/** Where bulkUpdateOneAtATime saved a bulk update's documents, their results become the operation's. */
export const bulkUpdateResult: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'update') return result
  const updated = writtenOneAtATime.take(req, 'update')
  if (updated === undefined) return result
  const { docs = [] } = result as { docs?: unknown[] }
  return { ...result, docs: [...updated, ...docs] } as typeof result
}
