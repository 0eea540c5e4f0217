import fs from 'node:fs'

export type MongoAvailability = { uri?: string; reason: string; stop: () => Promise<void> }

const NOT_RUN =
  'MongoDB suite NOT RUN: no mongod here (set MONGODB_URI to a server, or MONGOMS_SYSTEM_BINARY to a mongod binary for mongodb-memory-server)'

/**
 * MongoDB runs only where one is provided: a server (MONGODB_URI) or a mongod binary that
 * mongodb-memory-server can start (MONGOMS_SYSTEM_BINARY). It cannot download one here.
 */
export const mongoAvailability = async (): Promise<MongoAvailability> => {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, reason: 'MONGODB_URI', stop: async () => {} }
  const binary = process.env.MONGOMS_SYSTEM_BINARY
  if (!binary || !fs.existsSync(binary)) return { reason: NOT_RUN, stop: async () => {} }
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  // A replica set, so the adapter can use transactions as it would in production.
  const server = await MongoMemoryReplSet.create({ replSet: { count: 1 } })
  return { uri: server.getUri(), reason: `mongodb-memory-server with ${binary}`, stop: async () => void (await server.stop()) }
}
