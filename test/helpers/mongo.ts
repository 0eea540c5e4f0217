import fs from 'node:fs'

/**
 * MongoDB runs only where one is provided: a server (MONGODB_URI) or a mongod binary that
 * mongodb-memory-server can start (MONGOMS_SYSTEM_BINARY). It cannot download one here.
 * Returns why the MongoDB suite cannot run, or undefined when it can.
 */
export const mongoNotRunReason = (): string | undefined => {
  if (process.env.MONGODB_URI) return undefined
  const binary = process.env.MONGOMS_SYSTEM_BINARY
  if (binary && fs.existsSync(binary)) return undefined
  return 'MongoDB suite NOT RUN: no mongod here (set MONGODB_URI to a server, or MONGOMS_SYSTEM_BINARY to a mongod binary for mongodb-memory-server).'
}

/** A MongoDB to test against, and how to stop it. */
export const startMongo = async (): Promise<{ uri: string; stop: () => Promise<void> }> => {
  const reason = mongoNotRunReason()
  if (reason) throw new Error(reason)
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, stop: async () => {} }
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  // A replica set, so the adapter uses transactions as it would in production.
  const server = await MongoMemoryReplSet.create({ replSet: { count: 1 } })
  return { uri: server.getUri(), stop: async () => void (await server.stop()) }
}
