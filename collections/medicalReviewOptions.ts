import type { MedicalReviewOptions } from 'payload-medical-review'

import { hasRole, isStaff } from './roles.js'

/** How this site runs the medical-review plugin. */
export const medicalReviewOptions: MedicalReviewOptions = {
  // An operator's off switch (the fields stay, the workflow and gate stop); benchmarks compare both.
  enabled: process.env.MEDICAL_REVIEW_ENABLED !== 'false',
  // Every field a reader receives is reviewed; none is left out here.
  collections: {
    articles: {},
    faqs: {},
    // A listing's status, sites and eligibility are claims too ("now recruiting"), and go stale sooner.
    trials: { reviewIntervalMonths: 6 },
  },
  // Who takes part in review, who signs and who administers, by this site's roles.
  isStaff,
  isReviewer: (user) => hasRole(user, 'reviewer'),
  isAdmin: (user) => hasRole(user, 'admin'),
  // Sign-offs and bylines carry the reviewer's profile as the publisher approved it.
  printedName: (user) => {
    const profile = (user.reviewerProfile ?? {}) as { displayName?: string | null; credentials?: string | null }
    return {
      name: profile.displayName || (typeof user.name === 'string' && user.name) || String(user.email),
      credentials: profile.credentials || undefined,
    }
  },
  // Keys the audit chain; pin it in production, or changing PAYLOAD_SECRET breaks verification.
  auditKey: process.env.MEDICAL_REVIEW_AUDIT_KEY || undefined,
  // Investigational products named in the demo trials: efficacy or safety wording beside them is an error.
  claims: { watchList: ['DMO-19', 'DMO19', 'demo-cel'] },
}
