import type { PayloadHandler } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'

import { loadReviewTarget } from './loadReviewTarget.js'
import { reviewResponse } from './reviewResponse.js'

/** GET /api/{collection}/{id}/review: status, claims, sign-off and what blocks publishing now. */
export const reviewStateHandler =
  (collection: string, options: ResolvedOptions): PayloadHandler =>
  async (req) => {
    const { doc, state } = await loadReviewTarget(req, collection, String(req.routeParams?.id), options)
    return reviewResponse(req, collection, doc.id, state, options)
  }
