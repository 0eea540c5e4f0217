import type { ResolvedOptions } from '../review/resolveOptions.js'
import type {
  JsonLdCollectionOptions,
  MedicalReviewDeliveryOptions,
  ReviewInvalidation,
  WebhookEndpoint,
} from './types.js'

import { resolveOptions } from '../review/resolveOptions.js'
import { WEBHOOK_EVENTS } from './types.js'

export type ResolvedDeliveryOptions = {
  review: ResolvedOptions
  enabled: boolean
  jsonLd: Record<string, JsonLdCollectionOptions>
  pageUrl: NonNullable<MedicalReviewDeliveryOptions['pageUrl']>
  webhooks: {
    endpoints: Required<WebhookEndpoint>[]
    retries: number
    backoffMs: number
    timeoutMs: number
  }
  reviewDue: { schedule: false | string }
  invalidate: ReviewInvalidation[]
  queue: string
  noticesSlug: string
}

const fail = (message: string): never => {
  throw new Error(`[payload-medical-review] delivery: ${message}`)
}

const count = (value: number | undefined, fallback: number, name: string, min = 0): number => {
  const resolved = value ?? fallback
  if (!Number.isInteger(resolved) || resolved < min)
    fail(`${name} must be a whole number of at least ${min}`)
  return resolved
}

const endpoint = (given: WebhookEndpoint, index: number): Required<WebhookEndpoint> => {
  const where = `webhooks.endpoints[${index}]`
  if (!given || typeof given.url !== 'string' || !/^https?:\/\/\S+$/i.test(given.url)) {
    fail(`${where}.url must be an http(s) address`)
  }
  if (typeof given.secret !== 'string' || given.secret.length < 16) {
    fail(`${where}.secret must be at least 16 characters (e.g. \`openssl rand -hex 32\`)`)
  }
  const events = given.events ?? [...WEBHOOK_EVENTS]
  const unknown = events.filter((event) => !(WEBHOOK_EVENTS as readonly string[]).includes(event))
  if (unknown.length)
    fail(`${where}.events: unknown ${unknown.join(', ')}; use ${WEBHOOK_EVENTS.join(', ')}`)
  return { url: given.url, secret: given.secret, events }
}

/** Fills in defaults and refuses options that cannot work, once, at start-up. */
export const resolveDeliveryOptions = (
  options: MedicalReviewDeliveryOptions,
): ResolvedDeliveryOptions => {
  if (!options?.review)
    fail('options.review is required: pass the options given to medicalReview(...)')
  const webhooks = options.webhooks
  if (webhooks && !Array.isArray(webhooks.endpoints)) fail('webhooks.endpoints must be an array')
  const endpoints = (webhooks?.endpoints ?? []).map(endpoint)
  const urls = endpoints.map((item) => item.url)
  // The delivery job finds an endpoint's secret by its address: two with one address would be ambiguous.
  if (new Set(urls).size !== urls.length) fail('webhooks.endpoints: each url may appear once')
  for (const rule of options.invalidate ?? []) {
    if (!rule.fields?.length || !rule.citedBy?.length) {
      fail(`invalidate (${String(rule.collection)}): list the watched fields and who cites them`)
    }
  }
  const schedule = options.reviewDue?.schedule ?? '0 0 6 * * *'
  if (
    schedule !== false &&
    (typeof schedule !== 'string' || schedule.trim().split(/\s+/).length < 5)
  ) {
    fail('reviewDue.schedule must be a cron expression such as "0 0 6 * * *", or false')
  }
  return {
    review: resolveOptions(options.review),
    enabled: options.enabled ?? true,
    jsonLd: (options.jsonLd ?? {}) as Record<string, JsonLdCollectionOptions>,
    pageUrl:
      options.pageUrl ??
      (({ collection, doc, apiURL }) => `${apiURL}/${collection}/${String(doc.id)}`),
    webhooks: {
      endpoints,
      retries: count(webhooks?.retries, 5, 'webhooks.retries'),
      backoffMs: count(webhooks?.backoffMs, 30_000, 'webhooks.backoffMs'),
      timeoutMs: count(webhooks?.timeoutMs, 10_000, 'webhooks.timeoutMs', 1),
    },
    reviewDue: { schedule },
    invalidate: options.invalidate ?? [],
    queue: options.queue ?? 'default',
    noticesSlug: options.noticesSlug ?? 'review-due-notices',
  }
}
