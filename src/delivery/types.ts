import type { CollectionSlug } from 'payload'

import type { MedicalReviewOptions } from '../review/types.js'

/** What a site receives: the four events the delivery plugin announces. */
export const WEBHOOK_EVENTS = ['published', 'unpublished', 'review.signed', 'review.due'] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export type WebhookEndpoint = {
  /** Where events are POSTed (http or https). */
  url: string
  /** Shared secret for the `X-MedReview-Signature` HMAC; never stored in the database. */
  secret: string
  /**
   * The events this endpoint receives.
   * @default every event
   */
  events?: WebhookEvent[]
}

export type WebhookOptions = {
  endpoints: WebhookEndpoint[]
  /**
   * Attempts after the first failure, spaced by exponential backoff.
   * @default 5
   */
  retries?: number
  /**
   * Backoff before the first retry; each later retry waits twice as long.
   * @default 30000
   */
  backoffMs?: number
  /**
   * A receiver that has not answered by then counts as failed (and is retried).
   * @default 10000
   */
  timeoutMs?: number
}

/** The public "Medically reviewed by ..." projection every reviewed document carries as `review`. */
export type PublicReview = {
  reviewedBy: { name: string; credentials: string | null } | null
  lastReviewed: string | null
  nextReviewDue: string | null
  /** The next review date has passed: the content stays published, and says so. */
  due: boolean
}

/** An article page: MedicalWebPage + Article, an FAQPage of its FAQs, a MedicalTrial per trial. */
export type JsonLdArticle = {
  type: 'article'
  /** Also serve `/api/{collection}/{lookupField}/{value}/jsonld`, e.g. by slug. */
  lookupField?: string
  /** Reads `title`, `summary`, `conditions` (text, hasMany), `references[].url`, dates. */
  faqs?: {
    collection: CollectionSlug
    /** The article's relationship to its FAQs. @default 'relatedFaqs' */
    field?: string
    /** The FAQ's relationship back to its article. @default 'article' */
    backReference?: string
  }
  trials?: {
    collection: CollectionSlug
    /** The article's relationship to the trials it cites. @default 'relatedTrials' */
    field?: string
  }
}

/** An FAQ: FAQPage with one Question (`question`, rich-text `answer`). */
export type JsonLdFaq = { type: 'faq'; lookupField?: string }

/**
 * A trial listing: MedicalWebPage + MedicalTrial. Reads `nctId`, `title`, `overallStatus`
 * (ClinicalTrials.gov values), `conditions`, `sponsor`, `locations[]` ({facility, city, country}),
 * `studyUrl`.
 */
export type JsonLdTrial = { type: 'trial'; lookupField?: string }

export type JsonLdCollectionOptions = JsonLdArticle | JsonLdFaq | JsonLdTrial

/** When a field of a published document changes, documents that cite it go back to review. */
export type ReviewInvalidation = {
  collection: CollectionSlug
  /** Fields whose published value, when it changes, makes citing content stale. */
  fields: string[]
  /** The documents that cite it: `field` is their relationship to `collection`. */
  citedBy: { collection: CollectionSlug; field: string }[]
}

export type MedicalReviewDeliveryOptions = {
  /** The options given to `medicalReview(...)`: which collections are reviewed, who reviews. */
  review: MedicalReviewOptions
  /**
   * false keeps the `review` field and the notices collection (the schema stays stable) but sends
   * no events, runs no watcher and serves no JSON-LD.
   * @default true
   */
  enabled?: boolean
  /** JSON-LD endpoints, per collection. */
  jsonLd?: Partial<Record<CollectionSlug, JsonLdCollectionOptions>>
  /**
   * The public address of a document, used as JSON-LD `url` and `@id`.
   * @default the document's REST address
   */
  pageUrl?: (args: { collection: string; doc: Record<string, unknown>; apiURL: string }) => string
  webhooks?: WebhookOptions
  /** The daily job that finds content past its next review date. */
  reviewDue?: {
    /**
     * When the job runs (cron with seconds), or false to queue it yourself.
     * @default '0 0 6 * * *' (06:00 every day)
     */
    schedule?: false | string
  }
  /**
   * Citing content that goes back to review when what it cites changes.
   * @default []
   */
  invalidate?: ReviewInvalidation[]
  /**
   * The queue for webhook deliveries and the due job; the server's autoRun must run it.
   * @default 'default'
   */
  queue?: string
  /** @default 'review-due-notices' */
  noticesSlug?: string
}
