import type { Endpoint, PayloadHandler } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'

import { publicError } from '../../publicError.js'
import { reviewChangesHandler } from './reviewChangesHandler.js'
import { reviewCommentsHandler } from './reviewCommentsHandler.js'
import { reviewHistoryHandler } from './reviewHistoryHandler.js'
import { reviewStateHandler } from './reviewStateHandler.js'

/**
 * GET /api/{collection}/{id}/review, and .../review/changes, /history and /comments, as one
 * endpoint. Payload compiles the path of every endpoint listed before its own on each request to
 * the collection, public reads included: four GET paths cost every read four compilations.
 */
export const reviewReadEndpoint = (collection: string, options: ResolvedOptions): Endpoint => {
  const views = new Map<string, PayloadHandler>([
    ['', reviewStateHandler(collection, options)],
    ['changes', reviewChangesHandler(collection, options)],
    ['history', reviewHistoryHandler(collection, options)],
    ['comments', reviewCommentsHandler(collection, options)],
  ])
  const known = [...views.keys()].map((view) => (view ? `review/${view}` : 'review')).join(', ')
  return {
    path: '/:id/review/:view?',
    method: 'get',
    handler: (req) => {
      const view = String(req.routeParams?.view ?? '')
      const handler = views.get(view)
      if (!handler) {
        throw publicError(404, 'NOT_FOUND', `Reviews have no "${view.slice(0, 40)}"; ask for one of: ${known}.`)
      }
      return handler(req)
    },
  }
}
