import type { MedicalReviewDeliveryOptions } from 'payload-medical-review/delivery'

import { parseWebhookEndpoints } from 'payload-medical-review/delivery'
import { medicalReviewOptions } from './medicalReviewOptions.js'

/** How this site delivers reviewed content: JSON-LD, webhooks, re-review and invalidation. */
export const deliveryOptions: MedicalReviewDeliveryOptions = {
  review: medicalReviewOptions,
  jsonLd: {
    articles: {
      type: 'article',
      lookupField: 'slug',
      faqs: { collection: 'faqs', field: 'relatedFaqs', backReference: 'article' },
      trials: { collection: 'trials', field: 'relatedTrials' },
    },
    faqs: { type: 'faq' },
    trials: { type: 'trial', lookupField: 'nctId' },
  },
  // A JSON array of {url, secret, events?}: where sites want to hear about publishing and review.
  webhooks: { endpoints: parseWebhookEndpoints(process.env.MEDICAL_REVIEW_WEBHOOKS) },
  // An article's claims about a trial ("now enrolling", "you may be eligible") go stale when the
  // trial's status, its sites' status or its eligibility changes.
  invalidate: [
    {
      collection: 'trials',
      fields: ['overallStatus', 'locations', 'eligibilitySummary'],
      citedBy: [{ collection: 'articles', field: 'relatedTrials' }],
    },
  ],
}
