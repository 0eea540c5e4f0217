import type { Graph } from 'schema-dts'

import type { PublicReview } from '../types.js'

import { dateOnly } from './dateOnly.js'
import { faqPageNode } from './faqPageNode.js'
import { reviewerPerson } from './reviewerPerson.js'

/** One FAQ's page: an FAQPage (a WebPage, so it carries the review) with its Question. */
export const faqGraph = ({
  faq,
  pageUrl,
}: {
  faq: Record<string, unknown>
  pageUrl: string
}): Graph => {
  const review = faq.review as PublicReview | undefined
  const reviewer = reviewerPerson(review)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      faqPageNode(`${pageUrl}#webpage`, [faq], {
        url: pageUrl,
        name: typeof faq.question === 'string' ? faq.question : undefined,
        ...(reviewer ? { reviewedBy: reviewer } : {}),
        lastReviewed: dateOnly(review?.lastReviewed),
        dateModified: typeof faq.updatedAt === 'string' ? faq.updatedAt : undefined,
      }),
    ],
  }
}
