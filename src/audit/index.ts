export { appendReviewEvent } from './appendReviewEvent.js'
export type { AppendReviewEventOptions } from './appendReviewEvent.js'
export { canonicalJson } from './canonicalJson.js'
export { formatAuditReport } from './formatAuditReport.js'
export { GENESIS_HASH, hashReviewEvent } from './hashReviewEvent.js'
export { reviewEventsCollection } from './reviewEventsCollection.js'
export type { ReviewEventsCollectionOptions } from './reviewEventsCollection.js'
export { REVIEW_ACTIONS, REVIEW_EVENTS_SLUG } from './types.js'
export type {
  AuditChainReport,
  BrokenLink,
  ReviewAction,
  ReviewEventInput,
  ReviewEventRecord,
} from './types.js'
export { verifyAuditChain } from './verifyAuditChain.js'
export type { VerifyAuditChainOptions } from './verifyAuditChain.js'
