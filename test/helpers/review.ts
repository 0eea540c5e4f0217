import type { CollectionSlug, Payload } from 'payload'

import type { User } from '../../app/payload-types.js'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from './accounts.js'

/** Creates a document as the writer and publishes it through the whole review workflow. */
export const publishThroughReview = async (
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  { writer, reviewer }: { writer: User; reviewer: User },
) => {
  const draft = await payload.create({ collection, data: data as never, draft: true, user: { ...writer, collection: 'users' } })
  return reviewAndPublish(payload, collection, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
}
