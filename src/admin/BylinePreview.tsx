'use client'
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { ReviewState } from '../review/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { formatDay, signerName } from './describe.js'

/** The "Medically reviewed by ... on ..." line readers will see, as it stands now. */
export const BylinePreview: React.FC<{ state: ReviewState }> = ({ state }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { signOff } = state
  const valid = Boolean(signOff && signOff.fingerprint === state.fingerprint)
  return (
    <section className="mr-byline" aria-label={t('medicalReview:bylineTitle')}>
      <h4 className="mr-section-title">{t('medicalReview:bylineTitle')}</h4>
      {signOff && valid ? (
        <p className="mr-byline__text" data-testid="byline">
          {signOff.credentials
            ? t('medicalReview:bylineWithCredentials', {
                name: signOff.printedName,
                credentials: signOff.credentials,
                date: formatDay(t, signOff.signedAt),
              })
            : t('medicalReview:byline', { name: signOff.printedName, date: formatDay(t, signOff.signedAt) })}
        </p>
      ) : (
        <p className="mr-muted" data-testid="byline">
          {signOff
            ? t('medicalReview:bylineStale', { name: signerName(signOff), date: formatDay(t, signOff.signedAt) })
            : t('medicalReview:bylineNone')}
        </p>
      )}
    </section>
  )
}
