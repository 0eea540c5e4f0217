import type { DatabaseAdapterObj } from 'payload'

/** Adapter methods that write; called outside a transaction they must wait for the one in progress. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** How long a write waits its turn before it gives up with an error instead of hanging. */
const WAIT_MS = 30_000

type Release = () => void

const createQueue = () => {
  let tail: Promise<void> = Promise.resolve()
  return (): Promise<Release> => {
    let release!: Release
    const turn = new Promise<void>((resolve) => (release = resolve))
    const ready = tail
    tail = tail.then(() => turn)
    return new Promise<Release>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the database stayed busy with another write for 30 s')), WAIT_MS)
      void ready.then(() => {
        clearTimeout(timer)
        resolve(release)
      })
    }).catch((error: unknown) => {
      // Our turn still comes: pass it straight on so the queue keeps moving.
      void ready.then(release)
      throw error
    })
  }
}

/**
 * SQLite allows one writer, and its driver waits for a busy database by blocking the whole
 * process, so two transactions in one process cannot both be open. This wraps an adapter with
 * transactions enabled so that its transactions, and writes made outside any transaction, take
 * turns: each write is all-or-nothing and none fails with SQLITE_BUSY. One process per database
 * file; run several instances on PostgreSQL instead.
 */
export const serializeWrites = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const methods = db as unknown as Record<string, unknown>
    const nextTurn = createQueue()
    const holders = new Map<number | string, Release>()
    const sessions = () => (db as unknown as { sessions: Record<string, unknown> }).sessions
    // A write that holds the turn runs with `this` seeing the unwrapped methods: a write it makes in
    // turn (upsert calls this.updateOne) is part of it and must not queue behind it. (Not
    // AsyncLocalStorage: on Node 20 it puts a hook on every promise of every later request.)
    const holdingTurn = Object.create(db) as Record<string, unknown>
    const begin = db.beginTransaction.bind(db)
    db.beginTransaction = async (options) => {
      const release = await nextTurn()
      try {
        const id = await begin(options)
        if (id === null) release()
        else holders.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const finishing = (finish: (id: number | Promise<number | string> | string) => Promise<void>) =>
      async (id: number | Promise<number | string> | string) => {
        const key = await id
        try {
          await finish(key)
        } finally {
          holders.get(key)?.()
          holders.delete(key)
        }
      }
    db.commitTransaction = finishing(db.commitTransaction.bind(db))
    db.rollbackTransaction = finishing(db.rollbackTransaction.bind(db))
    for (const method of WRITE_METHODS) {
      const original = methods[method] as ((args: { req?: { transactionID?: unknown } }) => Promise<unknown>) | undefined
      if (typeof original !== 'function') continue
      holdingTurn[method] = original
      methods[method] = async (args: { req?: { transactionID?: unknown } }) => {
        const transactionID = args?.req?.transactionID ? await args.req.transactionID : undefined
        if (transactionID !== undefined && sessions()[String(transactionID)]) return original.call(db, args)
        const release = await nextTurn()
        try {
          return await original.call(holdingTurn, args)
        } finally {
          release()
        }
      }
    }
    return db
  },
})
