import type { CollectionConfig, Config, Field, GroupField } from 'payload'

import type { ResolvedOptions } from '../review/resolveOptions.js'
import type { ReviewPanelServerProps } from './ReviewPanelField.js'
import type { ReviewDashboardServerProps } from './ReviewDashboard.js'
import type { ReviewQueueNavServerProps } from './ReviewQueueNav.js'
import type { ReviewQueueServerProps } from './ReviewQueueView.js'
import type { ReviewStatusCellServerProps } from './ReviewStatusCell.js'

import { REVIEW_EVENTS_SLUG } from '../audit/types.js'
import { medicalReviewTranslations } from './translations.js'

/**
 * Components are named by package entry, as the site's import map resolves them from
 * node_modules. Config-only module: it names components and never imports React.
 */
const CLIENT_COMPONENTS = new Set(['ReviewPublishButton', 'ReviewStatusBadge'])
const component = (name: string, serverProps?: object) => {
  const path = `payload-medical-review/${CLIENT_COMPONENTS.has(name) ? 'client' : 'rsc'}#${name}`
  return serverProps ? { path, serverProps } : path
}

export const QUEUE_PATH = '/review-queue'
const STATUS_COLUMN = 'medicalReview.status'

/** The server-owned `medicalReview` group, shown in the sidebar as the review panel, with a status column. */
export const withReviewPanel = (group: Field, options: ResolvedOptions): Field => {
  const field = group as GroupField
  const panel: ReviewPanelServerProps = {
    isReviewer: options.isReviewer,
    printedName: options.printedName,
    usersSlug: options.usersSlug,
  }
  const cell: ReviewStatusCellServerProps = { enabled: options.enabled, fourEyes: options.fourEyes }
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { ...field.admin?.components, Field: component('ReviewPanelField', panel) },
    },
    fields: field.fields.map((sub) =>
      'name' in sub && sub.name === 'status'
        ? ({
            ...sub,
            admin: { ...sub.admin, components: { ...sub.admin?.components, Cell: component('ReviewStatusCell', cell) } },
          } as Field)
        : sub,
    ),
  }
}

/**
 * A reviewed collection's edit and list views: the status badge before the document controls
 * (appended to the collection's own), our Publish button unless the collection has its own, and
 * the review status among the default list columns.
 */
export const withReviewAdmin = (collection: CollectionConfig): CollectionConfig => {
  const admin = collection.admin ?? {}
  const edit = admin.components?.edit ?? {}
  const columns = admin.defaultColumns
  return {
    ...collection,
    admin: {
      ...admin,
      defaultColumns: columns?.length
        ? columns.includes(STATUS_COLUMN)
          ? columns
          : [...columns, STATUS_COLUMN]
        : [admin.useAsTitle ?? 'id', STATUS_COLUMN, '_status', 'updatedAt'],
      components: {
        ...admin.components,
        edit: {
          ...edit,
          beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), component('ReviewStatusBadge')],
          PublishButton: edit.PublishButton ?? component('ReviewPublishButton'),
        },
      },
    },
  }
}

type Translations = Record<string, Record<string, unknown>>

/** Ours first, the site's own strings on top: a site overrides any of ours or adds languages. */
const mergeTranslations = (ours: Translations, theirs: Translations = {}): Translations => {
  const merged: Translations = { ...ours }
  for (const [language, namespaces] of Object.entries(theirs)) {
    const base = merged[language] ?? {}
    const next: Record<string, unknown> = { ...base }
    for (const [namespace, strings] of Object.entries(namespaces ?? {})) {
      const before = base[namespace]
      next[namespace] =
        before && typeof before === 'object' && strings && typeof strings === 'object'
          ? { ...before, ...strings }
          : strings
    }
    merged[language] = next
  }
  return merged
}

/** The review queue view, its link in the navigation (after the site's own), and our strings. */
export const withReviewQueue = (config: Config, options: ResolvedOptions, reviewed: string[]): Config => {
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  const queue: ReviewQueueServerProps = { reviewedCollections: reviewed, eventsSlug: REVIEW_EVENTS_SLUG }
  const nav: ReviewQueueNavServerProps = {
    isReviewer: options.isReviewer,
    isAdmin: options.isAdmin,
    usersSlug: options.usersSlug,
    reviewedCollections: reviewed,
  }
  const dashboard: ReviewDashboardServerProps = {
    ...queue,
    usersSlug: options.usersSlug,
    isStaff: options.isStaff,
    isReviewer: options.isReviewer,
  }
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...components,
        views: {
          ...components.views,
          medicalReviewQueue: { Component: component('ReviewQueueView', queue), path: QUEUE_PATH },
        },
        afterNavLinks: [...(components.afterNavLinks ?? []), component('ReviewQueueNav', nav)],
        beforeDashboard: [...(components.beforeDashboard ?? []), component('ReviewDashboard', dashboard)],
      },
    },
    i18n: {
      ...config.i18n,
      translations: mergeTranslations(
        medicalReviewTranslations,
        config.i18n?.translations as Translations | undefined,
      ) as NonNullable<Config['i18n']>['translations'],
    },
  }
}
