/**
 * `npm start` and `npm run dev`. Serves the CMS on PORT (3000): demo content on an empty database
 * unless NODE_ENV=production; the admin UI from a production Next build (built here when missing),
 * or with hot reload when NODE_ENV=development.
 */
import 'dotenv/config'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { resolveSecret } from './env.js'

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
// The admin is served from a production build, which needs NODE_ENV=production at run time.
if (!dev) Object.assign(process.env, { NODE_ENV: 'production' })
process.env.DATABASE_URI ||= 'file:./data/cms.db'
fs.mkdirSync(path.join(root, 'data'), { recursive: true })

if (!dev && !fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.log('No admin build found: running `next build` once (about a minute)...')
  const build = spawnSync('npx', ['next', 'build', '--webpack'], { cwd: root, stdio: 'inherit', env: process.env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const { default: config } = await import('../payload.config.js')
const { createServer } = await import('./server.js')
const { closePayload } = await import('./closePayload.js')
const { seedWhenEmpty } = await import('./seed/seed.js')

const cms = await createServer({ config, next: { dev, dir: root } })
if (!deployment) {
  try {
    await seedWhenEmpty(cms.payload)
  } catch (error) {
    console.error(`Refusing to start: the demo content could not be loaded: ${(error as Error).message}`)
    process.exit(1)
  }
}

const port = Number(process.env.PORT || 3000)
const server = await cms.listen(port)
cms.payload.logger.info(`Health CMS ready: admin http://localhost:${port}/admin, REST /api, GraphQL /api/graphql`)

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
