import type { FAQPage, MedicalCondition, Person, Question } from 'schema-dts'

import { lexicalPlainText } from './lexicalPlainText.js'

/** FAQs (`question`, rich-text `answer`) as schema.org Questions with their accepted Answer. */
export const faqQuestions = (faqs: Record<string, unknown>[]): Question[] =>
  faqs.map((faq) => ({
    '@type': 'Question',
    name: String(faq.question ?? ''),
    acceptedAnswer: { '@type': 'Answer', text: lexicalPlainText(faq.answer) },
  }))

export type FaqPageExtras = {
  url?: string
  name?: string
  reviewedBy?: Person
  lastReviewed?: string
  about?: MedicalCondition[]
  dateModified?: string
}

/** An FAQPage node for the FAQs shown on a page. */
export const faqPageNode = (
  id: string,
  faqs: Record<string, unknown>[],
  extras: FaqPageExtras = {},
): FAQPage => ({
  '@type': 'FAQPage',
  '@id': id,
  ...extras,
  mainEntity: faqQuestions(faqs),
})
