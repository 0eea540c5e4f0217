import type { RequestContext } from 'payload'

/** Whether the write Payload is about to run only saves a draft version (the main row is untouched). */
export const DRAFT_SAVE = 'medicalReviewDelivery:draftSave'

/** What the main (published) row held before a non-draft write, per document. */
export type PreviousMain = { status: unknown; fields: Record<string, unknown> }

export const previousMainKey = (collection: string, id: unknown) =>
  `medicalReviewDelivery:previous:${collection}:${String(id)}`

export const takePreviousMain = (
  context: RequestContext,
  collection: string,
  id: unknown,
): PreviousMain | undefined => {
  const key = previousMainKey(collection, id)
  const value = context[key] as PreviousMain | undefined
  delete context[key]
  return value
}
