/**
 * `npm run audit:verify`: walks the review audit chain of DATABASE_URI and reports the first
 * broken link. Exit code 0 when intact, 1 when broken, 2 when the check could not run.
 */
import 'dotenv/config'
import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { runMigrations } from '../runMigrations.js'
import { formatAuditReport } from './formatAuditReport.js'
import { REVIEW_EVENTS_SLUG } from './types.js'
import { verifyAuditChain } from './verifyAuditChain.js'

// Only for a plugin configured with another slug.
const slug = process.env.AUDIT_COLLECTION_SLUG || REVIEW_EVENTS_SLUG
const sanitized = await config
if (!sanitized.collections.some((collection) => collection.slug === slug)) {
  console.error(
    `audit:verify: payload.config.ts has no "${slug}" collection. Add ` +
      `reviewEventsCollection(...) from src/audit/reviewEventsCollection.ts to its collections.`,
  )
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const { exitCode, message } = formatAuditReport(await verifyAuditChain(payload, { slug }))
  console.log(message)
  process.exitCode = exitCode
} catch (error) {
  console.error(`audit:verify failed: ${(error as Error).message}`)
  process.exitCode = 2
} finally {
  await payload.destroy()
}
// The SQL adapters keep connections open after destroy() (PostgreSQL holds one for good).
process.exit(process.exitCode ?? 0)
