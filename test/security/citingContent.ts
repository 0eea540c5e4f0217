import { richText } from '../../app/seed/richText.js'
import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import type { TestServer } from '../helpers/testServer.js'

export type CitingContent = {
  writer: Account
  reviewer: Account
  admin: Account
  articleId: number
  faqId: number
  trialId: number
  draftArticleId: number
}

/**
 * A published article and FAQ that cite each other (article.relatedFaqs -> FAQ, FAQ.article ->
 * article) plus a published trial the article cites, and a draft article: the graph an attacker
 * nests queries over.
 */
export const seedCitingContent = async (t: TestServer): Promise<CitingContent> => {
  const { payload } = t
  const writer = await createAccount(payload, t.url, ['writer'])
  const reviewer = await createAccount(payload, t.url, ['reviewer'])
  const admin = await createAccount(payload, t.url, ['admin'])
  const team = { writer: writer.user, reviewer: reviewer.user, reviewerPassword: TEST_PASSWORD }
  const as = { user: { ...writer.user, collection: 'users' as const } }
  const trial = await payload.create({
    collection: 'trials',
    data: { nctId: 'NCT05550077', title: 'A cited trial', overallStatus: 'COMPLETED' },
    draft: true,
    ...as,
  })
  const faq = await payload.create({
    collection: 'faqs',
    data: { question: 'What does the article cover?', answer: richText('Its topic.') },
    draft: true,
    ...as,
  })
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Cited article', slug: 'cited-article', body: richText('Plain text.'), relatedFaqs: [faq.id], relatedTrials: [trial.id] },
    draft: true,
    ...as,
  })
  await payload.update({ collection: 'faqs', id: faq.id, data: { article: article.id }, draft: true, ...as })
  for (const [collection, id] of [['trials', trial.id], ['faqs', faq.id], ['articles', article.id]] as const) {
    await reviewAndPublish(payload, collection, id, team)
  }
  const draft = await payload.create({
    collection: 'articles',
    data: { title: 'Draft article', slug: 'draft-article', body: richText('This cures everything.') },
    draft: true,
    ...as,
  })
  return { writer, reviewer, admin, articleId: article.id, faqId: faq.id, trialId: trial.id, draftArticleId: draft.id }
}
