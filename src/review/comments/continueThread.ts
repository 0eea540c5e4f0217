import type { PayloadRequest } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { CommentAnchor, ReviewConversation } from './types.js'

import { publicError } from '../../publicError.js'
import { actorOf } from '../actorOf.js'
import { documentId } from '../documentId.js'
import { boundedText } from '../endpoints/boundedText.js'
import { currentState } from '../endpoints/currentState.js'
import { inReviewTransaction } from '../endpoints/inReviewTransaction.js'
import { loadReviewTarget } from '../endpoints/loadReviewTarget.js'
import { recordEvent } from '../endpoints/recordEvent.js'
import { aboutOf, notifyConversation } from './conversationNotice.js'
import { postMessage } from './postMessage.js'
import { readConversation } from './readConversation.js'
import { REVIEW_COMMENTS_SLUG } from './types.js'

/** On a thread: a reply, and/or resolving (`resolved: true`) or reopening (`false`) it. */
export type ThreadInput = { body?: unknown; resolved?: unknown }

type Message = {
  id: number | string
  documentCollection: string
  documentId: string
  thread?: string | null
  anchor?: CommentAnchor | null
  authorUserId?: string | null
  resolvedAt?: string | null
}

// A thread longer than this is read in part: enough to notify who took part.
const THREAD_READ = 2000

/**
 * Replies to a thread of the document, resolves it or reopens it: anyone on staff who can read
 * the document may. A reply emails the thread's participants and the document's stakeholders.
 */
export const continueThread = async (
  req: PayloadRequest,
  collection: string,
  rawId: string,
  rawThread: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
  input: ThreadInput,
): Promise<ReviewConversation> => {
  const { id, doc } = await loadReviewTarget(req, collection, rawId, options)
  const body = boundedText(input.body, 'body')
  if (input.resolved !== undefined && typeof input.resolved !== 'boolean') {
    throw publicError(400, 'INVALID_INPUT', 'resolved must be true (resolve the thread) or false (reopen it).')
  }
  if (!body && input.resolved === undefined) {
    throw publicError(400, 'COMMENT_REQUIRED', 'Write a reply (body), or resolve the thread (resolved: true) or reopen it (resolved: false).')
  }
  const threadId = documentId(req.payload, REVIEW_COMMENTS_SLUG, rawThread)
  const actor = actorOf(req, options)
  const { state, about, participants } = await inReviewTransaction(req, async () => {
    const messages =
      threadId === undefined
        ? []
        : ((
            await req.payload.find({
              collection: REVIEW_COMMENTS_SLUG,
              where: { or: [{ id: { equals: threadId } }, { thread: { equals: String(threadId) } }] },
              limit: THREAD_READ,
              depth: 0,
              overrideAccess: true,
              req,
            })
          ).docs as unknown as Message[])
    const root = messages.find((message) => String(message.id) === String(threadId) && !message.thread)
    if (!root?.anchor || root.documentCollection !== collection || root.documentId !== id) {
      throw publicError(404, 'THREAD_NOT_FOUND', `This document has no conversation with id ${JSON.stringify(rawThread.slice(0, 40))}.`)
    }
    const state = await currentState(req, collection, id)
    const about = aboutOf(root.anchor)
    if (body) {
      const reply = await postMessage(req, options, { collection, id }, { thread: String(root.id), body })
      await recordEvent(req, options, collection, id, state, 'commented', `Replied in the conversation on ${about}.`, {
        thread: String(root.id),
        message: reply,
        body,
      })
    }
    if (input.resolved !== undefined && input.resolved !== Boolean(root.resolvedAt)) {
      await req.payload.update({
        collection: REVIEW_COMMENTS_SLUG,
        id: root.id,
        data: input.resolved
          ? { resolvedAt: new Date().toISOString(), resolvedBy: String(actor.id), resolvedByName: actor.name }
          : { resolvedAt: null, resolvedBy: null, resolvedByName: null },
        overrideAccess: true,
        req,
      })
      await recordEvent(
        req,
        options,
        collection,
        id,
        state,
        input.resolved ? 'thread_resolved' : 'thread_reopened',
        `${input.resolved ? 'Resolved' : 'Reopened'} the conversation on ${about}.`,
        { thread: String(root.id) },
      )
    }
    return { state, about, participants: messages.map((message) => message.authorUserId) }
  })
  if (body) {
    await notifyConversation(req, options, { collection, id, doc, settings, state }, participants, `${actor.name} replied on ${about}:\n\n${body}`)
  }
  return readConversation(req, collection, id, { doc, state })
}
