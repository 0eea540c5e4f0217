import type { CollectionConfig } from 'payload'

import { normaliseNctId, validateOptionalNctId } from '../hooks/nctId.js'
import { slugFromTitle } from '../hooks/slugFromTitle.js'
import { webAddress } from '../hooks/webAddress.js'
import { contentAccess, contentVersions, publishedListIndexes } from './versions.js'
import { refuseDuplicates } from '../hooks/refuseDuplicates.js'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'author', '_status', 'updatedAt'],
    group: 'Content',
  },
  access: contentAccess,
  versions: contentVersions,
  indexes: publishedListIndexes('createdAt'),
  hooks: { beforeChange: [refuseDuplicates('slug')] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      required: true,
      admin: { position: 'sidebar', description: 'Derived from the title when left empty.' },
      hooks: { beforeValidate: [slugFromTitle] },
    },
    { name: 'summary', type: 'textarea', maxLength: 600 },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'conditions',
      type: 'text',
      hasMany: true,
      admin: { description: 'Conditions the article is about, e.g. "Multiple sclerosis".' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar' },
      defaultValue: ({ user }) => (user?.collection === 'users' ? user.id : undefined),
    },
    {
      name: 'references',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 500 },
        { name: 'url', type: 'text', maxLength: 2000, hooks: { beforeValidate: [webAddress] } },
        { type: 'row', fields: [
          { name: 'pmid', type: 'text', label: 'PMID', validate: pmid },
          { name: 'doi', type: 'text', label: 'DOI', validate: doi },
          {
            name: 'nctId',
            type: 'text',
            label: 'NCT id',
            validate: validateOptionalNctId,
            hooks: { beforeValidate: [normaliseNctId] },
          },
        ] },
      ],
    },
    { name: 'relatedFaqs', type: 'relationship', relationTo: 'faqs', hasMany: true },
    { name: 'relatedTrials', type: 'relationship', relationTo: 'trials', hasMany: true },
  ],
}

function pmid(value: null | string | undefined): string | true {
  return !value || /^\d{1,9}$/.test(value) || 'A PMID is a number of up to 9 digits, e.g. 31578221.'
}

function doi(value: null | string | undefined): string | true {
  return !value || /^10\.\d{4,9}\/\S+$/.test(value) || 'A DOI starts with "10." and a slash, e.g. 10.1056/NEJMoa1234567.'
}
