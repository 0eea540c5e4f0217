import type { CollectionSlug, Payload } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'

import { adminLink, emailReviewers } from '../../review/notify.js'
import { queueWebhookEvent } from '../webhooks/queueWebhookEvent.js'
import { webhookBodyFor } from '../webhooks/webhookBodyFor.js'

export type DueDocument = {
  collection: string
  id: number | string
  title: string
  nextReviewDue: string
}

export type ReviewDueResult = { due: number; announced: DueDocument[] }

const PAGE = 500

/**
 * Finds published content whose next review date has passed and announces each due date once:
 * records a notice (its unique key stops a second server announcing it too), queues `review.due`
 * webhooks, and emails the reviewers one digest. The content stays published; its public
 * `review.due` already reads true.
 */
export const markReviewDue = async (
  payload: Payload,
  options: ResolvedDeliveryOptions,
  asOf: Date = new Date(),
): Promise<ReviewDueResult> => {
  const announced: DueDocument[] = []
  let due = 0
  for (const collection of Object.keys(options.review.collections)) {
    const titleField =
      payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
    for (let page = 1; ; page += 1) {
      const found = await payload.find({
        collection: collection as CollectionSlug,
        where: {
          and: [
            { _status: { equals: 'published' } },
            { 'medicalReview.nextReviewDue': { less_than_equal: asOf.toISOString() } },
          ],
        },
        sort: 'id',
        limit: PAGE,
        page,
        depth: 0,
        overrideAccess: true,
      })
      due += found.docs.length
      const candidates = (
        found.docs as unknown as (Record<string, unknown> & { id: number | string })[]
      ).map((doc) => {
        const state = doc.medicalReview as { nextReviewDue?: string } | undefined
        const nextReviewDue = new Date(String(state?.nextReviewDue)).toISOString()
        return { doc, nextReviewDue, key: `${collection}:${doc.id}:${nextReviewDue}` }
      })
      if (!candidates.length) break
      const known = await payload.find({
        collection: options.noticesSlug as CollectionSlug,
        where: { key: { in: candidates.map((candidate) => candidate.key) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const seen = new Set(known.docs.map((notice) => (notice as unknown as { key: string }).key))
      for (const { doc, nextReviewDue, key } of candidates) {
        if (seen.has(key)) continue
        const title = String(doc[titleField] ?? doc.id)
        try {
          await payload.create({
            collection: options.noticesSlug as CollectionSlug,
            data: {
              key,
              title,
              documentCollection: collection,
              documentId: String(doc.id),
              nextReviewDue,
              notifiedAt: new Date().toISOString(),
            } as never,
            overrideAccess: true,
            depth: 0,
          })
        } catch (error) {
          // Another server announced it between our look-up and now.
          if (
            error instanceof ValidationError &&
            error.data.errors.some((item) => item.path === 'key')
          )
            continue
          throw error
        }
        announced.push({ collection, id: doc.id, title, nextReviewDue })
        await queueWebhookEvent(
          payload,
          options,
          webhookBodyFor(payload, options, 'review.due', collection, doc),
        )
      }
      if (!found.hasNextPage) break
    }
  }
  if (announced.length) {
    await emailReviewers(payload, options.review, {
      subject: `Medical review due: ${announced.length} document(s)`,
      text: [
        'These published documents are past their next review date. They stay published; readers see that a review is due.',
        '',
        ...announced.map(
          (item) =>
            `- ${item.title} (due ${item.nextReviewDue.slice(0, 10)}): ${adminLink(payload, item.collection, String(item.id))}`,
        ),
      ].join('\n'),
    })
  }
  return { due, announced }
}
