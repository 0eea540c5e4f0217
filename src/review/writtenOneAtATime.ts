import type { PayloadRequest } from 'payload'

type BulkOperation = 'delete' | 'update'

/** Symbols no client and no other module can name. */
const WRITTEN: Record<BulkOperation, symbol> = {
  delete: Symbol('payload-medical-review:deleted-one-at-a-time'),
  update: Symbol('payload-medical-review:updated-one-at-a-time'),
}

type Holder = Record<symbol, unknown[] | undefined>

/**
 * The documents a bulk delete or update wrote one at a time (see bulkDeleteOneAtATime and
 * bulkUpdateOneAtATime), handed to its afterOperation hook on the request's context.
 */
export const writtenOneAtATime = {
  /** Forgets what an earlier bulk operation on this request wrote, so this one cannot report it. */
  forget(req: PayloadRequest, operation: BulkOperation): void {
    delete (req.context as Holder)[WRITTEN[operation]]
  },
  /** On req.context as it is now: every Local API call with `req` replaces that object. */
  keep(req: PayloadRequest, operation: BulkOperation, docs: unknown[]): void {
    ;(req.context as Holder)[WRITTEN[operation]] = docs
  },
  /** Taken once; undefined when the operation's documents were not written one at a time. */
  take(req: PayloadRequest, operation: BulkOperation): unknown[] | undefined {
    const holder = req.context as Holder
    const docs = holder[WRITTEN[operation]]
    delete holder[WRITTEN[operation]]
    return docs
  },
}
