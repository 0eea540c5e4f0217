import type { Field, FieldAccess, FieldHook } from 'payload'

import { SYSTEM_FIELD } from '../review/readerContent.js'

const never: FieldAccess = () => false

/** Computed on every read: the content stays published past its date, and says so. */
const isDue: FieldHook = ({ siblingData }) => {
  const next = (siblingData as { nextReviewDue?: unknown } | undefined)?.nextReviewDue
  return typeof next === 'string' && next !== '' && new Date(next).getTime() <= Date.now()
}

/**
 * `review`: the public projection of the medical review, readable by everyone, written only by
 * the server (`publicReviewBeforeChange`, on every save). It is stored rather than computed on
 * read so that public reads skip the staff-only `medicalReview` group entirely: reading and
 * walking that group cost public reads about a fifth of their throughput.
 */
export const publicReviewField = (): Field => ({
  name: 'review',
  type: 'group',
  label: 'Public review byline',
  access: { create: never, update: never },
  admin: { disabled: true },
  custom: { [SYSTEM_FIELD]: true },
  fields: [
    {
      // JSON, not a group: a group is always an object, and "nobody signed" must read as null.
      name: 'reviewedBy',
      type: 'json',
      typescriptSchema: [
        () => ({
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'credentials'],
              properties: { name: { type: 'string' }, credentials: { type: ['string', 'null'] } },
            },
          ],
        }),
      ],
    },
    { name: 'lastReviewed', type: 'date' },
    { name: 'nextReviewDue', type: 'date' },
    { name: 'due', type: 'checkbox', virtual: true, hooks: { afterRead: [isDue] } },
  ],
})
