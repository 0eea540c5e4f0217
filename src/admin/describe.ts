import type { Blocker } from '../review/publishBlockers.js'
import type { ReviewState } from '../review/types.js'
import type { MedicalReviewTranslationKey } from './translations.js'

/** `t` from `useTranslation()` or a server `i18n`, narrowed to the plugin's keys. */
export type Translate = (key: MedicalReviewTranslationKey, vars?: Record<string, unknown>) => string

/** "3 May 2026", in the date locale the translations name. */
export const formatDay = (t: Translate, iso: null | string | undefined): string => {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return date.toLocaleDateString(t('medicalReview:dateLocale'), { day: 'numeric', month: 'long', year: 'numeric' })
}

/** "21 Nov 2026, 14:05", for ordering a queue within a day. */
export const formatMoment = (t: Translate, iso: null | string | undefined): string => {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return date.toLocaleString(t('medicalReview:dateLocale'), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** A blocker in the reader's language; unknown codes keep the server's own words. */
export const describeBlocker = (t: Translate, blocker: Blocker, state: ReviewState): string => {
  switch (blocker.code) {
    case 'CLAIMS_PENDING':
      return t('medicalReview:blocker_CLAIMS_PENDING', { count: blocker.count ?? 0 })
    case 'CLAIMS_REJECTED':
      return t('medicalReview:blocker_CLAIMS_REJECTED', { count: blocker.count ?? 0 })
    case 'NO_SIGN_OFF':
      return t('medicalReview:blocker_NO_SIGN_OFF')
    case 'SIGNOFF_STALE':
      return t('medicalReview:blocker_SIGNOFF_STALE', { date: formatDay(t, state.signOff?.signedAt) })
    case 'SIGNER_NOT_REVIEWER':
      return t('medicalReview:blocker_SIGNER_NOT_REVIEWER', { name: state.signOff?.printedName ?? '' })
    case 'FOUR_EYES':
      return t('medicalReview:blocker_FOUR_EYES')
    default:
      return blocker.message
  }
}

/** A claim category's name; a site's own categories (without a translation) show their id in words. */
export const categoryLabel = (t: Translate, category: string): string => {
  const key = `medicalReview:category_${category}` as MedicalReviewTranslationKey
  const label = t(key)
  return label === key ? category.replace(/_/g, ' ') : label
}

/** The signer as printed on the byline: "Dr Jane Doe, MD". */
export const signerName = (signOff: NonNullable<ReviewState['signOff']>): string =>
  signOff.credentials ? `${signOff.printedName}, ${signOff.credentials}` : signOff.printedName

/** Pending claims a reviewer still has to decide, by severity. */
export const pendingCounts = (state: Pick<ReviewState, 'claims'>) => {
  const pending = state.claims.filter((claim) => claim.decision.status === 'pending')
  return {
    errors: pending.filter((claim) => claim.severity === 'error').length,
    warnings: pending.filter((claim) => claim.severity === 'warning').length,
  }
}

export const statusPill = {
  draft: 'light-gray',
  in_review: 'warning',
  changes_requested: 'error',
  approved: 'success',
} as const

/**
 * A server refusal in the reader's language: in English the server's own words (they carry the
 * detail, such as who acted last); in other languages the translation of its stable code.
 */
export const describeRefusal = (t: Translate, language: string, refusal: { message: string; code?: string }): string => {
  if (!refusal.code || language.startsWith('en')) return refusal.message
  const key = `medicalReview:refusal_${refusal.code}` as MedicalReviewTranslationKey
  const translated = t(key)
  // An unknown code has no translation: t() then answers with the key itself.
  return translated && !translated.endsWith(`refusal_${refusal.code}`) ? translated : refusal.message
}
