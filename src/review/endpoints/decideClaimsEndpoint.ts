import type { Endpoint } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'

import { decideClaims } from './decideClaimEndpoint.js'
import { readBody } from './readBody.js'
import { reviewResponse } from './reviewResponse.js'

/** POST /api/{collection}/{id}/review/claims with `{ keys, decision, note, evidence, revision? }`. */
export const decideClaimsEndpoint = (
  collection: string,
  settings: ResolvedCollectionSettings,
  options: ResolvedOptions,
): Endpoint => ({
  path: '/:id/review/claims',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req)
    const id = String(req.routeParams?.id)
    return reviewResponse(req, collection, id, await decideClaims(req, collection, id, body.keys, settings, options, body), options)
  },
})
