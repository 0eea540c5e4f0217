import type { CollectionSlug, Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import { reviewActions } from 'payload-medical-review'

import { type ReviewTeam, requestAs, reviewAndPublish } from './reviewAndPublish.js'
import { demoArticle, demoArticleChangesRequested, demoArticleInReview, demoFaqs, demoTrials, demoUsers } from './demoContent.js'

export type SeedOptions = {
  /** Password for the demo accounts; generated (and printed) when not given. */
  password?: string
  /** The seed refuses to run in production. */
  production?: boolean
  log?: (line: string) => void
}

export type SeedResult = { createdUsers: string[]; password?: string }

const MAIN_SLUG = 'car-t-cell-therapy-why-people-with-ms-are-paying-attention'

/**
 * Demo users and content, brought to their states through the review workflow itself: the main
 * article, its FAQs and trials signed off by reviewer@example.com and published; one article in
 * review; one with changes requested. Idempotent: existing accounts and content are left alone.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  if (options.production) throw new Error('The demo seed never runs when NODE_ENV=production.')
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const password = options.password || randomBytes(12).toString('base64url')
  if (password.length < 8) throw new Error('SEED_PASSWORD must be at least 8 characters long.')

  const createdUsers: string[] = []
  const users: Record<string, Record<string, unknown>> = {}
  for (const user of demoUsers) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    const doc = existing.docs[0] ?? (await payload.create({ collection: 'users', data: { ...user, password } }))
    if (!existing.docs[0]) createdUsers.push(user.email)
    users[user.email] = { ...doc, collection: 'users' }
  }
  if (createdUsers.length) {
    log(`Demo accounts: ${createdUsers.join(', ')}`)
    log(options.password ? 'Their password is SEED_PASSWORD.' : `Their password (generated): ${password}`)
  }
  const result = { createdUsers, password: createdUsers.length ? password : undefined }

  const existing = await payload.find({ collection: 'articles', where: { slug: { equals: MAIN_SLUG } }, draft: true, limit: 1 })
  if (existing.docs[0]) return result
  // Signing needs the reviewer's password, known only when the accounts were made now or given.
  if (!createdUsers.includes('reviewer@example.com') && !options.password) {
    log('Demo content skipped: set SEED_PASSWORD to the demo accounts’ password to load it.')
    return result
  }

  const review = reviewActions(payload)
  const as = (email: string) => requestAs(payload, users[email] as { id: number | string })
  const draft = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, draft: true, req: await as('writer@example.com'), overrideAccess: false })).id
  const team = { writer: users['writer@example.com'], reviewer: users['reviewer@example.com'], reviewerPassword: password } as ReviewTeam
  const publish = (collection: CollectionSlug, id: number | string) =>
    reviewAndPublish(payload, collection, id, team, {
      note: 'Accurate as worded for the demo content.',
      statement: 'Checked against the cited sources.',
    })

  const trialIds = []
  for (const trial of demoTrials) {
    const id = await draft('trials', trial)
    await publish('trials', id)
    trialIds.push(id)
  }
  const articleId = await draft('articles', { ...demoArticle, slug: MAIN_SLUG, relatedTrials: trialIds })
  const faqIds = []
  for (const [order, faq] of demoFaqs.entries()) {
    const id = await draft('faqs', { ...faq, article: articleId, order })
    await publish('faqs', id)
    faqIds.push(id)
  }
  await payload.update({ collection: 'articles', id: articleId, data: { relatedFaqs: faqIds }, draft: true, req: await as('writer@example.com') })
  await publish('articles', articleId)

  const inReview = await draft('articles', demoArticleInReview)
  await review.submit(await as('writer@example.com'), 'articles', inReview)

  const sentBack = String(await draft('articles', demoArticleChangesRequested))
  const { claims } = await review.submit(await as('writer@example.com'), 'articles', sentBack)
  const hype = claims.find((claim) => claim.category === 'cure_remission') ?? claims[0]
  await review.decide(await as('reviewer2@example.com'), 'articles', sentBack, hype.key, {
    decision: 'rejected',
    note: 'aHSCT does not cure MS and does not work for everyone; say what the trials measured.',
    evidence: { doi: '10.1000/demo.2026.002' },
  })
  await review.requestChanges(await as('reviewer2@example.com'), 'articles', sentBack, {
    reason: 'Remove "miracle cure" and "every patient"; describe the evidence and the risks.',
  })
  const { threads } = await review.startThread(await as('reviewer2@example.com'), 'articles', sentBack, {
    claim: hype.key,
    body: 'Which trial followed people long enough to support this? If none, say what the trials measured and for how long.',
  })
  await review.continueThread(await as('writer@example.com'), 'articles', sentBack, threads[0].id, {
    body: 'The longest follow-up I found is five years. I will say that, and name the risks.',
  })
  log(
    'Demo content: 1 article with 4 FAQs and 2 trials signed off and published, 1 article in review, 1 with changes requested and a conversation on its claim.',
  )
  return result
}

/** First start on an empty database: load the demo, and hand back the password for the ready message. */
export const seedWhenEmpty = async (payload: Payload, log?: SeedOptions['log']): Promise<SeedResult | undefined> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return undefined
  return seed(payload, { password: process.env.SEED_PASSWORD, log })
}
