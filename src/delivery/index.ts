import type { CollectionConfig, Config } from 'payload'

import type { MedicalReviewDeliveryOptions } from './types.js'

import { hasFieldNamed } from '../hasFieldNamed.js'
import { deliveryAfterChange } from './hooks/deliveryAfterChange.js'
import { deliveryBeforeChange } from './hooks/deliveryBeforeChange.js'
import { deliveryBeforeOperation } from './hooks/deliveryBeforeOperation.js'
import { jsonLdEndpoints } from './jsonLdEndpoints.js'
import { publicReadSelect } from './publicReadSelect.js'
import { publicReviewBeforeChange } from './publicReviewBeforeChange.js'
import { publicReviewField } from './publicReviewField.js'
import { resolveDeliveryOptions } from './resolveDeliveryOptions.js'
import { reviewDueNoticesCollection } from './reviewDue/reviewDueNoticesCollection.js'
import { reviewDueTask } from './reviewDue/reviewDueTask.js'
import { webhookTask } from './webhooks/webhookTask.js'

export type * from './types.js'
export { WEBHOOK_EVENTS } from './types.js'
export { publicReview } from './publicReview.js'
export { markReviewDue, type ReviewDueResult } from './reviewDue/markReviewDue.js'
export { REVIEW_DUE_TASK } from './reviewDue/reviewDueTask.js'
export { resolveDeliveryOptions, type ResolvedDeliveryOptions } from './resolveDeliveryOptions.js'
export {
  sendCitingBackToReview,
  type CitedChange,
  type SentBack,
} from './sendCitingBackToReview.js'
export { signWebhook } from './webhooks/signWebhook.js'
export { verifyWebhookSignature } from './webhooks/verifyWebhookSignature.js'
export { WEBHOOK_TASK } from './webhooks/webhookTask.js'
export type { WebhookBody } from './webhooks/webhookBody.js'
export { parseWebhookEndpoints } from './parseWebhookEndpoints.js'

const fail = (message: string): never => {
  throw new Error(`[payload-medical-review] medicalReviewDelivery: ${message}`)
}

/**
 * Delivery to sites, as a second plugin placed after `medicalReview(...)`: the public `review`
 * projection on every reviewed collection, JSON-LD endpoints, webhooks through the jobs queue,
 * the review-due job and the invalidation of content citing a changed document.
 */
export const medicalReviewDelivery =
  (incoming: MedicalReviewDeliveryOptions) =>
  (config: Config): Config => {
    const options = resolveDeliveryOptions(incoming)
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const reviewed = new Set(Object.keys(options.review.collections))
    const named = [
      ...reviewed,
      ...Object.keys(options.jsonLd),
      ...options.invalidate.flatMap((rule) => [
        rule.collection,
        ...rule.citedBy.map((citer) => citer.collection),
      ]),
    ]
    const missing = [...new Set(named.filter((slug) => !slugs.has(slug)))]
    if (missing.length) fail(`collections not in the config: ${missing.join(', ')}`)

    const deliver = (collection: CollectionConfig): CollectionConfig => {
      const { slug } = collection
      const isReviewed = reviewed.has(slug)
      const rules = options.invalidate.filter((rule) => rule.collection === slug)
      const jsonLd = options.jsonLd[slug]
      if (!isReviewed && !jsonLd && !rules.length) return collection
      if (
        isReviewed &&
        !collection.fields.some((field) => 'name' in field && field.name === 'medicalReview')
      ) {
        fail(
          `${slug} has no medicalReview group: list medicalReview(...) before medicalReviewDelivery(...) in plugins`,
        )
      }
      if (isReviewed && hasFieldNamed(collection.fields, 'review')) {
        fail(`${slug} already has a field named review, the name under which the plugin puts the public byline: rename that field`)
      }
      const hooks = collection.hooks ?? {}
      const writes = options.enabled && (isReviewed || rules.length > 0)
      return {
        ...collection,
        fields: isReviewed ? [...collection.fields, publicReviewField()] : collection.fields,
        hooks: {
          ...hooks,
          // Last, so they see what the workflow's gate let through and stored.
          beforeOperation: [
            ...(hooks.beforeOperation ?? []),
            ...(isReviewed ? [publicReadSelect(options.review)] : []),
            ...(writes ? [deliveryBeforeOperation()] : []),
          ],
          beforeChange: [
            ...(hooks.beforeChange ?? []),
            // The projection is part of the data: kept up to date even with delivery switched off.
            ...(isReviewed ? [publicReviewBeforeChange()] : []),
            ...(writes ? [deliveryBeforeChange(slug)] : []),
          ],
          afterChange: writes
            ? [...(hooks.afterChange ?? []), deliveryAfterChange(slug, options, rules, isReviewed)]
            : hooks.afterChange,
        },
        endpoints: [
          ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
          ...(options.enabled && jsonLd ? jsonLdEndpoints(slug, jsonLd, options) : []),
        ],
      }
    }

    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(deliver),
        reviewDueNoticesCollection(options.noticesSlug, options.review),
      ],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), webhookTask(options), reviewDueTask(options)],
      },
    }
  }
