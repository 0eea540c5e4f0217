import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'

import { accountCreatedAt } from '../accountCreatedAt.js'
import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { storedAuthors } from '../storedAuthors.js'
import { adminLink, emailUsers } from '../notify.js'
import { publishBlockers } from '../publishBlockers.js'
import { writeReviewState } from '../stateWrite.js'
import { SIGN_OFF_MEANING } from '../types.js'
import { currentState } from './currentState.js'
import { inReviewTransaction } from './inReviewTransaction.js'
import { loadReviewTarget } from './loadReviewTarget.js'
import { readBody } from './readBody.js'
import { recordEvent } from './recordEvent.js'
import { refuseOwnContent, requireCurrentRevision, requireInReview } from './reviewerChecks.js'
import { reviewResponse } from './reviewResponse.js'
import { checkSignOffPassword } from './checkSignOffPassword.js'
import { boundedText } from './boundedText.js'
import { titleOf } from '../titleOf.js'

const addMonths = (date: Date, months: number) => {
  const next = new Date(date)
  next.setUTCMonth(next.getUTCMonth() + months)
  return next
}

export type SignOffInput = { password?: unknown; statement?: unknown; fingerprint?: unknown; revision?: unknown }

/**
 * The reviewer's electronic signature, bound to the fingerprint of exactly the content they read:
 * the client must send the `fingerprint` it showed, and a sign-off of anything else is refused.
 * The password is asked again.
 */
export const signOff = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
  body: SignOffInput,
): Promise<ReviewState> => {
  const { doc, user } = await loadReviewTarget(req, collection, id, options, { reviewer: true })
  const password = typeof body.password === 'string' ? body.password : ''
  if (!password) throw publicError(400, 'PASSWORD_REQUIRED', 'Enter your password again to sign.')
  if (typeof body.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(body.fingerprint)) {
    throw publicError(
      400,
      'FINGERPRINT_REQUIRED',
      'Send the fingerprint of the content you reviewed (from GET …/review): a sign-off binds exactly what you read.',
    )
  }
  const statement = boundedText(body.statement, 'statement')
  await checkSignOffPassword(req, options, collection, id, user, password)
  const { name, credentials } = actorOf(req, options)
  const state = await inReviewTransaction(req, async (): Promise<ReviewState> => {
    const current = await currentState(req, collection, id)
    if (body.fingerprint !== current.fingerprint) {
      throw publicError(
        409,
        'SIGNOFF_STALE',
        'The content changed after you opened it: read the new version before signing.',
      )
    }
    requireInReview(current)
    refuseOwnContent(current, user, options, await storedAuthors(req, collection, doc.id, options.usersSlug))
    requireCurrentRevision(current, body.revision)
    const claimBlockers = publishBlockers(current, current.fingerprint, { fourEyes: options.fourEyes }).filter(
      (blocker) => blocker.code.startsWith('CLAIMS_'),
    )
    if (claimBlockers.length) {
      throw publicError(
        403,
        'CLAIMS_PENDING',
        `Not signed: ${claimBlockers.map((blocker) => blocker.message).join('; ')}.`,
        { reasons: claimBlockers },
      )
    }
    const now = new Date()
    const createdAt = accountCreatedAt(user)
    const signOff = {
      reviewer: String(user.id),
      ...(createdAt ? { reviewerAccountCreatedAt: createdAt } : {}),
      printedName: name,
      credentials,
      signedAt: now.toISOString(),
      meaning: SIGN_OFF_MEANING,
      statement,
      fingerprint: current.fingerprint,
      claimKeys: current.claims.map((claim) => claim.key),
    }
    const next = await writeReviewState(req, collection, id, {
      ...current,
      // contentEditors is kept: whoever wrote words of this text never signs it, in a later round too.
      status: 'approved',
      signOff,
      lastReviewed: signOff.signedAt,
      nextReviewDue: addMonths(now, settings.reviewIntervalMonths).toISOString(),
    })
    // The save recomputes the fingerprint from the stored content: a change that slipped in voids it.
    if (next.fingerprint !== current.fingerprint || next.signOff?.fingerprint !== current.fingerprint) {
      throw publicError(
        409,
        'SIGNOFF_STALE',
        'The content changed while you were signing: read the new version before signing.',
      )
    }
    await recordEvent(
      req,
      options,
      collection,
      id,
      next,
      'signed',
      `${name}${credentials ? `, ${credentials}` : ''}: ${SIGN_OFF_MEANING}`,
      {
        statement,
        signedAt: signOff.signedAt,
        claimKeys: signOff.claimKeys,
      },
    )
    return next
  })
  const title = titleOf(req.payload, collection, doc)
  await emailUsers(req.payload, options, [state.contentEditedBy], {
    subject: `Signed off: ${title}`,
    text: `${name}${credentials ? `, ${credentials}` : ''} signed off "${title}". It can be published now.\n\n${adminLink(req.payload, collection, id)}`,
  })
  return state
}

/** POST /api/{collection}/{id}/review/sign-off with `{ password, fingerprint, statement?, revision? }`. */
export const signOffEndpoint = (
  collection: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
): Endpoint => ({
  path: '/:id/review/sign-off',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id)
    return reviewResponse(req, collection, id, await signOff(req, collection, id, settings, options, await readBody(req)), options)
  },
})
