import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'
import type { CommentAnchor } from './types.js'

import { actorOf } from '../actorOf.js'
import { REVIEW_COMMENTS_SLUG } from './types.js'

/**
 * Stores one message of a document's conversation as the acting user, in the caller's
 * transaction: a thread's first message carries its `anchor`, a reply names its `thread`.
 * Answers the new message's id.
 */
export const postMessage = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  target: { collection: string; id: string },
  message: { body: string } & ({ anchor: CommentAnchor } | { thread: string }),
): Promise<string> => {
  const actor = actorOf(req, options)
  const row = await req.payload.create({
    collection: REVIEW_COMMENTS_SLUG,
    data: {
      documentCollection: target.collection,
      documentId: target.id,
      ...message,
      author: actor.id as never,
      authorUserId: String(actor.id),
      authorName: actor.name,
    },
    overrideAccess: true,
    req,
  })
  return String(row.id)
}
