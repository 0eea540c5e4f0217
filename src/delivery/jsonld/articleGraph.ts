import type { Article, Graph, MedicalWebPage } from 'schema-dts'

import type { PublicReview } from '../types.js'

import { dateOnly } from './dateOnly.js'
import { faqPageNode } from './faqPageNode.js'
import { medicalConditions } from './medicalConditions.js'
import { medicalTrialNode } from './medicalTrialNode.js'
import { reviewerPerson } from './reviewerPerson.js'

export type ArticleGraphInput = {
  article: Record<string, unknown>
  pageUrl: string
  /** The article's published FAQs, in display order. */
  faqs: Record<string, unknown>[]
  /** The published trials it cites. */
  trials: Record<string, unknown>[]
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined

/**
 * An article page: the MedicalWebPage carries the review (`reviewedBy`, `lastReviewed` belong to
 * WebPage, not Article) and points at the Article as its main entity and at the conditions it is
 * about; then an FAQPage for its FAQs and a MedicalTrial per cited trial.
 */
export const articleGraph = ({ article, pageUrl, faqs, trials }: ArticleGraphInput): Graph => {
  const review = article.review as PublicReview | undefined
  const reviewer = reviewerPerson(review)
  const about = medicalConditions(article.conditions)
  const ids = { page: `${pageUrl}#webpage`, article: `${pageUrl}#article`, faq: `${pageUrl}#faq` }
  const trialNodes = trials.map(medicalTrialNode)
  const references = (Array.isArray(article.references) ? article.references : [])
    .map((reference) => text((reference as { url?: unknown }).url))
    // Only web addresses: a citation is a link a reader may follow.
    .filter((url): url is string => typeof url === 'string' && /^https?:\/\//i.test(url))
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': ids.page,
    url: pageUrl,
    name: text(article.title),
    description: text(article.summary),
    ...(reviewer ? { reviewedBy: reviewer } : {}),
    lastReviewed: dateOnly(review?.lastReviewed),
    mainEntity: { '@id': ids.article },
    ...(about.length ? { about } : {}),
    dateModified: text(article.updatedAt),
  }
  const node: Article = {
    '@type': 'Article',
    '@id': ids.article,
    headline: text(article.title),
    description: text(article.summary),
    mainEntityOfPage: { '@id': ids.page },
    ...(about.length ? { about } : {}),
    datePublished: text(article.createdAt),
    dateModified: text(article.updatedAt),
    ...(references.length ? { citation: references } : {}),
    ...(trialNodes.length
      ? { mentions: trialNodes.flatMap((trial) => (trial['@id'] ? [{ '@id': trial['@id'] }] : [])) }
      : {}),
  }
  return {
    '@context': 'https://schema.org',
    '@graph': [
      page,
      node,
      ...(faqs.length ? [faqPageNode(ids.faq, faqs, { url: pageUrl })] : []),
      ...trialNodes,
    ],
  }
}
