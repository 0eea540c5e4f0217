import type { Endpoint } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'

import { startThread } from '../comments/startThread.js'
import { readBody } from './readBody.js'

/** POST /api/{collection}/{id}/review/comments with `{ claim: key } | { field: name }` and `body`; answers every thread. */
export const startThreadEndpoint = (collection: string, settings: ResolvedCollectionSettings, options: ResolvedOptions): Endpoint => ({
  path: '/:id/review/comments',
  method: 'post',
  handler: async (req) =>
    Response.json(await startThread(req, collection, String(req.routeParams?.id), settings, options, await readBody(req))),
})
