'use client'
import { Pill, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { statusPill } from './describe.js'
import { useReview } from './useReview.js'

import './medicalReview.css'

/** The document's review status in the edit view's header, beside the document controls. */
export const ReviewStatusBadge: React.FC = () => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { review } = useReview()
  if (!review) return null
  return (
    <div className="mr-badge" data-status={review.status} title={t('medicalReview:panelTitle')}>
      <Pill pillStyle={statusPill[review.status]} size="small">
        {t(`medicalReview:status_${review.status}`)}
      </Pill>
    </div>
  )
}
