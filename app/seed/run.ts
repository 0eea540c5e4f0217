/** `npm run seed`: loads the demo users and content into DATABASE_URI (never in production). */
import 'dotenv/config'
import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { closePayload } from '../closePayload.js'
import { DEFAULT_DATABASE_URI } from '../databaseAdapter.js'
import { isProduction } from '../env.js'
import { runMigrations } from '../runMigrations.js'
import { keepDemoPassword } from '../site/demoPassword.js'
import { seed } from './seed.js'

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const given = process.env.SEED_PASSWORD
  const { password } = await seed(payload, { password: given, production: isProduction(), log: console.log })
  // Kept for the ready message of `npm start` on this database.
  if (password && !given) keepDemoPassword(process.env.DATABASE_URI || DEFAULT_DATABASE_URI, password)
  console.log('Seed complete.')
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await closePayload(payload)
}
