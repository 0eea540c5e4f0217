/** Context names of what the gate learns before a save and records in the audit log after it, per document. */
export const INVALIDATED = 'medicalReview:invalidated'
export const UNPUBLISHING = 'medicalReview:unpublishing'
/** The content the gate let go live, for the check of what was stored (refuseUnsignedStoredContent). */
export const PUBLISHED_CONTENT = 'medicalReview:publishedContent'
/** The fingerprint of a document's live row after a write, as refuseUnsignedStoredContent read it back. */
export const LIVE_FINGERPRINT = 'medicalReview:liveFingerprint'
/** A document whose publish refuseUnsignedStoredContent refused after it was written. */
export const REFUSED_AFTER_WRITE = 'medicalReview:refusedAfterWrite'
