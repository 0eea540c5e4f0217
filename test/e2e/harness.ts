import type { ChildProcess } from 'node:child_process'
import type { Browser, LaunchOptions } from 'playwright-core'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots')

/** Debian's Chromium; E2E_CHROMIUM points elsewhere (or at nothing, to check the skip). */
export const chromiumPath = (): string => process.env.E2E_CHROMIUM || '/usr/bin/chromium'

export const chromiumNotRunReason = (): string | undefined =>
  fs.existsSync(chromiumPath())
    ? undefined
    : `E2E suite NOT RUN: no Chromium at ${chromiumPath()} (apt-get install chromium)`

export const launchOptions = (): LaunchOptions => ({
  executablePath: chromiumPath(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

export const launchBrowser = async (): Promise<Browser> => {
  const { chromium } = await import('playwright-core')
  return chromium.launch(launchOptions())
}

// What the admin build bundles: the config and everything it imports, the admin app and its components.
const BUILD_INPUTS = ['src', 'app', 'collections', 'hooks', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']

const newestInput = (entry: string): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestInput(path.join(entry, name))))
}

/** Why the admin must be built first, or undefined when `.next` is current (E2E_SKIP_BUILD=1 trusts it). */
export const buildNeeded = (): string | undefined => {
  const buildId = path.join(ROOT, '.next/BUILD_ID')
  if (!fs.existsSync(buildId)) return 'no admin build (.next/BUILD_ID)'
  if (process.env.E2E_SKIP_BUILD === '1') return undefined
  const built = fs.statSync(buildId).mtimeMs
  const changed = BUILD_INPUTS.find((input) => newestInput(path.join(ROOT, input)) > built)
  return changed ? `${changed} changed since the last admin build` : undefined
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv, log: string) =>
  new Promise<void>((resolve, reject) => {
    const out = fs.openSync(log, 'w')
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', out, out] })
    child.on('error', reject)
    child.on('exit', (code) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${tail(log)}`))
    })
  })

const tail = (file: string, lines = 40) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : ''

/** The environment a child app gets: ours, without Jest's test mode and VM-module flags. */
const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const { NODE_ENV: _mode, JEST_WORKER_ID: _worker, ...inherited } = process.env
  // Next's types make NODE_ENV required; leaving it out is the point (start.ts picks production).
  return { ...inherited, NODE_OPTIONS: '--conditions=production --conditions=medreview-source', ...extra } as unknown as NodeJS.ProcessEnv
}

/** `next build` of the admin, as `npm run build` does it, when the existing build is missing or stale. */
export const ensureAdminBuild = async (workdir: string): Promise<void> => {
  const reason = buildNeeded()
  if (!reason) return
  process.stderr.write(`\nE2E: building the admin first (${reason}); this takes a minute or two.\n`)
  await run(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build', '--webpack'], childEnv({ NEXT_TELEMETRY_DISABLED: '1' }), path.join(workdir, 'build.log'))
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type App = {
  url: string
  password: string
  log: string
  stop: () => Promise<void>
}

/**
 * The CMS as `npm start` runs it (Next in production mode, demo accounts seeded with a known
 * password), in a child process: Next needs NODE_ENV=production, which Jest's own process is not.
 */
export const startApp = async (): Promise<App> => {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-e2e-'))
  await ensureAdminBuild(workdir)
  const database: TestDatabase = await createTestDatabase()
  const port = await freePort()
  // The admin's cookie is accepted only from the configured origin, so the browser uses it too.
  const url = `http://localhost:${port}`
  const password = 'e2e-demo-password-1234'
  const log = path.join(workdir, 'server.log')
  const out = fs.openSync(log, 'w')
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'app/start.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: childEnv({
      PORT: String(port),
      SERVER_URL: url,
      DATABASE_URI: database.uri,
      SEED_PASSWORD: password,
      PAYLOAD_SECRET: 'e2e-secret-of-at-least-thirty-two-characters',
      PAYLOAD_JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      SMTP_HOST: '',
      NEXT_TELEMETRY_DISABLED: '1',
    }),
  })
  let exited: null | number = null
  const gone = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code ?? -1
      resolve()
    }),
  )
  const stop = async () => {
    if (exited === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM')
      const killer = setTimeout(() => child.pid && exited === null && process.kill(-child.pid, 'SIGKILL'), 10_000)
      await gone
      clearTimeout(killer)
    }
    fs.closeSync(out)
    await database.drop()
    fs.rmSync(workdir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (exited !== null) break
    const ready = await fetch(`${url}/readyz`).then((response) => response.ok, () => false)
    if (ready) return { url, password, log, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const output = tail(log)
  await stop()
  throw new Error(`The app did not become ready at ${url}:\n${output}`)
}
