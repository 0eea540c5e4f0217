import type { Migration, Payload } from 'payload'

/**
 * Brings an SQL database up to the committed schema (MongoDB needs none). Runs on every start,
 * so a new release migrates itself; applied migrations are skipped.
 */
export const runMigrations = async (payload: Payload): Promise<void> => {
  const kind = payload.db.name
  if (kind !== 'sqlite' && kind !== 'postgres') return
  const { migrations } =
    kind === 'sqlite' ? await import('../migrations/sqlite/index.js') : await import('../migrations/postgres/index.js')
  // Generated migrations type their arguments more narrowly than the adapter's signature.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
