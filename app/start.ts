/**
 * `npm start` and `npm run dev`. Serves the CMS on HOST:PORT (127.0.0.1:3000): demo content on an empty database
 * unless NODE_ENV=production; the admin UI from a production Next build (built here when missing),
 * or with hot reload when NODE_ENV=development.
 */
import 'dotenv/config'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import { listenHost, resolveSecret, serverURL } from './env.js'
import { demoPasswordHint, keepDemoPassword } from './site/demoPassword.js'

// From the process's own start, as the person at the terminal counts.
const started = performance.timeOrigin
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Captured before Next needs NODE_ENV=production: only an operator's own setting means a deployment.
const deployment = process.env.NODE_ENV === 'production'
const dev = process.env.NODE_ENV === 'development'

try {
  process.env.PAYLOAD_SECRET = resolveSecret(path.join(root, 'data'))
} catch (error) {
  console.error(`Refusing to start: ${(error as Error).message}`)
  process.exit(1)
}
// The admin is served from a production build, which needs NODE_ENV=production at run time; isProduction()
// reads the operator's own value from CMS_NODE_ENV.
process.env.CMS_NODE_ENV = process.env.NODE_ENV ?? ''
if (!dev) Object.assign(process.env, { NODE_ENV: 'production' })
const databaseUri = (process.env.DATABASE_URI ||= 'file:./data/cms.db')
fs.mkdirSync(path.join(root, 'data'), { recursive: true })

const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`

// The "still ..." lines come from a worker thread writing straight to stdout: compiling the code and seeding
// can hold the main thread for tens of seconds on a busy machine, and its own timers would wait with it.
const ticker = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads')
  let step = ''
  let last = 0
  parentPort.on('message', (name) => { step = name; last = Date.now() })
  setInterval(() => {
    if (!step || Date.now() - last < 10000) return
    last = Date.now()
    const seconds = Math.round((last - workerData) / 1000)
    require('node:fs').writeSync(1, '[start ' + seconds + ' s] still ' + step + '...\\n')
  }, 1000)`,
  { eval: true, workerData: started, execArgv: [] },
)
ticker.unref()

/** One start-up step, with a line every 10 s while it runs: a first start takes minutes and must not look stuck. */
const phase = async <T,>(name: string, work: () => Promise<T>): Promise<T> => {
  console.log(`[start ${elapsed()}] ${name}...`)
  ticker.postMessage(name)
  try {
    return await work()
  } finally {
    ticker.postMessage('')
  }
}

if (!dev && !fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.log('No admin build yet: running `next build` once (about 3 minutes on 2 cores).')
  const status = await phase('building the admin UI', () =>
    new Promise<null | number>((resolve) => {
      // Next's own output shows through; the phase adds a line while it compiles in silence.
      const build = spawn('npx', ['next', 'build', '--webpack'], { cwd: root, stdio: 'inherit', env: process.env })
      build.once('exit', resolve)
    }),
  )
  if (status !== 0) process.exit(status ?? 1)
}

// Imported after the build, and timed: compiling the config's module graph takes a while on a slow machine.
const code = await phase('loading the code', () =>
  Promise.all([
    import('../payload.config.js'),
    import('./server.js'),
    import('./closePayload.js'),
    import('./seed/seed.js'),
    import('./site/demoAccounts.js'),
    import('./emailAdapter.js'),
  ]),
)
const [{ default: config }, { createServer }, { closePayload }, { seedWhenEmpty }, { findDemoAccounts }, email] = code
const cms = await phase('connecting to the database, running migrations, preparing the admin', () =>
  createServer({ config, next: { dev, dir: root } }),
)

if (!deployment) {
  try {
    const seeded = await phase('loading the demo content if the database is empty', () =>
      seedWhenEmpty(cms.payload, (line) => console.log(`[start ${elapsed()}] ${line}`)),
    )
    if (seeded?.password && !process.env.SEED_PASSWORD) keepDemoPassword(databaseUri, seeded.password)
  } catch (error) {
    console.error(`Refusing to start: the demo content could not be loaded: ${(error as Error).message}`)
    process.exit(1)
  }
}

const port = Number(process.env.PORT || 3000)
const host = listenHost()
const server = await cms.listen(port, host)

/** Everything needed to sign in, last on screen. */
const readyMessage = async (): Promise<string[]> => {
  const mail = process.env.SMTP_HOST || `${path.relative(process.cwd(), email.mailLogPath())} (SMTP_HOST is not set)`
  const lines = [
    `Health CMS ready after ${elapsed()}: ${serverURL()}${cms.payload.config.routes.admin}`,
    `  listening on ${host}:${port} (HOST, PORT); REST /api, GraphQL /api/graphql`,
    `  mail: ${mail}`,
  ]
  if (deployment) return lines
  const accounts = await findDemoAccounts(cms.payload)
  if (accounts.length === 0) return lines
  return [...lines, `  demo accounts: ${accounts.join(', ')}`, `  password: ${demoPasswordHint(databaseUri)}`]
}
console.log(`\n${(await readyMessage()).join('\n')}\n`)
await ticker.terminate()

const shutdown = (signal: string) => {
  cms.payload.logger.info(`${signal}: closing connections`)
  server.close(async () => {
    await closePayload(cms.payload)
    process.exit(0)
  })
  server.closeIdleConnections()
  // Requests in flight get a moment to finish; long-lived ones (dev reload sockets) are then cut.
  setTimeout(() => server.closeAllConnections(), 3_000).unref()
  setTimeout(() => process.exit(1), 10_000).unref()
}
process.once('SIGTERM', () => shutdown('SIGTERM'))
process.once('SIGINT', () => shutdown('SIGINT'))
