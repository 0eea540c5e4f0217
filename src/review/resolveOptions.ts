import type { MedicalReviewOptions } from './types.js'

import { scannerFor } from './scannerFor.js'

type OptionalOptions = 'auditCheckpointFile' | 'auditKey' | 'claims'

/** The site's checks that give an account its part in review. */
export const ACCESS_CHECKS = ['isStaff', 'isReviewer', 'isAdmin'] as const
const ACCESS_WHO: Record<(typeof ACCESS_CHECKS)[number], string> = {
  isStaff: 'takes part in review (writers, reviewers, editors; never subscribers)',
  isReviewer: 'may decide claims and sign off',
  isAdmin: 'may verify the audit log and change printed names',
}

export type ResolvedOptions = Required<Omit<MedicalReviewOptions, OptionalOptions>> &
  Pick<MedicalReviewOptions, OptionalOptions>

const fail = (message: string): never => {
  throw new Error(`[payload-medical-review] ${message}`)
}

type AccessCheck = MedicalReviewOptions['isStaff']

/** A check written async returns a promise, which any `if` reads as yes: refused, naming the check. */
const synchronous =
  (name: string, check: AccessCheck): AccessCheck =>
  (user) => {
    const answer: unknown = check(user)
    if (typeof (answer as { then?: unknown } | null)?.then === 'function') fail(`options.${name} returned a promise: it must answer true or false at once`)
    return Boolean(answer)
  }

/** Fills in defaults and refuses options that cannot work, once, at start-up. */
export const resolveOptions = (options: MedicalReviewOptions): ResolvedOptions => {
  if (!options || typeof options.collections !== 'object')
    fail('options.collections is required, e.g. { articles: {} }')
  for (const check of ACCESS_CHECKS) {
    if (typeof options[check] !== 'function') {
      fail(`options.${check} is required: a function (user) => boolean saying who ${ACCESS_WHO[check]}`)
    }
  }
  for (const [slug, settings] of Object.entries(options.collections)) {
    if (!settings || typeof settings !== 'object') fail(`collections.${slug} must be an object, e.g. {}`)
    if ('fields' in (settings as object)) {
      fail(
        `collections.${slug}.fields is no longer an option: every field a reader receives is reviewed. ` +
          'Name fields to leave out of review in `exclude` instead.',
      )
    }
    if (settings?.exclude !== undefined && !(Array.isArray(settings.exclude) && settings.exclude.every((name) => typeof name === 'string'))) {
      fail(`collections.${slug}.exclude must be a list of field names`)
    }
    const months = settings?.reviewIntervalMonths
    if (months !== undefined && !(Number.isInteger(months) && months > 0)) {
      fail(`collections.${slug}.reviewIntervalMonths must be a positive whole number`)
    }
  }
  const months = options.reviewIntervalMonths ?? 12
  if (!(Number.isInteger(months) && months > 0)) fail('reviewIntervalMonths must be a positive whole number')
  // Compiles the rule pack now, so a bad rule override stops start-up with the rule's name.
  scannerFor(options.claims)
  return {
    enabled: true,
    usersSlug: 'users',
    printedName: (user) => ({ name: (typeof user.name === 'string' && user.name) || String(user.email) }),
    fourEyes: true,
    ...options,
    isStaff: synchronous('isStaff', options.isStaff),
    isReviewer: synchronous('isReviewer', options.isReviewer),
    isAdmin: synchronous('isAdmin', options.isAdmin),
    reviewIntervalMonths: months,
  }
}
