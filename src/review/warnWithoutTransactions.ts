import type { Payload } from 'payload'

/**
 * The gate's all-or-nothing promise needs database transactions: without them a refused or failed
 * write can leave a version row or an audit event behind. Says so at start-up, once.
 */
export const warnWithoutTransactions = (payload: Payload): void => {
  const db = payload.db as unknown as { name: string; transactionOptions?: unknown }
  if (db.name === 'mongoose' && db.transactionOptions === false) {
    payload.logger.warn(
      '[payload-medical-review] MongoDB runs without transactions (no replica set): a refused or failed write can ' +
        'leave a version or an audit event behind, and concurrent review actions can overwrite each other. The gate ' +
        'still holds: publishing compares the sign-off with the content being written. Run a replica set in production.',
    )
  }
  if (db.name === 'sqlite' && !db.transactionOptions) {
    payload.logger.warn(
      '[payload-medical-review] SQLite runs without transactions: pass transactionOptions to sqliteAdapter ' +
        '(and serialise writes, see the README) so that refused or failed writes leave nothing behind.',
    )
  }
}
