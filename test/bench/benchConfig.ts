import type { Plugin } from 'payload'

/** The environment of a bench's Payload processes, over the database at `databaseUri`. */
export const benchEnv = (databaseUri: string): Record<string, string> => ({
  DATABASE_URI: databaseUri,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'bench-secret-of-at-least-thirty-two-characters',
  PAYLOAD_JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  MEDICAL_REVIEW_WEBHOOKS: '',
})

/** Plugins a bench wraps around the site's: `first` see the config before them, `last` after. */
export type AroundPlugins = { first?: Plugin[]; last?: Plugin[] }

/**
 * Plain objects and arrays copied, everything else shared: Payload sanitizes a config's collections
 * in place, and a collection sanitized once loses what plugins add to it in a second build.
 */
const freshCopy = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(freshCopy) as T
  if (value && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, freshCopy(item)])) as T
  return value
}

/**
 * The site's collections, with or without the plugins (and the site's content generation, which
 * its caching headers use); everything else as in payload.config.ts. The plugins are the build a
 * site installs (dist/, which the bench scripts build first), not the TypeScript source. Each call
 * builds from its own copy of the collections, so one process can build several.
 */
export const benchConfig = async (withPlugins: boolean, withGeneration = withPlugins, around: AroundPlugins = {}) => {
  const { buildConfig } = await import('payload')
  const { lexicalEditor } = await import('@payloadcms/richtext-lexical')
  const { Articles } = await import('../../collections/Articles.js')
  const { Faqs } = await import('../../collections/Faqs.js')
  const { Trials } = await import('../../collections/Trials.js')
  const { Users } = await import('../../collections/Users.js')
  const { medicalReviewOptions } = await import('../../collections/medicalReviewOptions.js')
  const { deliveryOptions } = await import('../../collections/deliveryOptions.js')
  const { databaseAdapter } = await import('../../app/databaseAdapter.js')
  const { medicalReview } = await import('payload-medical-review')
  const { medicalReviewDelivery } = await import('payload-medical-review/delivery')
  const { contentGeneration } = await import('../../app/contentGeneration.js')
  const reviewed = Object.keys(medicalReviewOptions.collections)
  const plugins: Plugin[] = [
    ...(around.first ?? []),
    ...(withPlugins ? [medicalReview(medicalReviewOptions), medicalReviewDelivery(deliveryOptions)] : []),
    ...(withGeneration ? [contentGeneration({ collections: [...reviewed, Users.slug], reviewed })] : []),
    ...(around.last ?? []),
  ]
  return buildConfig({
    secret: 'bench-secret-of-at-least-thirty-two-characters',
    serverURL: 'http://127.0.0.1:3000',
    cors: ['http://127.0.0.1:3000'],
    csrf: ['http://127.0.0.1:3000'],
    db: databaseAdapter(),
    editor: lexicalEditor(),
    collections: [Articles, Faqs, Trials, Users].map(freshCopy),
    admin: { user: Users.slug },
    jobs: { autoRun: [{ cron: '* * * * *', queue: 'default' }], shouldAutoRun: () => false },
    logger: { options: { level: 'warn' } },
    telemetry: false,
    plugins,
  })
}
