/**
 * The `medicalReview` group as the database holds it: status, fingerprint and dates as columns, the
 * rest of the state in `record`. For tests and benches that write rows directly, past the hooks.
 */
export const storedReviewGroup = (state: Record<string, unknown>) => {
  const { status, fingerprint, lastReviewed, nextReviewDue, record: _record, ...record } = state
  return { status, fingerprint, lastReviewed, nextReviewDue, record }
}
