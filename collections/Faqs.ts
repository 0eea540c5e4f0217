import type { CollectionConfig } from 'payload'

import { contentAccess, contentVersions, publishedListIndexes } from './versions.js'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'article', 'order', '_status'], group: 'Content' },
  access: contentAccess,
  versions: contentVersions,
  indexes: publishedListIndexes('order'),
  defaultSort: 'order',
  fields: [
    { name: 'question', type: 'text', required: true, maxLength: 300 },
    { name: 'answer', type: 'richText', required: true },
    { name: 'article', type: 'relationship', relationTo: 'articles', admin: { position: 'sidebar' } },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
