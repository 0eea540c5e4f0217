/** Whether the write Payload is about to run only saves a draft version (the main row is untouched). */
export const DRAFT_SAVE = 'medicalReviewDelivery:draftSave'

/** Context name of what the main (published) row held before a non-draft write, per document. */
export const PREVIOUS_MAIN = 'medicalReviewDelivery:previous'

/** `row`, before an unpublish: the main row as readers had it, in the write's locale (what the event names). */
export type PreviousMain = { status: unknown; row: Record<string, unknown> | null }
