import type { CollectionConfig } from 'payload'

import { normaliseNctId, studyUrlFromNctId, validateNctId } from '../hooks/nctId.js'
import { enumOptions, INTERVENTION_TYPES, OVERALL_STATUSES, PHASES } from './trialEnums.js'
import { contentAccess, contentVersions, publishedListIndexes } from './versions.js'
import { refuseDuplicates } from '../hooks/refuseDuplicates.js'

export const Trials: CollectionConfig = {
  slug: 'trials',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['nctId', 'title', 'overallStatus', 'phases', '_status'],
    group: 'Content',
  },
  access: contentAccess,
  versions: contentVersions,
  indexes: publishedListIndexes('createdAt'),
  hooks: { beforeChange: [refuseDuplicates('nctId')] },
  fields: [
    {
      name: 'nctId',
      label: 'NCT id',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateNctId,
      hooks: { beforeValidate: [normaliseNctId] },
      admin: { placeholder: 'NCT01234567' },
    },
    { name: 'title', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'overallStatus', type: 'select', required: true, options: enumOptions(OVERALL_STATUSES) },
        { name: 'phases', type: 'select', hasMany: true, options: enumOptions(PHASES) },
      ],
    },
    { name: 'conditions', type: 'text', hasMany: true },
    {
      name: 'interventions',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'type', type: 'select', options: enumOptions(INTERVENTION_TYPES) },
        { name: 'otherNames', type: 'text', hasMany: true },
      ],
    },
    { name: 'sponsor', type: 'text' },
    {
      name: 'locations',
      type: 'array',
      fields: [
        { name: 'facility', type: 'text', required: true },
        { type: 'row', fields: [
          { name: 'city', type: 'text' },
          { name: 'country', type: 'text' },
          { name: 'status', type: 'select', options: enumOptions(OVERALL_STATUSES) },
        ] },
      ],
    },
    { name: 'eligibilitySummary', type: 'textarea' },
    {
      name: 'studyUrl',
      type: 'text',
      admin: { readOnly: true, position: 'sidebar', description: 'Derived from the NCT id.' },
      hooks: { beforeChange: [studyUrlFromNctId] },
    },
    { name: 'lastVerified', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
  ],
}
