import type { AuditChainReport } from './types.js'

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`

/**
 * What `npm run audit:verify` prints, and its exit code: 0 when everything holds, 1 when the
 * chain, a checkpoint or a published document does not. The first line sums it up; each problem
 * follows on a line of its own.
 */
export const formatAuditReport = (
  report: AuditChainReport,
): { exitCode: 0 | 1; message: string } => {
  const { checkpoints, liveContent } = report
  const head = report.head ? ` (head ${report.head.sequence} ${report.head.hash})` : ''
  const summary = [
    `${plural(report.checked, 'event')} intact${head}`,
    `${plural(checkpoints.checked, 'checkpoint')} compared`,
    `${plural(liveContent.checked, 'published document')} checked`,
  ].join(', ')
  const lines: string[] = []
  if (report.firstBroken) {
    const { sequence, id, reason } = report.firstBroken
    lines.push(`chain BROKEN at event ${sequence} (id ${id}): ${reason}`)
  }
  for (const problem of checkpoints.problems) {
    lines.push(`checkpoint ${problem.sequence} ${problem.kind.toUpperCase()}: ${problem.reason}`)
  }
  for (const mismatch of liveContent.mismatches) {
    const title = mismatch.title ? ` “${mismatch.title}”` : ''
    lines.push(`${mismatch.collection} ${mismatch.id}${title} ${mismatch.code}: ${mismatch.reason}`)
  }
  const notes: string[] = []
  if (checkpoints.unchecked) {
    notes.push(
      `note: ${plural(checkpoints.unchecked, 'checkpoint')} past the broken link could not be compared`,
    )
  }
  if (checkpoints.file && !checkpoints.file.found) {
    notes.push('note: the checkpoint file does not exist yet; it is created at the next checkpoint')
  }
  if (checkpoints.file?.unreadable) {
    notes.push(
      `note: ${plural(checkpoints.file.unreadable, 'line')} of the checkpoint file could not be read`,
    )
  }
  const ok = report.ok && lines.length === 0
  const message = [
    ok ? `Audit log OK: ${summary}` : `Audit log PROBLEM: ${summary}`,
    ...lines.map((line) => `  ${line}`),
    ...notes.map((line) => `  ${line}`),
  ].join('\n')
  return { exitCode: ok ? 0 : 1, message }
}
