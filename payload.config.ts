import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { medicalReview } from 'payload-medical-review'
import { medicalReviewDelivery } from 'payload-medical-review/delivery'

import { Articles } from './collections/Articles.js'
import { deliveryOptions } from './collections/deliveryOptions.js'
import { Faqs } from './collections/Faqs.js'
import { medicalReviewOptions } from './collections/medicalReviewOptions.js'
import { hasRole } from './collections/roles.js'
import { Trials } from './collections/Trials.js'
import { Users } from './collections/Users.js'
import { contentGeneration } from './app/contentGeneration.js'
import { databaseAdapter } from './app/databaseAdapter.js'
import { emailAdapter } from './app/emailAdapter.js'
import { resolveSecret, serverURL } from './app/env.js'
import { jobsTakeTurns } from './app/jobsTakeTurns.js'
import { graphQLDepthRule } from './app/limits/graphQLDepthRule.js'
import { requestLimits } from './app/limits/requestLimits.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const reviewedSlugs = Object.keys(medicalReviewOptions.collections)

export default buildConfig({
  secret: resolveSecret(),
  serverURL: serverURL(),
  cors: [serverURL()],
  csrf: [serverURL()],
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  collections: [Articles, Faqs, Trials, Users],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Health CMS' },
    // Payload's default avatar is Gravatar's: it would send staff email hashes to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    // Outside production, the login page says which demo accounts exist (never their password).
    components: { beforeLogin: ['/app/site/DemoAccountsNotice.js#DemoAccountsNotice'] },
  },
  // The admin in the languages the review panel speaks; each user picks theirs (or the browser's).
  i18n: { supportedLanguages: { en, de, es, fr } },
  jobs: {
    // Scheduled publishing runs here; only admins may queue, run or cancel jobs over the API.
    access: {
      queue: ({ req }) => hasRole(req.user, 'admin'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
  // LOG_LEVEL=warn quiets start-up and the per-request validation notes (tests use it).
  logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
  // Refusals with a status and a code (a blocked publish, a wrong password) are answers, not faults.
  loggingLevels: { APIError: 'info' },
  typescript: { outputFile: path.resolve(dirname, 'app/payload-types.ts') },
  // Population depth above this is refused over REST (app/server.ts) and capped everywhere else.
  maxDepth: requestLimits().maxDepth,
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'app/schema.graphql'),
    maxComplexity: requestLimits().graphQLMaxComplexity,
    // Checked before anything resolves: articles and FAQs that cite each other nest without end.
    validationRules: () => [graphQLDepthRule(requestLimits().graphQLMaxDepth)],
  },
  plugins: [
    medicalReview(medicalReviewOptions),
    medicalReviewDelivery(deliveryOptions),
    // Lets a reader who holds the current ETag get a 304 without the answer being built.
    contentGeneration({ collections: [...reviewedSlugs, Users.slug], reviewed: reviewedSlugs }),
    // Several instances, or a `payload jobs:run` worker beside them, run each job once.
    jobsTakeTurns(),
  ],
})
