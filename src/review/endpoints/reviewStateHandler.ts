import type { PayloadHandler } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'

import { storedAuthors } from '../storedAuthors.js'
import { reviewSettingsOf } from '../reviewableContentSettings.js'
import { loadReviewTarget } from './loadReviewTarget.js'
import { reviewResponse } from './reviewResponse.js'

/** GET /api/{collection}/{id}/review: status, claims, sign-off and what blocks publishing now. */
export const reviewStateHandler =
  (collection: string, options: ResolvedOptions): PayloadHandler =>
  async (req) => {
    const { doc, state } = await loadReviewTarget(req, collection, String(req.routeParams?.id), options)
    return reviewResponse(state, options, await storedAuthors(req, collection, doc.id, reviewSettingsOf(req.payload, collection).authorField, options.usersSlug))
  }
