import type { PayloadRequest } from 'payload'

/**
 * The id of the database transaction `req` runs in, if any. Only a string or a number counts:
 * where the database has no transactions, Payload can leave a pending Promise, or (after its
 * relationship dataloader runs) an empty object, in `req.transactionID`.
 */
export const activeTransaction = async (req?: PayloadRequest): Promise<number | string | undefined> => {
  const id: unknown = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}
