import type { MedicalReviewOptions } from '../src/index.js'

/** How this site runs the medical-review plugin. */
export const medicalReviewOptions: MedicalReviewOptions = {
  // An operator's off switch (the fields stay, the workflow and gate stop); benchmarks compare both.
  enabled: process.env.MEDICAL_REVIEW_ENABLED !== 'false',
  collections: {
    articles: { fields: ['title', 'summary', 'body'] },
    faqs: { fields: ['question', 'answer'] },
    // A listing's status and eligibility are claims too ("now recruiting"), and go stale sooner.
    trials: { fields: ['title', 'overallStatus', 'phases', 'eligibilitySummary', 'interventions'], reviewIntervalMonths: 6 },
  },
  // Investigational products named in the demo trials: efficacy or safety wording beside them is an error.
  claims: { watchList: ['DMO-19', 'DMO19', 'demo-cel'] },
}
