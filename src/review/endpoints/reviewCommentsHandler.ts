import type { PayloadHandler } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'

import { readConversation } from '../comments/readConversation.js'
import { loadReviewTarget } from './loadReviewTarget.js'

/**
 * GET /api/{collection}/{id}/review/comments: the document's conversations, each placed in the
 * latest version (on its claim, on the edited sentence, or outdated), for anyone on staff who can
 * read the document.
 */
export const reviewCommentsHandler =
  (collection: string, options: ResolvedOptions): PayloadHandler =>
  async (req) => {
    const { id, doc, state } = await loadReviewTarget(req, collection, String(req.routeParams?.id), options)
    return Response.json(await readConversation(req, collection, id, { doc, state }))
  }
