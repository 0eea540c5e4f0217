import type { AuditChainReport } from './types.js'

/** The line `npm run audit:verify` prints, and its exit code: 0 intact, 1 broken. */
export const formatAuditReport = (
  report: AuditChainReport,
): { exitCode: 0 | 1; message: string } => {
  if (report.ok || !report.firstBroken) {
    return { exitCode: 0, message: `Audit chain intact: ${report.checked} events` }
  }
  const { sequence, id, reason } = report.firstBroken
  return { exitCode: 1, message: `Audit chain BROKEN at event ${sequence} (id ${id}): ${reason}` }
}
