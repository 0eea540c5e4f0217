// Runs CongoDB (the MongoDB-wire emulator) in a process of its own, so that test code blocking its
// own event loop (spawnSync of a CLI) cannot stall the database. Prints "listening <port>".
import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'

const server = new CongoServer({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' })
await server.start()
console.log(`listening ${server.server.address().port}`)
const stop = async () => {
  await server.stop()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
// Ends with the test process that started it, whatever way that one ends.
process.stdin.on('end', stop)
process.stdin.resume()
