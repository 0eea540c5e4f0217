import { describe, expect, it } from '@jest/globals'

import { OVERALL_STATUSES } from '../../collections/trialEnums.js'
import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { Articles } from '../../collections/Articles.js'
import {
  medicalReviewDelivery,
  parseWebhookEndpoints,
  publicReview,
} from '../../src/delivery/index.js'
import { lexicalPlainText } from '../../src/delivery/jsonld/lexicalPlainText.js'
import { schemaStudyStatus } from '../../src/delivery/jsonld/schemaStudyStatus.js'
import { richText } from '../../app/seed/richText.js'

const signOff = {
  reviewer: '7',
  printedName: 'Dr Ada Reviewer',
  credentials: 'MD',
  signedAt: '2026-01-10T09:00:00.000Z',
  meaning: 'I reviewed it.',
  fingerprint: 'abc',
  claimKeys: ['k1'],
}
const state = {
  status: 'approved',
  fingerprint: 'abc',
  contentEditedBy: '3',
  claims: [
    {
      key: 'k1',
      decision: { status: 'approved', note: 'secret note', evidence: { doi: '10.1/x' } },
    },
  ],
  signOff,
  changesRequested: null,
  lastReviewed: '2026-01-10T09:00:00.000Z',
  nextReviewDue: '2027-01-10T09:00:00.000Z',
}

describe('publicReview', () => {
  it('projects exactly the byline and the dates', () => {
    expect(publicReview(state, Date.parse('2026-06-01'))).toEqual({
      reviewedBy: { name: 'Dr Ada Reviewer', credentials: 'MD' },
      lastReviewed: '2026-01-10T09:00:00.000Z',
      nextReviewDue: '2027-01-10T09:00:00.000Z',
      due: false,
    })
  })

  it('says due once the next review date has passed', () => {
    expect(publicReview(state, Date.parse('2027-01-10T09:00:00.000Z')).due).toBe(true)
  })

  it('names nobody for unreviewed content, or a sign-off the content no longer matches', () => {
    expect(publicReview(undefined)).toEqual({
      reviewedBy: null,
      lastReviewed: null,
      nextReviewDue: null,
      due: false,
    })
    expect(publicReview({ ...state, fingerprint: 'edited' }).reviewedBy).toBeNull()
  })
})

describe('schema.org study status', () => {
  it('maps every registry status: members where schema.org has one, readable text otherwise', () => {
    const mapped = Object.fromEntries(
      OVERALL_STATUSES.map((status) => [status, schemaStudyStatus(status)]),
    )
    expect(mapped).toEqual({
      ACTIVE_NOT_RECRUITING: 'https://schema.org/ActiveNotRecruiting',
      COMPLETED: 'https://schema.org/Completed',
      ENROLLING_BY_INVITATION: 'https://schema.org/EnrollingByInvitation',
      NOT_YET_RECRUITING: 'https://schema.org/NotYetRecruiting',
      RECRUITING: 'https://schema.org/Recruiting',
      SUSPENDED: 'https://schema.org/Suspended',
      TERMINATED: 'https://schema.org/Terminated',
      WITHDRAWN: 'https://schema.org/Withdrawn',
      AVAILABLE: 'Available',
      NO_LONGER_AVAILABLE: 'No longer available',
      TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
      APPROVED_FOR_MARKETING: 'Approved for marketing',
      WITHHELD: 'Withheld',
      UNKNOWN: 'Unknown',
    })
    expect(schemaStudyStatus(undefined)).toBeUndefined()
  })
})

describe('rich text for answers', () => {
  it('keeps blocks apart and list items on their own', () => {
    expect(
      lexicalPlainText(richText('First.', { heading: 'Risks' }, { list: ['Fever', 'Fatigue'] })),
    ).toBe('First.\n\nRisks\n\nFever\n\nFatigue')
    expect(lexicalPlainText(null)).toBe('')
  })
})

describe('configuration', () => {
  it('reads webhook endpoints from JSON, and says what is wrong with bad JSON', () => {
    expect(parseWebhookEndpoints(undefined)).toEqual([])
    expect(parseWebhookEndpoints('[{"url":"https://site.test/hook","secret":"s"}]')).toEqual([
      { url: 'https://site.test/hook', secret: 's' },
    ])
    expect(() => parseWebhookEndpoints('{nope')).toThrow(/MEDICAL_REVIEW_WEBHOOKS is not JSON/)
    expect(() => parseWebhookEndpoints('{}')).toThrow(/must be a JSON array/)
  })

  it('refuses to run before the workflow plugin, or on collections that do not exist', () => {
    const config = { collections: [Articles] } as never
    expect(() =>
      medicalReviewDelivery({ review: { ...medicalReviewOptions, collections: { articles: {} } } })(
        config,
      ),
    ).toThrow(/list medicalReview\(\.\.\.\) before medicalReviewDelivery/)
    expect(() => medicalReviewDelivery({ review: medicalReviewOptions })(config)).toThrow(
      /not in the config: faqs, trials/,
    )
  })
})
