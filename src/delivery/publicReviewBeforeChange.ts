import type { CollectionBeforeChangeHook } from 'payload'

import { publicReview } from './publicReview.js'

/**
 * Stores the public projection of the review state this save leaves (runs after the workflow's
 * gate has written `medicalReview`), on every save of every version, whatever the caller sent.
 */
export const publicReviewBeforeChange =
  (): CollectionBeforeChangeHook =>
  ({ data }) => {
    const { reviewedBy, lastReviewed, nextReviewDue } = publicReview(data.medicalReview)
    data.review = { reviewedBy, lastReviewed, nextReviewDue }
    return data
  }
