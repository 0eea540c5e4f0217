import type { Graph, MedicalWebPage } from 'schema-dts'

import type { PublicReview } from '../types.js'

import { dateOnly } from './dateOnly.js'
import { medicalConditions } from './medicalConditions.js'
import { medicalTrialNode } from './medicalTrialNode.js'
import { reviewerPerson } from './reviewerPerson.js'

/** A trial listing's page: a reviewed MedicalWebPage whose main entity is the MedicalTrial. */
export const trialGraph = ({
  trial,
  pageUrl,
}: {
  trial: Record<string, unknown>
  pageUrl: string
}): Graph => {
  const review = trial.review as PublicReview | undefined
  const reviewer = reviewerPerson(review)
  const node = medicalTrialNode(trial)
  const about = medicalConditions(trial.conditions)
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${pageUrl}#webpage`,
    url: pageUrl,
    name: typeof trial.title === 'string' ? trial.title : undefined,
    ...(reviewer ? { reviewedBy: reviewer } : {}),
    lastReviewed: dateOnly(review?.lastReviewed),
    ...(node['@id'] ? { mainEntity: { '@id': node['@id'] } } : {}),
    ...(about.length ? { about } : {}),
    dateModified: typeof trial.updatedAt === 'string' ? trial.updatedAt : undefined,
  }
  return { '@context': 'https://schema.org', '@graph': [page, node] }
}
