import type { CollectionBeforeOperationHook, Where } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { publicError } from '../publicError.js'
import { reviewedLocales } from './everyLocale.js'
import { markLocaleSource } from './localeSource.js'
import { bulkDeleteOneAtATime } from './bulkDeleteOneAtATime.js'
import { bulkUpdateOneAtATime } from './bulkUpdateOneAtATime.js'
import { lockReviewWrites } from './documentLock.js'
import { checkOperationInput } from './refuseMalformedInput.js'
import { refuseProtectedBulkDelete } from './reviewBeforeDelete.js'

const WRITES = new Set(['create', 'delete', 'restoreVersion', 'update', 'updateByID'])

/**
 * Before Payload reads the documents it is about to change: refuses malformed input (see
 * checkOperationInput), and takes the review write lock, so the state the gate reads is the
 * latest and every writer takes its locks in one order. A bulk delete is refused when it
 * matches protected content; bulk deletes and updates run one document at a time (see
 * bulkDeleteOneAtATime and bulkUpdateOneAtATime).
 */
export const reviewBeforeOperation =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const { data } = args as { data?: unknown }
    // Payload keeps such a write's localized values as sent where no locale is stored yet:
    // unreadable to the gate. A write of the status alone (the plugin's own state writes send
    // nothing) changes no localized value; a restore is always written in the default locale.
    // Reads never get this far: the fields are walked for writes of content only.
    const writesContent =
      (operation === 'create' || operation === 'update' || operation === 'updateByID') &&
      typeof data === 'object' &&
      data !== null &&
      Object.keys(data).some((key) => key !== '_status')
    const locales = writesContent ? reviewedLocales(req.payload, collection.flattenedFields) : undefined
    if (locales && !locales.includes(String(req.locale))) {
      throw publicError(
        400,
        'LOCALE_REQUIRED',
        `Save in one locale (${locales.join(', ')}): a write in every locale at once, or in an unknown one, is not accepted for reviewed content.`,
      )
    }
    await checkOperationInput(req, collection, operation, args as { data?: unknown; sort?: unknown; where?: unknown })
    if (!WRITES.has(operation)) return args
    if ((args as { publishSpecificLocale?: unknown }).publishSpecificLocale) {
      // The published row would mix this locale's text with others' from an older version: content
      // no sign-off has seen as a whole.
      throw publicError(
        400,
        'LOCALE_PUBLISH_UNSUPPORTED',
        'Publish every locale at once: a medical sign-off covers the text of all locales together, so one locale cannot be published on its own.',
      )
    }
    // Payload's unpublish of every locale rewrites the latest version in place, the signed one
    // included; without `localizeStatus` (refused at start-up) the same unpublish adds a version.
    if ('unpublishAllLocales' in args) (args as { unpublishAllLocales?: unknown }).unpublishAllLocales = false
    req.context.medicalReviewDraftSave = Boolean((args as { draft?: boolean }).draft)
    req.context.medicalReviewDraftRestore = operation === 'restoreVersion' && req.context.medicalReviewDraftSave
    const { duplicateFromID, selectedLocales } = args as { duplicateFromID?: unknown; selectedLocales?: unknown }
    if (operation === 'restoreVersion') markLocaleSource(req.context, { collection: collection.slug, kind: 'version', id: String((args as { id?: unknown }).id) })
    if (operation === 'create' && duplicateFromID !== undefined && duplicateFromID !== null) {
      markLocaleSource(req.context, {
        collection: collection.slug,
        kind: 'document',
        id: String(duplicateFromID),
        // Payload copies only these locales when they are given.
        ...(Array.isArray(selectedLocales) && selectedLocales.length > 0 ? { locales: selectedLocales.map(String) } : {}),
      })
    }
    await lockReviewWrites(req)
    const { id, where } = args as { id?: unknown; where?: Where }
    if (operation === 'delete' && id === undefined && where) {
      await refuseProtectedBulkDelete(req, collection.slug, options, where)
      return { ...args, where: await bulkDeleteOneAtATime(req, collection, args as Parameters<typeof bulkDeleteOneAtATime>[2]) }
    }
    if (operation === 'update' && id === undefined && where) {
      return { ...args, where: await bulkUpdateOneAtATime(req, collection, args as Parameters<typeof bulkUpdateOneAtATime>[2]) }
    }
    return args
  }
