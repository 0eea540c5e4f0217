export { appendReviewEvent } from './appendReviewEvent.js'
export type { AppendReviewEventOptions } from './appendReviewEvent.js'
export { auditHead } from './auditHead.js'
export { AUDIT_VERIFY_TASK, auditVerifyTask } from './auditVerifyTask.js'
export type { AuditVerifyTaskOptions } from './auditVerifyTask.js'
export { canonicalJson } from './canonicalJson.js'
export { CHECKPOINT_FILE_ENV } from './auditSettings.js'
export { deriveAuditKey } from './deriveAuditKey.js'
export { formatAuditReport } from './formatAuditReport.js'
export { GENESIS_HASH, hashReviewEvent } from './hashReviewEvent.js'
export { parseCheckpoint } from './parseCheckpoint.js'
export { reviewEventsCollection } from './reviewEventsCollection.js'
export type { ReviewEventsCollectionOptions } from './reviewEventsCollection.js'
export { REVIEW_ACTIONS, REVIEW_EVENTS_SLUG } from './types.js'
export type {
  AuditChainReport,
  AuditCheckpoint,
  AuditHead,
  BrokenLink,
  CheckpointProblem,
  CheckpointReport,
  LiveContentMismatch,
  LiveContentReport,
  ReviewAction,
  ReviewEventInput,
  ReviewEventRecord,
} from './types.js'
export { verifyAuditChain } from './verifyAuditChain.js'
export type { VerifyAuditChainOptions } from './verifyAuditChain.js'
