import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import { REVIEW_COMMENTS_SLUG } from './types.js'

const never: Access = () => false

/**
 * Review conversations: one row per message; a thread is its first message (which holds the
 * anchor and whether it is resolved) and the replies that name it. Written only by the review
 * endpoints, which check the document and keep an audit event of every message; never part of
 * what readers receive.
 */
export const reviewCommentsCollection = ({ usersSlug, readAccess }: { usersSlug: string; readAccess: Access }): CollectionConfig => ({
  slug: REVIEW_COMMENTS_SLUG,
  labels: { singular: 'Review comment', plural: 'Review comments' },
  admin: {
    group: 'Review',
    hidden: true,
    useAsTitle: 'body',
  },
  access: { create: never, read: readAccess, update: never, delete: never },
  versions: false,
  disableDuplicate: true,
  lockDocuments: false,
  graphQL: { disableMutations: true },
  fields: [
    { name: 'documentCollection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    // Empty on a thread's first message; a reply names that message's id.
    { name: 'thread', type: 'text', index: true },
    { name: 'anchor', type: 'json' },
    { name: 'body', type: 'textarea', required: true },
    { name: 'author', type: 'relationship', relationTo: usersSlug as CollectionSlug },
    // Printed as at the time, and kept when the account is deleted.
    { name: 'authorUserId', type: 'text' },
    { name: 'authorName', type: 'text', required: true },
    { name: 'resolvedAt', type: 'date' },
    { name: 'resolvedBy', type: 'text' },
    { name: 'resolvedByName', type: 'text' },
  ],
})
