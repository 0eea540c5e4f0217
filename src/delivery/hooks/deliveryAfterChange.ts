import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewState } from '../../review/types.js'
import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'
import type { ReviewInvalidation, WebhookEvent } from '../types.js'

import { type CitedChange, sendCitingBackToReview } from '../sendCitingBackToReview.js'
import { queueWebhookEvent } from '../webhooks/queueWebhookEvent.js'
import { webhookBodyFor } from '../webhooks/webhookBodyFor.js'
import { takeForDocument } from '../../documentContext.js'
import { DRAFT_SAVE, PREVIOUS_MAIN, type PreviousMain } from './contextKeys.js'

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * After a write: announces `review.signed`, `published` and `unpublished` (jobs queued in the
 * write's transaction), and when a watched field changed, in a draft or live, sends the documents
 * that cite it back to review in the same transaction (under the same review write lock).
 */
export const deliveryAfterChange =
  (
    collection: string,
    options: ResolvedDeliveryOptions,
    rules: ReviewInvalidation[],
    announce: boolean,
  ): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    const previous =
      operation === 'update' ? takeForDocument<PreviousMain>(context, PREVIOUS_MAIN, collection, doc.id) : undefined
    const mainChanged = operation === 'create' ? !context[DRAFT_SAVE] : previous !== undefined
    const state = doc.medicalReview as ReviewState | undefined
    const signOff = state?.signOff
    const events: WebhookEvent[] = []
    if (
      signOff &&
      signOff.fingerprint === state?.fingerprint &&
      signOff.signedAt !==
        (previousDoc?.medicalReview as ReviewState | undefined)?.signOff?.signedAt
    ) {
      events.push('review.signed')
    }
    // Readers get nothing in the trash: a move there withdraws, a move out publishes again.
    if (mainChanged && doc._status === 'published' && !doc.deletedAt) events.push('published')
    else if (mainChanged && previous?.status === 'published' && !previousDoc?.deletedAt) events.push('unpublished')
    for (const event of announce ? events : []) {
      // An unpublish may carry new, unreviewed words (a title, a slug): the event names the page
      // readers had, from the main row as it was.
      const named =
        event === 'unpublished' && previous?.row ? { ...previous.row, id: doc.id, _status: doc._status, medicalReview: doc.medicalReview } : doc
      await queueWebhookEvent(req.payload, options, webhookBodyFor(req.payload, options, event, collection, named), req)
    }

    // Whatever the cited document's publish state: a draft's new status is the next published one,
    // and an article that cites it was reviewed against the old one.
    if (operation !== 'update' || !previousDoc) return doc
    for (const rule of rules) {
      const changes: CitedChange[] = rule.fields
        .filter((field) => !same(previousDoc[field], doc[field]))
        .map((field) => ({ field, from: previousDoc[field], to: doc[field] }))
      if (changes.length) await sendCitingBackToReview(req, options, rule, doc, changes)
    }
    return doc
  }
