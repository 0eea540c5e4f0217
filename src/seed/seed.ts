import type { Payload } from 'payload'


import { randomBytes } from 'node:crypto'

import { demoArticle, demoFaqs, demoTrials, demoUsers } from './demoContent.js'

export type SeedOptions = {
  /** Password for the demo accounts; generated (and printed once) when not given. */
  password?: string
  /** The seed refuses to run in production. */
  production?: boolean
  log?: (line: string) => void
}

export type SeedResult = { createdUsers: string[]; password?: string }

/** Demo users and content. Idempotent: an existing account, trial, FAQ or article is left alone. */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  if (options.production) throw new Error('The demo seed never runs when NODE_ENV=production.')
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const password = options.password || randomBytes(12).toString('base64url')

  const createdUsers: string[] = []
  const userIds: Record<string, number> = {}
  for (const user of demoUsers) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    if (existing.docs[0]) {
      userIds[user.email] = existing.docs[0].id
      continue
    }
    const created = await payload.create({ collection: 'users', data: { ...user, password } })
    userIds[user.email] = created.id
    createdUsers.push(user.email)
  }

  const trialIds = []
  for (const trial of demoTrials) {
    const existing = await payload.find({ collection: 'trials', where: { nctId: { equals: trial.nctId } }, limit: 1, depth: 0 })
    trialIds.push(existing.docs[0]?.id ?? (await payload.create({ collection: 'trials', data: { ...trial, _status: 'published' } })).id)
  }

  const slug = 'car-t-cell-therapy-why-people-with-ms-are-paying-attention'
  const existingArticle = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!existingArticle.docs[0]) {
    const article = await payload.create({
      collection: 'articles',
      data: { ...demoArticle, slug, author: userIds['writer@example.com'], relatedTrials: trialIds, _status: 'published' },
    })
    const faqIds = []
    for (const [order, faq] of demoFaqs.entries()) {
      const created = await payload.create({
        collection: 'faqs',
        data: { ...faq, article: article.id, order, _status: 'published' },
      })
      faqIds.push(created.id)
    }
    await payload.update({ collection: 'articles', id: article.id, data: { relatedFaqs: faqIds } })
  }

  if (createdUsers.length) {
    log(`Demo accounts: ${createdUsers.join(', ')}`)
    log(options.password ? 'Their password is SEED_PASSWORD.' : `Their password (shown once): ${password}`)
  }
  return { createdUsers, password: createdUsers.length ? password : undefined }
}

/** First start on an empty database: load the demo. */
export const seedWhenEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  await seed(payload, { password: process.env.SEED_PASSWORD })
}
