/**
 * `npm run audit:verify [-- --checkpoint <sequence>:<hash> ...]`: verifies the review audit log of
 * DATABASE_URI: the keyed chain, the checkpoints (given, and the file in
 * MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE or the plugin's option), and every published document
 * against its signed event. Exit code 0 when all holds, 1 on a problem, 2 when it could not run.
 */
import 'dotenv/config'

import { parseVerifyArgs, REVIEW_EVENTS_SLUG, VERIFY_USAGE } from 'payload-medical-review'

const args = parseVerifyArgs(process.argv.slice(2))
if ('error' in args) {
  console.error(`audit:verify: ${args.error}\n${VERIFY_USAGE}`)
  process.exit(2)
}

// Loaded after the arguments are checked: the config pulls in the whole CMS.
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config.js')
const { runMigrations } = await import('./runMigrations.js')
const { formatAuditReport, verifyAuditChain } = await import('payload-medical-review')

// Only for a plugin configured with another slug.
const slug = process.env.AUDIT_COLLECTION_SLUG || REVIEW_EVENTS_SLUG
const sanitized = await config
if (!sanitized.collections.some((collection) => collection.slug === slug)) {
  console.error(
    `audit:verify: payload.config.ts has no "${slug}" collection. Add ` +
      `the medicalReview plugin to its plugins.`,
  )
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const report = await verifyAuditChain(payload, { slug, checkpoints: args.checkpoints })
  const { exitCode, message } = formatAuditReport(report)
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
