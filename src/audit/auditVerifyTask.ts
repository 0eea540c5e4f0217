import type { TaskConfig } from 'payload'

import type { AdminRecipients } from './alertAdmins.js'

import { alertAdmins } from './alertAdmins.js'
import { formatAuditReport } from './formatAuditReport.js'
import { REVIEW_EVENTS_SLUG } from './types.js'
import { verifyAuditChain } from './verifyAuditChain.js'

export const AUDIT_VERIFY_TASK = 'medicalReviewAuditVerify'

export type AuditVerifyTaskOptions = AdminRecipients & {
  /** The audit collection. @default 'review-events' */
  slug?: string
  /** When to run (cron with seconds, as Payload's schedules take it), or false for never. @default '0 30 3 * * *' (daily, 03:30) */
  schedule?: false | string
  /** The job queue it is scheduled on; it must be one that runs. @default 'default' */
  queue?: string
}

type Io = { input: object; output: { ok: boolean; problems: number } }

/**
 * A Payload job task that verifies the audit log (chain, checkpoints, published documents) and,
 * when anything is wrong, logs the report at error level and emails every admin. It does not
 * throw on a finding, so the alert is sent once per run; it throws (and is retried once) when the
 * verification itself cannot run.
 */
export const auditVerifyTask = ({
  slug = REVIEW_EVENTS_SLUG,
  schedule = '0 30 3 * * *',
  queue = 'default',
  ...recipients
}: AuditVerifyTaskOptions): TaskConfig<Io> => ({
  slug: AUDIT_VERIFY_TASK,
  label: 'Medical review: verify the audit log',
  outputSchema: [
    { name: 'ok', type: 'checkbox', required: true },
    { name: 'problems', type: 'number', required: true },
  ],
  retries: 1,
  ...(schedule ? { schedule: [{ cron: schedule, queue }] } : {}),
  handler: async ({ req }) => {
    const { payload } = req
    const report = await verifyAuditChain(payload, { slug })
    const { message } = formatAuditReport(report)
    if (report.ok) {
      payload.logger.info(`audit verify: ${message}`)
      return { output: { ok: true, problems: 0 } }
    }
    const problems =
      (report.firstBroken ? 1 : 0) +
      report.checkpoints.problems.length +
      report.liveContent.mismatches.length
    payload.logger.error(`audit verify FAILED: ${message}`)
    await alertAdmins(payload, recipients, {
      subject: 'Audit log verification FAILED: the review record may have been tampered with',
      text: `The scheduled verification of the medical-review audit log found ${problems} problem(s).\n\n${message}\n\nRun \`npm run audit:verify\` to check again, and compare with the "audit checkpoint" lines of the server log.`,
    })
    return { output: { ok: false, problems } }
  },
})
