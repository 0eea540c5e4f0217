import { expect } from '@jest/globals'

import type { ReviewState } from '../../src/review/types.js'
import type { Attacker } from './securityHarness.js'

type Claim = ReviewState['claims'][number]

/**
 * A writer drafts an article with `approved` as its body, a reviewer approves every claim and
 * signs, the writer publishes, then changes the body to `edited`. The claim of `category` before
 * and after the edit, and whether the edit voided the sign-off.
 */
export const claimAcrossEdit = async (a: Attacker, approved: unknown, edited: unknown, category: string) => {
  const created = await a.call('articles?draft=true', a.writer, { body: { title: `Edit ${Math.random()}`, body: approved } })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  const signed = await a.reviewAndSign('articles', id)
  const before: Claim | undefined = signed.claims.find((claim) => claim.category === category)
  await a.publish('articles', id)
  const changed = await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { body: edited } })
  expect(changed.status).toBe(200)
  const state = (await a.latest('articles', id)).medicalReview
  const after: Claim | undefined = state.claims.find((claim) => claim.category === category)
  return { before, after, signOffVoided: state.signOff?.fingerprint !== state.fingerprint }
}
