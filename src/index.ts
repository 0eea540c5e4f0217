import type { CollectionConfig, Config } from 'payload'

import type { MedicalReviewOptions, ReviewUser } from './review/types.js'

import { withReviewAdmin, withReviewPanel, withReviewQueue } from './admin/adminConfig.js'
import { reviewEventsCollection } from './audit/reviewEventsCollection.js'
import { createScanner } from './claims/index.js'
import { decideClaimEndpoint } from './review/endpoints/decideClaimEndpoint.js'
import { getReviewEndpoint } from './review/endpoints/getReviewEndpoint.js'
import { requestChangesEndpoint } from './review/endpoints/requestChangesEndpoint.js'
import { scanEndpoint } from './review/endpoints/scanEndpoint.js'
import { signOffEndpoint } from './review/endpoints/signOffEndpoint.js'
import { submitEndpoint } from './review/endpoints/submitEndpoint.js'
import { resolveOptions } from './review/resolveOptions.js'
import { reviewAfterChange } from './review/reviewAfterChange.js'
import { reviewBeforeChange } from './review/reviewBeforeChange.js'
import { reviewBeforeOperation } from './review/reviewBeforeOperation.js'
import { reviewFields } from './review/reviewFields.js'

export type * from './review/types.js'
export { SIGN_OFF_MEANING } from './review/types.js'

/**
 * Medical review for Payload: claims found on every save, per-claim decisions, a sign-off bound to
 * the content, and a publish gate on every door. Composes with the config it is given: our hooks
 * run after the collection's own, so the gate sees the data that will really be stored.
 */
export const medicalReview =
  (incoming: MedicalReviewOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const scanner = createScanner(options.claims ?? {})
    const slugs = Object.keys(options.collections)
    const missing = slugs.filter((slug) => !config.collections?.some((collection) => collection.slug === slug))
    if (missing.length) throw new Error(`[payload-medical-review] collections not in the config: ${missing.join(', ')}`)

    const reviewed = (collection: CollectionConfig): CollectionConfig => {
      const settings = options.collections[collection.slug as keyof typeof options.collections]
      if (!settings) return collection
      if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) {
        throw new Error(`[payload-medical-review] ${collection.slug} needs versions.drafts: review happens on drafts`)
      }
      const { slug } = collection
      const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
      return {
        ...withReviewAdmin(collection),
        fields: [...collection.fields, withReviewPanel(reviewFields(options), options)],
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), reviewBeforeOperation(slug)],
          beforeChange: [
            ...(collection.hooks?.beforeChange ?? []),
            reviewBeforeChange(slug, settings, options, scanner, collection.admin?.useAsTitle),
          ],
          afterChange: [...(collection.hooks?.afterChange ?? []), reviewAfterChange(slug, options)],
        },
        endpoints: [
          ...endpoints,
          getReviewEndpoint(slug, options),
          submitEndpoint(slug, options),
          decideClaimEndpoint(slug, options),
          requestChangesEndpoint(slug, options),
          signOffEndpoint(slug, settings, options),
        ],
      }
    }

    const isUser = (user: unknown): user is ReviewUser =>
      Boolean(user && (user as ReviewUser).collection === options.usersSlug)
    return {
      ...withReviewQueue(config, options, slugs),
      collections: [
        ...(config.collections ?? []).map(reviewed),
        reviewEventsCollection({
          usersSlug: options.usersSlug,
          readAccess: ({ req }) => isUser(req.user) && (options.isAdmin(req.user) || options.isReviewer(req.user)),
          verifyAccess: ({ req }) => isUser(req.user) && options.isAdmin(req.user),
        }),
      ],
      endpoints: [...(config.endpoints ?? []), scanEndpoint(options, scanner)],
    }
  }
