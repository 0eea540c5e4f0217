import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedDeliveryOptions } from './resolveDeliveryOptions.js'
import type { ReviewInvalidation } from './types.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { clipText } from '../clipText.js'
import { actorOf } from '../review/actorOf.js'
import { currentState } from '../review/endpoints/currentState.js'
import { inReviewTransaction } from '../review/endpoints/inReviewTransaction.js'
import { adminLink, emailReviewers } from '../review/notify.js'
import { writeReviewState } from '../review/stateWrite.js'

export type CitedChange = { field: string; from: unknown; to: unknown }

export type SentBack = { collection: string; id: number | string; title: string }

const shown = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? 'nothing'
    : typeof value === 'object'
      ? clipText(JSON.stringify(value), 120)
      : clipText(String(value), 120)

const describe = (changes: CitedChange[]) =>
  changes.map(({ field, from, to }) => `${field} changed from ${shown(from)} to ${shown(to)}`).join('; ')

/**
 * Sends every approved document that cites `cited` back to medical review (status `in_review`,
 * an `invalidated` audit event each), inside the caller's transaction, and emails the reviewers.
 * The citing content stays published: readers keep the reviewed version while it is re-checked.
 */
export const sendCitingBackToReview = async (
  req: PayloadRequest,
  options: ResolvedDeliveryOptions,
  rule: ReviewInvalidation,
  cited: Record<string, unknown> & { id: number | string },
  changes: CitedChange[],
): Promise<SentBack[]> => {
  const { payload } = req
  const citedConfig = payload.collections[rule.collection]?.config
  const citedTitle = String(cited[citedConfig?.admin?.useAsTitle ?? 'id'] ?? cited.id)
  const actor = actorOf(req, options.review)
  const sent: SentBack[] = []
  for (const citer of rule.citedBy) {
    const { docs } = await payload.find({
      collection: citer.collection,
      where: { [citer.field]: { in: [cited.id] } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const titleField =
      payload.collections[citer.collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
    for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
      const id = String(doc.id)
      await inReviewTransaction(req, async () => {
        const current = await currentState(req, citer.collection, id)
        // Drafts were never vouched for, and content already in review or sent back is in hand.
        if (current.status !== 'approved') return
        const next = await writeReviewState(req, citer.collection, id, {
          ...current,
          status: 'in_review',
        })
        await appendReviewEvent(
          payload,
          {
            action: 'invalidated',
            actor: actor.id,
            actorName: actor.name,
            actorCredentials: actor.credentials,
            meaning: `Sent back to medical review: it cites "${citedTitle}", whose ${describe(changes)}.`,
            documentCollection: citer.collection,
            documentId: id,
            fingerprint: next.fingerprint,
            details: {
              cited: { collection: rule.collection, id: cited.id, title: citedTitle },
              changes,
            },
          },
          req,
        )
        sent.push({
          collection: citer.collection,
          id: doc.id,
          title: String(doc[titleField] ?? id),
        })
      })
    }
  }
  if (sent.length) {
    await emailReviewers(payload, options.review, {
      subject: `Back to medical review: ${sent.length} document(s) cite ${citedTitle}`,
      text: [
        `"${citedTitle}" changed: ${describe(changes)}.`,
        'These documents cite it and are back in review (they stay published meanwhile):',
        '',
        ...sent.map(
          (item) => `- ${item.title}: ${adminLink(payload, item.collection, String(item.id))}`,
        ),
      ].join('\n'),
    })
  }
  return sent
}
