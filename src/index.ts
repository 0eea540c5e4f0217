import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import type { MedicalReviewOptions, ReviewUser } from './review/types.js'

import { withReviewAdmin, withReviewPanel, withReviewQueue } from './admin/adminConfig.js'
import { auditVerifyTask } from './audit/auditVerifyTask.js'
import { deriveAuditKey } from './audit/deriveAuditKey.js'
import { reviewEventsCollection } from './audit/reviewEventsCollection.js'
import { hasFieldNamed } from './hasFieldNamed.js'
import { permissionQueriesInDeclaredShape } from './permissionQueriesInDeclaredShape.js'
import { collectionSettings } from './review/collectionSettings.js'
import { decideClaimEndpoint } from './review/endpoints/decideClaimEndpoint.js'
import { decideClaimsEndpoint } from './review/endpoints/decideClaimsEndpoint.js'
import { assignEndpoint } from './review/endpoints/assignEndpoint.js'
import { reviewersEndpoint } from './review/endpoints/reviewersEndpoint.js'
import { startThreadEndpoint } from './review/endpoints/startThreadEndpoint.js'
import { threadEndpoint } from './review/endpoints/threadEndpoint.js'
import { reviewCommentsCollection } from './review/comments/reviewCommentsCollection.js'
import { reviewReadEndpoint } from './review/endpoints/reviewReadEndpoint.js'
import { requestChangesEndpoint } from './review/endpoints/requestChangesEndpoint.js'
import { scanEndpoint } from './review/endpoints/scanEndpoint.js'
import { signOffEndpoint } from './review/endpoints/signOffEndpoint.js'
import { submitEndpoint } from './review/endpoints/submitEndpoint.js'
import { guardPrintedNameBeforeChange, recordPrintedNameAfterChange } from './review/guardPrintedName.js'
import { guardReviewAccountDelete } from './review/guardReviewAccountDelete.js'
import { answerDuplicateRowIds } from './review/answerDuplicateRowIds.js'
import { refuseDeletingLiveRelations } from './review/refuseDeletingLiveRelations.js'
import { refuseTrashingLiveRelations } from './review/refuseTrashingLiveRelations.js'
import { guardScheduledPublishCancel } from './review/guardScheduledPublishCancel.js'
import { refuseReviewedRelationQueries } from './review/refuseReviewedRelationQueries.js'
import { guardReviewAccountsBeforeChange, markForgotPassword, recordReviewAccountsAfterChange } from './review/guardReviewAccounts.js'
import { hideLockedAccounts } from './review/hideLockedAccounts.js'
import { refuseMalformedInput } from './review/refuseMalformedInput.js'
import { resolveOptions } from './review/resolveOptions.js'
import { reviewableContentSettings } from './review/reviewableContentSettings.js'
import { guard, refuseMissingGuards } from './review/guards.js'
import { warnUnreviewedVirtualFields } from './review/warnUnreviewedVirtualFields.js'
import { staffOnlyUnpublished } from './review/staffOnlyUnpublished.js'
import { refuseUnsignedStoredContent } from './review/refuseUnsignedStoredContent.js'
import { reviewAfterChange } from './review/reviewAfterChange.js'
import { reviewAfterDelete } from './review/reviewAfterDelete.js'
import { reviewBeforeChange } from './review/reviewBeforeChange.js'
import { bulkDeleteAllOrNothing } from './review/bulkDeleteAllOrNothing.js'
import { bulkUpdateResult } from './review/bulkUpdateResult.js'
import { reviewBeforeDelete } from './review/reviewBeforeDelete.js'
import { REVIEW_OPTIONS } from './review/reviewActions.js'
import { reviewBeforeOperation } from './review/reviewBeforeOperation.js'
import { scannerFor } from './review/scannerFor.js'
import { reviewFields } from './review/reviewFields.js'
import { warnWithoutTransactions } from './review/warnWithoutTransactions.js'
import { settleCheckpointsBeforeClose } from './audit/pendingCheckpoints.js'

// Payload's jobs collection, which it adds itself after every plugin has run.
const JOBS_SLUG = 'payload-jobs'

export type * from './review/types.js'
export { SIGN_OFF_MEANING } from './review/types.js'
export { fingerprintDocument } from './review/reviewableContent.js'
export { reviewActions, type ReviewActions } from './review/reviewActions.js'
export { publicError } from './publicError.js'
export { documentId } from './review/documentId.js'
export { isSortKey } from './review/sortKey.js'
export * from './audit/index.js'
export { parseVerifyArgs, VERIFY_USAGE } from './audit/parseVerifyArgs.js'

/**
 * Medical review for Payload: claims found on every save, per-claim decisions, a sign-off bound to
 * the content, and a publish gate on every door. Composes with the config it is given: the gate
 * runs after the collection's own beforeChange hooks, and what runs after it (field hooks, later
 * plugins' hooks) is checked once the write is stored (refuseUnsignedStoredContent).
 */
export const medicalReview =
  (incoming: MedicalReviewOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const scanner = scannerFor(options.claims)
    const slugs = Object.keys(options.collections)
    const missing = slugs.filter((slug) => !config.collections?.some((collection) => collection.slug === slug))
    if (missing.length) throw new Error(`[payload-medical-review] collections not in the config: ${missing.join(', ')}`)
    if (config.localization && config.compatibility?.allowLocalizedWithinLocalized) {
      // The gate reads a field inside a localized one as one value, as Payload stores it by default.
      throw new Error('[payload-medical-review] compatibility.allowLocalizedWithinLocalized is not supported: turn it off')
    }
    const users = config.collections?.find((collection) => collection.slug === options.usersSlug)
    if (!users?.auth) {
      throw new Error(
        `[payload-medical-review] usersSlug "${options.usersSlug}" must name the auth collection your editors and reviewers sign in with` +
          (users ? ' (it has no auth)' : ' (there is no such collection)'),
      )
    }
    if (slugs.includes(options.usersSlug)) {
      throw new Error(`[payload-medical-review] ${options.usersSlug} is the usersSlug (the accounts that review): it cannot also be under review`)
    }
    if (users.timestamps === false) {
      // An id alone can name a deleted signer's successor (SQLite hands the id out again).
      throw new Error(
        `[payload-medical-review] ${options.usersSlug} sets timestamps: false; a sign-off names its signer's account by id and creation time, so keep the users collection's timestamps`,
      )
    }

    const reviewed = (collection: CollectionConfig): CollectionConfig => {
      const incomingSettings = options.collections[collection.slug as keyof typeof options.collections]
      if (collection.slug === options.usersSlug) return withAccountGuards(collection)
      if (!incomingSettings) return collection
      if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) {
        throw new Error(`[payload-medical-review] ${collection.slug} needs versions.drafts: review happens on drafts`)
      }
      if (collection.upload) {
        // Payload writes, crops and deletes the files before any hook runs and outside the
        // transaction, in place under the same name: the bytes a reviewer saw could change unseen.
        throw new Error(
          `[payload-medical-review] ${collection.slug} is an upload collection: a sign-off cannot bind the file itself, which Payload rewrites before review hooks run. Keep files in an upload collection that is not under review and relate to them from reviewed content`,
        )
      }
      if (hasFieldNamed(collection.fields, 'medicalReview')) {
        throw new Error(
          `[payload-medical-review] ${collection.slug} already has a field named medicalReview, the name under which the plugin keeps the review state: rename that field`,
        )
      }
      if (typeof collection.versions.drafts === 'object' && collection.versions.drafts.localizeStatus) {
        // Each locale would go live on its own, beside the others' older text: content no sign-off saw whole.
        throw new Error(
          `[payload-medical-review] ${collection.slug} sets versions.drafts.localizeStatus, which publishes one locale at a time; a medical sign-off covers every locale together, so turn it off for reviewed collections`,
        )
      }
      const { slug } = collection
      const settings = collectionSettings(collection, incomingSettings, options)
      const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
      const hooks = collection.hooks ?? {}
      return {
        ...withReviewAdmin(collection),
        access: staffOnlyUnpublished(collection, options),
        custom: { ...collection.custom, ...reviewableContentSettings(settings) },
        fields: [...collection.fields, withReviewPanel(reviewFields(options), options)],
        hooks: {
          ...hooks,
          beforeOperation: [...(hooks.beforeOperation ?? []), guard('beforeOperation hook', reviewBeforeOperation(options))],
          beforeChange: [...(hooks.beforeChange ?? []), guard('beforeChange gate', reviewBeforeChange(slug, settings, options, scanner))],
          // The stored-content check first, before the site's hooks act on a write it may refuse.
          afterChange: [
            guard('afterChange check', refuseUnsignedStoredContent(slug, options)),
            ...(hooks.afterChange ?? []),
            guard('afterChange audit', reviewAfterChange(slug, options)),
          ],
          beforeDelete: [...(hooks.beforeDelete ?? []), guard('beforeDelete hook', reviewBeforeDelete(slug, options))],
          afterDelete: [...(hooks.afterDelete ?? []), guard('afterDelete audit', reviewAfterDelete(slug, options))],
          afterError: [...(hooks.afterError ?? []), answerDuplicateRowIds],
          // First, so the site’s own hooks see the documents a bulk delete or update really wrote.
          afterOperation: [
            guard('afterOperation bulk delete', bulkDeleteAllOrNothing),
            guard('afterOperation bulk update', bulkUpdateResult),
            ...(hooks.afterOperation ?? []),
          ],
        },
        endpoints: [
          ...endpoints,
          reviewReadEndpoint(slug, options),
          startThreadEndpoint(slug, settings, options),
          threadEndpoint(slug, settings, options),
          assignEndpoint(slug, settings, options),
          submitEndpoint(slug, options),
          decideClaimEndpoint(slug, settings, options),
          decideClaimsEndpoint(slug, settings, options),
          requestChangesEndpoint(slug, options),
          signOffEndpoint(slug, settings, options),
        ],
      }
    }

    const withAccountGuards = (users: CollectionConfig): CollectionConfig => ({
      ...users,
      hooks: {
        ...users.hooks,
        beforeOperation: [...(users.hooks?.beforeOperation ?? []), refuseMalformedInput, markForgotPassword],
        beforeChange: [...(users.hooks?.beforeChange ?? []), guard('account beforeChange guard', guardReviewAccountsBeforeChange(options)), guardPrintedNameBeforeChange(options)],
        afterChange: [...(users.hooks?.afterChange ?? []), guard('account afterChange audit', recordReviewAccountsAfterChange(options)), recordPrintedNameAfterChange(options)],
        beforeDelete: [...(users.hooks?.beforeDelete ?? []), guard('account beforeDelete guard', guardReviewAccountDelete(options))],
        afterError: [...(users.hooks?.afterError ?? []), hideLockedAccounts],
      },
    })

    const readerQueries = refuseReviewedRelationQueries(slugs, options)
    const liveRelations = refuseDeletingLiveRelations(slugs)
    const trashedRelations = refuseTrashingLiveRelations(slugs)
    const scheduleCancels = guardScheduledPublishCancel(slugs, options)

    const isUser = (user: unknown): user is ReviewUser =>
      Boolean(user && (user as ReviewUser).collection === options.usersSlug)
    return {
      ...withReviewQueue(config, options, slugs),
      custom: { ...config.custom, [REVIEW_OPTIONS]: options },
      collections: [
        ...(config.collections ?? []).map(reviewed),
        reviewEventsCollection({
          usersSlug: options.usersSlug,
          auditKey: options.auditKey ?? deriveAuditKey(config.secret ?? ''),
          auditCheckpointFile: options.auditCheckpointFile,
          readAccess: ({ req }) => isUser(req.user) && (options.isAdmin(req.user) || options.isReviewer(req.user)),
          verifyAccess: ({ req }) => isUser(req.user) && options.isAdmin(req.user),
        }),
        // Conversations are read through each document's review endpoints; admins may list them all.
        reviewCommentsCollection({ usersSlug: options.usersSlug, readAccess: ({ req }) => isUser(req.user) && options.isAdmin(req.user) }),
      ],
      endpoints: [...(config.endpoints ?? []), scanEndpoint(options, scanner), reviewersEndpoint(options)],
      graphQL: { ...config.graphQL, queries: permissionQueriesInDeclaredShape(config.graphQL?.queries) },
      jobs: {
        ...config.jobs,
        // Daily: walks the chain, the checkpoints and every published row, and emails the admins.
        tasks: [...(config.jobs?.tasks ?? []), auditVerifyTask({ usersSlug: options.usersSlug, isAdmin: options.isAdmin })],
      },
      onInit: async (payload) => {
        // Before the site's own start-up work (a seed, say) writes through collections missing a guard.
        refuseMissingGuards(payload, slugs, options.usersSlug)
        // On every collection, those later plugins added included: Payload reads hooks when an operation runs.
        for (const { config: collection } of Object.values(payload.collections)) {
          const hooks = collection.hooks.beforeOperation ?? []
          if (!hooks.includes(readerQueries)) collection.hooks.beforeOperation = [readerQueries, ...hooks]
          const deletes = collection.hooks.beforeDelete ?? []
          if (!deletes.includes(liveRelations)) collection.hooks.beforeDelete = [liveRelations, ...deletes]
          const changes = collection.hooks.beforeChange ?? []
          if (collection.trash && !slugs.includes(collection.slug) && !changes.includes(trashedRelations)) collection.hooks.beforeChange = [trashedRelations, ...changes]
        }
        const jobs = payload.collections[JOBS_SLUG as CollectionSlug]?.config
        if (jobs && !(jobs.hooks.beforeOperation ?? []).includes(scheduleCancels)) jobs.hooks.beforeOperation = [...(jobs.hooks.beforeOperation ?? []), scheduleCancels]
        await config.onInit?.(payload)
        warnWithoutTransactions(payload)
        warnUnreviewedVirtualFields(payload, slugs)
        settleCheckpointsBeforeClose(payload)
      },
    }
  }
