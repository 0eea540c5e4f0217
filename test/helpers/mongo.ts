import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Which MongoDB-protocol server the MongoDB run uses, in the order tried: a server at MONGODB_URI,
 * a real mongod started by mongodb-memory-server from MONGOMS_SYSTEM_BINARY (a replica set, with
 * transactions), else CongoDB, the MongoDB-wire emulator in the devDependencies
 * (standalone, without transactions), in a process of its own. The summary reporter prints the same description.
 */
export const mongoServerKind = (): 'congodb' | 'mongod' | 'uri' =>
  process.env.MONGODB_URI ? 'uri' : process.env.MONGOMS_SYSTEM_BINARY ? 'mongod' : 'congodb'

/** A MongoDB to test against, and how to stop it. */
export const startMongo = async (): Promise<{ uri: string; stop: () => Promise<void> }> => {
  const kind = mongoServerKind()
  if (kind === 'uri') return { uri: process.env.MONGODB_URI as string, stop: async () => {} }
  if (kind === 'mongod') {
    const { MongoMemoryReplSet } = await import('mongodb-memory-server')
    // A replica set, so the adapter uses transactions as it would in production.
    const server = await MongoMemoryReplSet.create({ replSet: { count: 1 } })
    return { uri: server.getUri(), stop: async () => void (await server.stop()) }
  }
  // Its own process: a test that blocks its event loop (spawnSync of a CLI) must not stall the server.
  const child = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'congoServer.mjs'), '0'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`CongoDB exited with ${code} before listening`)))
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString())
      if (match) resolve(Number(match[1]))
    })
  })
  return {
    // Polled heartbeats: the driver's streaming monitor (exhaust hello) now and then fails against the
    // emulator with "Server ended moreToCome unexpectedly" and clears the pool under a running test.
    uri: `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
