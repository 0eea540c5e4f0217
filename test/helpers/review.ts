import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { User } from '../../src/payload-types.js'

import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { decideClaim } from '../../src/review/endpoints/decideClaimEndpoint.js'
import { signOff } from '../../src/review/endpoints/signOffEndpoint.js'
import { submitForReview } from '../../src/review/endpoints/submitEndpoint.js'
import { resolveOptions } from '../../src/review/resolveOptions.js'
import { TEST_PASSWORD } from './accounts.js'

const options = resolveOptions(medicalReviewOptions)

/** A request made by this user, as the workflow's actions expect. */
export const requestAs = async (payload: Payload, user: User): Promise<PayloadRequest> =>
  (await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)) as unknown as PayloadRequest

/**
 * Creates a document and publishes it the only way there is: the writer submits, the reviewer
 * approves every claim and signs off with their password, the writer publishes.
 */
export const publishThroughReview = async (
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  { writer, reviewer }: { writer: User; reviewer: User },
) => {
  const draft = await payload.create({ collection, data: data as never, draft: true, req: await requestAs(payload, writer) })
  const id = String(draft.id)
  const submitted = await submitForReview(await requestAs(payload, writer), collection, id, options)
  for (const claim of submitted.claims) {
    await decideClaim(await requestAs(payload, reviewer), collection, id, claim.key, options, { decision: 'approved' })
  }
  const settings = options.collections[collection as keyof typeof options.collections] ?? { fields: [] }
  await signOff(await requestAs(payload, reviewer), collection, id, settings, options, { password: TEST_PASSWORD })
  return payload.update({ collection, id: draft.id, data: { _status: 'published' } as never, req: await requestAs(payload, writer) })
}
