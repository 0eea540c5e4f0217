import type { CollectionConfig } from 'payload'

import { authors, deleteUnpublishedUnlessAdmin, editors, readPublishedUnlessStaff, staffOnly } from './roles.js'

/** Drafts with autosave and scheduled publishing, and the access rules every content collection shares. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}

export const contentAccess: CollectionConfig['access'] = {
  read: readPublishedUnlessStaff,
  readVersions: staffOnly,
  create: authors,
  update: editors,
  delete: deleteUnpublishedUnlessAdmin,
}

/**
 * Readers list published documents in the collection's default order. An index on the status and
 * that order lets the database read the first page straight off the index; without it, it sorts
 * every published row (and builds each row's relationships) to return ten.
 */
export const publishedListIndexes = (sortField: string): CollectionConfig['indexes'] => [{ fields: ['_status', sortField] }]
