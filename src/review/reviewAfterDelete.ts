import type { CollectionAfterDeleteHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { clipText } from '../clipText.js'
import { actorOf } from './actorOf.js'
import { readState } from './readState.js'

/** Every deletion of reviewed content leaves an event, in the deletion's transaction. */
export const reviewAfterDelete =
  (collection: string, options: ResolvedOptions): CollectionAfterDeleteHook =>
  async ({ collection: config, doc, req }) => {
    const actor = actorOf(req, options)
    const state = readState(doc.medicalReview)
    const title = doc[config.admin?.useAsTitle ?? 'id'] ?? doc.id
    await appendReviewEvent(
      req.payload,
      {
        action: 'deleted',
        actor: actor.id,
        actorName: actor.name,
        actorCredentials: actor.credentials,
        meaning: `Deleted “${clipText(String(title), 200)}” with its versions${doc._status === 'published' ? ', which readers could see until now' : ''}.`,
        documentCollection: collection,
        documentId: doc.id,
        fingerprint: state.fingerprint || null,
        details: { status: doc._status ?? null, reviewStatus: state.status, signedAt: state.signOff?.signedAt ?? null },
      },
      req,
    )
    return doc
  }
