import type { Payload } from 'payload'

import { setTimeout as delay } from 'node:timers/promises'

type Closable = {
  pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
  client?: { close: () => void }
}

/**
 * payload.destroy() leaves the SQL adapters' connections open: close those too. The PostgreSQL
 * adapter keeps one pooled client checked out for good, so `pool.end()` never settles: give it a
 * moment, and ignore errors from connections the server closes afterwards.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const { pool, client } = payload.db as unknown as Closable
  await payload.destroy()
  if (pool) {
    pool.on('error', () => {})
    await Promise.race([pool.end(), delay(500)])
  }
  client?.close()
}
