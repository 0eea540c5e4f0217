import type { Endpoint } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'

import { continueThread } from '../comments/continueThread.js'
import { readBody } from './readBody.js'

/** POST /api/{collection}/{id}/review/comments/{thread} with `{ body?, resolved? }`: reply, resolve or reopen; answers every thread. */
export const threadEndpoint = (collection: string, settings: ResolvedCollectionSettings, options: ResolvedOptions): Endpoint => ({
  path: '/:id/review/comments/:thread',
  method: 'post',
  handler: async (req) =>
    Response.json(
      await continueThread(
        req,
        collection,
        String(req.routeParams?.id),
        String(req.routeParams?.thread),
        settings,
        options,
        await readBody(req),
      ),
    ),
})
