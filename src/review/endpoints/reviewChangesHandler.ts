import type { PayloadHandler } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'

import { reviewChanges } from '../changes/reviewChanges.js'
import { loadReviewTarget } from './loadReviewTarget.js'

/**
 * GET /api/{collection}/{id}/review/changes?since=signoff|published: the words that changed since
 * the last sign-off (the default) or since the version readers get.
 */
export const reviewChangesHandler =
  (collection: string, options: ResolvedOptions): PayloadHandler =>
  async (req) => {
    const id = String(req.routeParams?.id)
    const { doc, state } = await loadReviewTarget(req, collection, id, options)
    const since = req.searchParams.get('since') ?? 'signoff'
    return Response.json(await reviewChanges(req, collection, id, doc, state, since))
  }
