import type { PayloadHandler } from 'payload'

import type { ReviewAction } from '../../audit/types.js'
import type { ResolvedOptions } from '../resolveOptions.js'

import { REVIEW_EVENTS_SLUG } from '../../audit/types.js'
import { loadReviewTarget } from './loadReviewTarget.js'

/** The newest events shown; the full trail stays in the audit log. */
const HISTORY_LIMIT = 200

export type HistoryEntry = {
  sequence: number
  action: ReviewAction
  actorName: string
  actorCredentials?: string | null
  meaning: string
  occurredAt: string
}

/**
 * GET /api/{collection}/{id}/review/history: the document's own review timeline (who submitted,
 * decided, sent back, signed, published), newest first, for anyone on staff who can read it.
 */
export const reviewHistoryHandler =
  (collection: string, options: ResolvedOptions): PayloadHandler =>
  async (req) => {
    const { id } = await loadReviewTarget(req, collection, String(req.routeParams?.id), options)
    const events = await req.payload.find({
      collection: REVIEW_EVENTS_SLUG,
      where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] },
      sort: '-sequence',
      limit: HISTORY_LIMIT,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const entries: HistoryEntry[] = events.docs.map((event) => {
      const { sequence, action, actorName, actorCredentials, meaning, occurredAt } = event as unknown as HistoryEntry
      return { sequence, action, actorName, actorCredentials, meaning, occurredAt }
    })
    return Response.json({ entries })
  }
