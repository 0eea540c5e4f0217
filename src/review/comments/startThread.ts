import type { PayloadRequest } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewClaim } from '../types.js'
import type { CommentAnchor, ReviewConversation } from './types.js'

import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { boundedText } from '../endpoints/boundedText.js'
import { currentState } from '../endpoints/currentState.js'
import { inReviewTransaction } from '../endpoints/inReviewTransaction.js'
import { loadReviewTarget } from '../endpoints/loadReviewTarget.js'
import { recordEvent } from '../endpoints/recordEvent.js'
import { aboutOf, notifyConversation } from './conversationNotice.js'
import { postMessage } from './postMessage.js'
import { readConversation, readerContentOf } from './readConversation.js'

/** A new thread: on a claim of the latest version (`claim`: its key) or on a reviewed field. */
export type StartThreadInput = { claim?: unknown; field?: unknown; body?: unknown }

const anchorOf = (input: StartThreadInput, claims: ReviewClaim[], content: Record<string, unknown>): CommentAnchor => {
  if ((input.claim === undefined) === (input.field === undefined)) {
    throw publicError(400, 'INVALID_ANCHOR', 'Say what the thread is about: either claim (a claim key) or field (a field name), not both.')
  }
  if (input.claim !== undefined) {
    const claim = claims.find((candidate) => candidate.key === input.claim)
    if (!claim) {
      throw publicError(422, 'UNKNOWN_CLAIM', 'That claim is not in the latest version. Reload the review and pick a claim from it.')
    }
    return { kind: 'claim', field: claim.field, claimKey: claim.key, category: claim.category, quote: claim.sentence }
  }
  if (typeof input.field !== 'string' || !Object.hasOwn(content, input.field)) {
    throw publicError(422, 'UNKNOWN_FIELD', `field must be one of the reviewed fields: ${Object.keys(content).join(', ')}.`)
  }
  return { kind: 'field', field: input.field }
}

/**
 * Starts a thread on a claim or a field of a document its caller, on staff, can read. The message
 * and its audit event commit together; the author, last editor and assigned reviewer are emailed.
 */
export const startThread = async (
  req: PayloadRequest,
  collection: string,
  rawId: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
  input: StartThreadInput,
): Promise<ReviewConversation> => {
  const { id, doc } = await loadReviewTarget(req, collection, rawId, options)
  const body = boundedText(input.body, 'body')
  if (!body) throw publicError(400, 'COMMENT_REQUIRED', 'Write the comment (body) before sending it.')
  const actor = actorOf(req, options)
  const { state, anchor } = await inReviewTransaction(req, async () => {
    const state = await currentState(req, collection, id)
    const anchor = anchorOf(input, state.claims, await readerContentOf(req, collection, doc))
    const thread = await postMessage(req, options, { collection, id }, { anchor, body })
    await recordEvent(req, options, collection, id, state, 'commented', `Started a conversation on ${aboutOf(anchor)}.`, {
      thread,
      anchor,
      body,
    })
    return { state, anchor }
  })
  await notifyConversation(req, options, { collection, id, doc, settings, state }, [], `${actor.name} commented on ${aboutOf(anchor)}:\n\n${body}`)
  return readConversation(req, collection, id, { doc, state })
}
