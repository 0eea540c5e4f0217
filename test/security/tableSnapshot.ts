import type { Payload } from 'payload'

type Rows = { rows: Record<string, unknown>[] }
type SqlAdapter = { name: string; drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<Rows> | Rows }

export type Snapshot = Record<string, string>

/**
 * Row counts and the newest `updated_at` of every table (main, `_v` versions, relationship and
 * array tables, review events, sessions): what a refused write must leave exactly as it was.
 */
export const tableSnapshotter = async (payload: Payload): Promise<() => Promise<Snapshot>> => {
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
    // Bookkeeping Payload's scheduler writes in the background, whatever the request.
    if (table === 'payload_migrations' || table === 'payload_jobs_stats') continue
    tables.set(table, tables.get(table) === true || row.c === 'updated_at')
  }
  // The scheduler queues scheduled tasks (the daily audit check, the review-due check) on its own
  // clock, whatever the request.
  const scheduled = (payload.config.jobs?.tasks ?? []).filter((task) => task.schedule?.length).map((task) => `'${task.slug}'`)
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
