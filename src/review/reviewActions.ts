import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewState } from './types.js'

import { continueThread, type ThreadInput } from './comments/continueThread.js'
import { startThread, type StartThreadInput } from './comments/startThread.js'
import { assignReviewer, type AssignInput } from './endpoints/assignEndpoint.js'
import { currentState } from './endpoints/currentState.js'
import { type ClaimDecisionInput, decideClaim } from './endpoints/decideClaimEndpoint.js'
import { requestChanges } from './endpoints/requestChangesEndpoint.js'
import { signOff, type SignOffInput } from './endpoints/signOffEndpoint.js'
import { submitForReview } from './endpoints/submitEndpoint.js'
import { reviewSettingsOf } from './reviewableContentSettings.js'

/** Where the plugin keeps its resolved options on the server-only `config.custom`. */
export const REVIEW_OPTIONS = 'medicalReviewOptions'

type Id = number | string

/**
 * The review workflow from server code (imports, seeds, scripts), with the same checks as the REST
 * actions: `req.user` acts, and must be staff, a reviewer where a reviewer is needed, and never
 * the author or a recent editor for decisions and sign-off.
 */
export const reviewActions = (payload: Payload) => {
  const options = payload.config.custom?.[REVIEW_OPTIONS] as ResolvedOptions | undefined
  if (!options) throw new Error('[payload-medical-review] reviewActions: the medicalReview plugin is not in this config')
  return {
    state: (req: PayloadRequest, collection: string, id: Id): Promise<ReviewState> =>
      currentState(req, collection, String(id)),
    submit: (req: PayloadRequest, collection: string, id: Id) =>
      submitForReview(req, collection, String(id), options),
    decide: (req: PayloadRequest, collection: string, id: Id, claimKey: string, input: ClaimDecisionInput) =>
      decideClaim(req, collection, String(id), claimKey, reviewSettingsOf(payload, collection), options, input),
    requestChanges: (req: PayloadRequest, collection: string, id: Id, input: { reason: string }) =>
      requestChanges(req, collection, String(id), options, input),
    assign: (req: PayloadRequest, collection: string, id: Id, input: AssignInput) =>
      assignReviewer(req, collection, String(id), reviewSettingsOf(payload, collection), options, input),
    signOff: (req: PayloadRequest, collection: string, id: Id, input: SignOffInput) =>
      signOff(req, collection, String(id), reviewSettingsOf(payload, collection), options, input),
    startThread: (req: PayloadRequest, collection: string, id: Id, input: StartThreadInput) =>
      startThread(req, collection, String(id), reviewSettingsOf(payload, collection), options, input),
    continueThread: (req: PayloadRequest, collection: string, id: Id, thread: Id, input: ThreadInput) =>
      continueThread(req, collection, String(id), String(thread), reviewSettingsOf(payload, collection), options, input),
  }
}

export type ReviewActions = ReturnType<typeof reviewActions>
