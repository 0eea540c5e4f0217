import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The placeholder shipped in .env.example: a server must never run on it in production. */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string'

/**
 * A deployment: NODE_ENV=production as the operator set it. `npm start` runs Next with NODE_ENV=production on a
 * laptop too, so it keeps the operator's value in CMS_NODE_ENV first.
 */
export const isProduction = (): boolean => (process.env.CMS_NODE_ENV ?? process.env.NODE_ENV) === 'production'

/**
 * PAYLOAD_SECRET signs sessions. Production refuses a missing, placeholder or short secret.
 * Elsewhere a random dev secret is made once and kept beside the data, so sessions survive restarts.
 */
export const resolveSecret = (dataDir = path.resolve('data')): string => {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret && secret !== EXAMPLE_SECRET && secret.length >= 32) return secret
  // `next build` loads the config to prerender the admin shell, and signs nothing with it.
  if (process.env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (isProduction()) {
    throw new Error(
      'PAYLOAD_SECRET must be set to a random string of at least 32 characters when NODE_ENV=production ' +
        '(e.g. `openssl rand -hex 32`); the example value is refused.',
    )
  }
  if (secret && secret !== EXAMPLE_SECRET) return secret
  const file = path.join(dataDir, '.dev-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const generated = randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, generated, { mode: 0o600 })
  return generated
}

/** HOST: every interface in a deployment (containers publish the port from outside), else this machine only. */
export const listenHost = (): string => process.env.HOST || (isProduction() ? '0.0.0.0' : '127.0.0.1')

export const serverURL = (): string => process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
