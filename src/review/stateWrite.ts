import type { CollectionSlug, PayloadRequest, RequestContext } from 'payload'

import type { ReviewState } from './types.js'

/**
 * The only way review state changes other than by a save: our endpoints put the new state in the
 * request context under this symbol, which no client and no other module can name.
 */
const STATE_WRITE = Symbol('payload-medical-review:state-write')

type StateWrite = { collection: string; id: string; state: ReviewState }

/** The state an endpoint is writing to this document, taken once so a reused request cannot replay it. */
export const takeStateWrite = (context: RequestContext, collection: string, id: unknown): ReviewState | undefined => {
  const holder = context as Record<symbol, StateWrite | undefined>
  const write = holder[STATE_WRITE]
  if (!write || write.collection !== collection || write.id !== String(id)) return undefined
  delete holder[STATE_WRITE]
  return write.state
}

/**
 * Saves new review state as a draft (content untouched), through the usual hooks. As an autosave:
 * a run of review actions updates the latest autosave version in place instead of adding a version
 * per decision, so the document's version history stays the writer's.
 */
export const writeReviewState = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  state: ReviewState,
): Promise<ReviewState> => {
  const write: StateWrite = { collection, id: String(id), state }
  const doc = await req.payload.update({
    collection: collection as CollectionSlug,
    id,
    data: {},
    draft: true,
    autosave: true,
    req,
    overrideAccess: true,
    depth: 0,
    context: { [STATE_WRITE]: write } as unknown as RequestContext,
  })
  return (doc as unknown as { medicalReview: ReviewState }).medicalReview
}
