import type { CollectionSlug, Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'
import type { PublicReview, WebhookEvent } from '../types.js'
import type { WebhookBody } from './webhookBody.js'

import { publicReview } from '../publicReview.js'

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/** The event body for a stored document: its id, title, slug, status and public review only. */
export const webhookBodyFor = (
  payload: Payload,
  options: ResolvedDeliveryOptions,
  event: WebhookEvent,
  collection: string,
  doc: Record<string, unknown> & { id: number | string },
): WebhookBody => {
  const titleField =
    payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
  const apiURL = `${payload.config.serverURL}${payload.config.routes.api}`
  return {
    id: randomUUID(),
    event,
    occurredAt: new Date().toISOString(),
    collection,
    document: {
      id: doc.id,
      title: text(doc[titleField]),
      slug: text(doc.slug),
      status: text(doc._status),
      url: options.pageUrl({ collection, doc, apiURL }),
    },
    // The stored group when this read holds it, else the projection the field already computed.
    review: 'medicalReview' in doc ? publicReview(doc.medicalReview) : (doc.review as PublicReview),
  }
}
