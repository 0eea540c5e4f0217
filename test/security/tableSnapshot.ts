import type { Payload } from 'payload'

type Rows = { rows: Record<string, unknown>[] }
type SqlAdapter = { name: string; drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<Rows> | Rows }

export type Snapshot = Record<string, string>

// Bookkeeping Payload's scheduler writes in the background, whatever the request.
const BOOKKEEPING = ['payload_migrations', 'payload_jobs_stats', 'payload-migrations', 'payload-jobs-stats']

// The scheduler queues scheduled tasks (the daily audit check, the review-due check) on its own
// clock, whatever the request.
const scheduledTasks = (payload: Payload) =>
  (payload.config.jobs?.tasks ?? []).filter((task) => task.schedule?.length).map((task) => task.slug)

type MongoCollection = {
  countDocuments: (filter: object) => Promise<number>
  find: (filter: object) => { sort: (by: object) => { limit: (n: number) => { toArray: () => Promise<{ updatedAt?: unknown }[]> } } }
}
type MongoDb = { listCollections: () => { toArray: () => Promise<{ name: string }[]> }; collection: (name: string) => MongoCollection }

/** The same snapshot on MongoDB: documents per collection and the newest `updatedAt`. */
const mongoSnapshotter = async (payload: Payload): Promise<() => Promise<Snapshot>> => {
  const db = (payload.db as unknown as { connection: { db: MongoDb } }).connection.db
  const names = (await db.listCollections().toArray()).map(({ name }) => name).filter((name) => !BOOKKEEPING.includes(name))
  const scheduled = scheduledTasks(payload)
  const filterOf = (name: string) =>
    name === 'payload-jobs' && scheduled.length
      ? { taskSlug: { $nin: scheduled } }
      : // Globals share one collection here; the scheduler's stats are one of them.
        name === 'globals'
        ? { globalType: { $ne: 'payload-jobs-stats' } }
        : {}
  return async () => {
    const snapshot: Snapshot = {}
    for (const name of names) {
      const collection = db.collection(name)
      // Keyed like the SQL tables (review_events, not review-events), so checks read both alike.
      const key = name.replace(/-/g, '_')
      snapshot[`${key}.rows`] = String(await collection.countDocuments(filterOf(name)))
      const [newest] = await collection.find(filterOf(name)).sort({ updatedAt: -1 }).limit(1).toArray()
      const stamp = newest?.updatedAt
      snapshot[`${key}.updated`] = stamp instanceof Date ? stamp.toISOString() : String(stamp)
    }
    return snapshot
  }
}

/**
 * Row counts and the newest `updated_at` of every table (main, `_v` versions, relationship and
 * array tables, review events, sessions; on MongoDB, of every collection): what a refused write
 * must leave exactly as it was.
 */
export const tableSnapshotter = async (payload: Payload): Promise<() => Promise<Snapshot>> => {
  if (payload.db.name === 'mongoose') return mongoSnapshotter(payload)
  const db = payload.db as unknown as SqlAdapter
  const run = async (raw: string) => (await db.execute({ drizzle: db.drizzle, raw })).rows
  const columns =
    db.name === 'sqlite'
      ? await run(
          `SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
        )
      : await run(`SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()`)
  const tables = new Map<string, boolean>()
  for (const row of columns) {
    const table = String(row.t)
    if (BOOKKEEPING.includes(table)) continue
    tables.set(table, tables.get(table) === true || row.c === 'updated_at')
  }
  const scheduled = scheduledTasks(payload).map((slug) => `'${slug}'`)
  const only = (table: string) =>
    table === 'payload_jobs' && scheduled.length ? ` WHERE task_slug IS NULL OR task_slug NOT IN (${scheduled.join(', ')})` : ''
  const parts = [...tables].flatMap(([table, stamped]) => [
    `(SELECT count(*) FROM "${table}"${only(table)}) AS "${table}.rows"`,
    ...(stamped ? [`(SELECT max(updated_at) FROM "${table}"${only(table)}) AS "${table}.updated"`] : []),
  ])
  const query = `SELECT ${parts.join(', ')}`
  return async () => {
    const [row] = await run(query)
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : String(value)]))
  }
}

/** The keys whose values differ between two snapshots. */
export const changedKeys = (before: Snapshot, after: Snapshot): string[] =>
  Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key])
