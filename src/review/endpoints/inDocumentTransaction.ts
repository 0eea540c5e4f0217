import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { lockDocument } from '../documentLock.js'

/**
 * Runs a review action as one transaction holding the document's lock: its read, its state write
 * and its audit event commit together, and no edit of the document can slip in between.
 */
export const inDocumentTransaction = async <T>(
  req: PayloadRequest,
  collection: string,
  id: string,
  action: () => Promise<T>,
): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    await lockDocument(req, collection, id)
    const result = await action()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
