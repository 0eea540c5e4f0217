import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { lockReviewWrites } from '../documentLock.js'

/**
 * Runs a review action as one transaction holding the review write lock: its read, its state write
 * and its audit event commit together, and no edit of the document can slip in between.
 */
export const inReviewTransaction = async <T>(req: PayloadRequest, action: () => Promise<T>): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    await lockReviewWrites(req)
    const result = await action()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
