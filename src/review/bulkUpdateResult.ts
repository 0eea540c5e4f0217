import type { CollectionAfterOperationHook } from 'payload'

import { UPDATED_ONE_AT_A_TIME } from './bulkUpdateOneAtATime.js'

/** Where bulkUpdateOneAtATime saved a bulk update's documents, their results become the operation's. */
export const bulkUpdateResult: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'update') return result
  const context = req.context as Record<symbol, unknown[] | undefined>
  const updated = context[UPDATED_ONE_AT_A_TIME]
  if (updated === undefined) return result
  delete context[UPDATED_ONE_AT_A_TIME]
  const { docs = [] } = result as { docs?: unknown[] }
  return { ...result, docs: [...updated, ...docs] } as typeof result
}
