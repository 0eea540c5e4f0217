import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { reviewActions } from 'payload-medical-review'

type Person = { id: number | string }

export type ReviewTeam = { writer: Person; reviewer: Person; reviewerPassword: string }

/** A request made by this account of the users collection, as the workflow's actions expect. */
export const requestAs = async (payload: Payload, user: Person): Promise<PayloadRequest> =>
  (await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)) as unknown as PayloadRequest

/**
 * Publishes a draft the only way there is: the writer submits, the reviewer approves every claim
 * and signs off with their password, the writer publishes.
 */
export const reviewAndPublish = async (
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  { writer, reviewer, reviewerPassword }: ReviewTeam,
  wording: { note?: string; statement?: string } = {},
) => {
  const review = reviewActions(payload)
  const submitted = await review.submit(await requestAs(payload, writer), collection, id)
  for (const claim of submitted.claims) {
    await review.decide(await requestAs(payload, reviewer), collection, id, claim.key, {
      decision: 'approved',
      note: wording.note,
    })
  }
  const { fingerprint } = await review.state(await requestAs(payload, reviewer), collection, id)
  await review.signOff(await requestAs(payload, reviewer), collection, id, {
    password: reviewerPassword,
    fingerprint,
    statement: wording.statement,
  })
  return payload.update({
    collection,
    id,
    data: { _status: 'published' } as never,
    req: await requestAs(payload, writer),
    overrideAccess: false,
  })
}
