import type { Field, FieldAccess, FieldHook } from 'payload'

import type { PublicReview } from './types.js'

import { SYSTEM_FIELD } from '../review/readerContent.js'
import { isReviewDue } from './publicReview.js'

const never: FieldAccess = () => false

type StoredPublicReview = Omit<PublicReview, 'due'>

// A date as an ISO string; MongoDB hands back Date objects for bylines stored as a group before.
const isoDate = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' && value !== '' ? value : null

/** `due` is computed on every read: the content stays published past its date, and says so. */
const withDue: FieldHook = ({ value }): PublicReview => {
  const stored = (value && typeof value === 'object' ? value : {}) as Record<keyof StoredPublicReview, unknown>
  const nextReviewDue = isoDate(stored.nextReviewDue)
  return {
    reviewedBy: (stored.reviewedBy ?? null) as PublicReview['reviewedBy'],
    lastReviewed: isoDate(stored.lastReviewed),
    nextReviewDue,
    due: isReviewDue(nextReviewDue),
  }
}

const nullableString = () => ({ type: ['string' as const, 'null' as const] })

/**
 * `review`: the public projection of the medical review, readable by everyone, written only by
 * the server (`publicReviewBeforeChange`, on every save). It is stored rather than computed on
 * read so that public reads skip the staff-only `medicalReview` group entirely. It is one JSON
 * value, not a group of four fields: Payload and its SQL adapters walk every field of every
 * document they read, and a group of four cost public reads about a tenth of their throughput.
 */
export const publicReviewField = (): Field => ({
  name: 'review',
  type: 'json',
  label: 'Public review byline',
  access: { create: never, update: never },
  admin: { disabled: true },
  custom: { [SYSTEM_FIELD]: true },
  hooks: { afterRead: [withDue] },
  typescriptSchema: [
    () => ({
      type: 'object',
      additionalProperties: false,
      required: ['reviewedBy', 'lastReviewed', 'nextReviewDue', 'due'],
      properties: {
        // null when nobody's signature vouches for this content.
        reviewedBy: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'credentials'],
              properties: { name: { type: 'string' }, credentials: nullableString() },
            },
          ],
        },
        lastReviewed: nullableString(),
        nextReviewDue: nullableString(),
        due: { type: 'boolean' },
      },
    }),
  ],
})
