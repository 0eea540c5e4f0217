import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../review/resolveOptions.js'

import { decideClaim } from '../review/endpoints/decideClaimEndpoint.js'
import { currentState } from '../review/endpoints/currentState.js'
import { reviewSettingsOf } from '../review/reviewableContentSettings.js'
import { signOff } from '../review/endpoints/signOffEndpoint.js'
import { submitForReview } from '../review/endpoints/submitEndpoint.js'

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
  options: ResolvedOptions,
  collection: CollectionSlug,
  id: number | string,
  { writer, reviewer, reviewerPassword }: ReviewTeam,
  wording: { note?: string; statement?: string } = {},
) => {
  const docId = String(id)
  const settings = reviewSettingsOf(payload, collection)
  const submitted = await submitForReview(await requestAs(payload, writer), collection, docId, options)
  for (const claim of submitted.claims) {
    await decideClaim(await requestAs(payload, reviewer), collection, docId, claim.key, settings, options, {
      decision: 'approved',
      note: wording.note,
    })
  }
  const { fingerprint } = await currentState(await requestAs(payload, reviewer), collection, docId)
  await signOff(await requestAs(payload, reviewer), collection, docId, settings, options, {
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
