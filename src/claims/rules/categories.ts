import type { CategoryDefaults, CategoryId } from '../types.js'

/**
 * Category defaults from the claim taxonomy (shared/reference/health-claims.md). Negation lowers
 * severity only where a negated claim is less risky than the affirmed one: "no side effects" and
 * "not approved" stay errors, "not a miracle" becomes a suggestion.
 */
export const DEFAULT_CATEGORIES: Record<CategoryId, CategoryDefaults> = {
  cure_remission: {
    severity: 'error',
    message:
      'Cure or remission claim ("%s"): check it against trial evidence, avoid implying a cure, and state the patient population and duration.',
    lowerOn: ['negated'],
    raisedByWatchList: true,
  },
  regulatory_status: {
    severity: 'error',
    message:
      'Regulatory status ("%s"): confirm the approval, indication, region and date with the regulator\'s record; investigational products must not be presented as safe or effective.',
    lowerOn: [],
    raisedByWatchList: false,
  },
  efficacy_statistics: {
    severity: 'warning',
    message:
      'Efficacy claim or statistic ("%s"): check the number, comparator, population and source, and that absolute and relative figures are not mixed up.',
    lowerOn: [],
    raisedByWatchList: true,
  },
  safety_side_effects: {
    severity: 'error',
    message:
      'Safety claim ("%s"): check it against the label and trial safety data; "safe" or "no side effects" claims are almost never supportable.',
    lowerOn: [],
    raisedByWatchList: true,
  },
  dosing_treatment_advice: {
    severity: 'error',
    message:
      'Dosing or treatment advice ("%s"): check amounts and schedules against the label, and that readers are told to decide changes with their clinician.',
    lowerOn: [],
    raisedByWatchList: false,
  },
  trial_availability_eligibility: {
    severity: 'warning',
    message:
      'Trial availability or eligibility ("%s"): check the registry record is current (status, sites, criteria) and that benefits are not promised to participants.',
    lowerOn: ['negated'],
    raisedByWatchList: false,
  },
  comparative: {
    severity: 'error',
    message:
      'Comparative claim ("%s"): check there is head-to-head evidence for this comparison, and name the comparator and the measure.',
    lowerOn: [],
    raisedByWatchList: true,
  },
  absolute_guarantee: {
    severity: 'warning',
    message:
      'Absolute or guaranteed outcome ("%s"): medicine rarely works for everyone or forever; qualify the statement.',
    lowerOn: ['negated'],
    raisedByWatchList: false,
  },
  hype_sensational: {
    severity: 'warning',
    message:
      'Sensational wording ("%s"): replace with a measured description of what the evidence shows.',
    lowerOn: ['negated'],
    raisedByWatchList: false,
  },
  testimonial_anecdote: {
    severity: 'warning',
    message:
      'Testimonial or anecdote ("%s"): an individual story is not evidence; make clear results vary and do not generalise from it.',
    lowerOn: [],
    raisedByWatchList: false,
  },
}
