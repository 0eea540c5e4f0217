import type { Access, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../review/resolveOptions.js'

const never: Access = () => false

/**
 * One record per document and due date the review-due job has announced, so each due date is
 * announced once however often (and on however many servers) the job runs: `key` is unique.
 */
export const reviewDueNoticesCollection = (
  slug: string,
  review: ResolvedOptions,
): CollectionConfig => ({
  slug,
  labels: { singular: 'Review due notice', plural: 'Review due notices' },
  admin: {
    group: 'Review',
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentCollection', 'nextReviewDue', 'notifiedAt'],
    description: 'Content past its next review date, as announced to reviewers and webhooks.',
  },
  access: {
    read: ({ req }) =>
      Boolean(
        req.user &&
        req.user.collection === review.usersSlug &&
        (review.isReviewer(req.user) || review.isAdmin(req.user)),
      ),
    create: never,
    update: never,
    delete: never,
  },
  versions: false,
  disableDuplicate: true,
  lockDocuments: false,
  graphQL: { disableMutations: true },
  defaultSort: '-notifiedAt',
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    { name: 'title', type: 'text' },
    { name: 'documentCollection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'nextReviewDue', type: 'date', required: true },
    { name: 'notifiedAt', type: 'date', required: true },
  ],
})
