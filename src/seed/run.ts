/** `npm run seed`: loads the demo users and content into DATABASE_URI (never in production). */
import 'dotenv/config'
import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { closePayload } from '../closePayload.js'
import { isProduction } from '../env.js'
import { runMigrations } from '../runMigrations.js'
import { seed } from './seed.js'

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  await seed(payload, { password: process.env.SEED_PASSWORD, production: isProduction(), log: console.log })
  console.log('Seed complete.')
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await closePayload(payload)
}
