'use client'
import { Button, PublishButton, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { describeBlocker, formatDay, signerName } from './describe.js'
import { useReview } from './useReview.js'

import './medicalReview.css'

/**
 * Payload's own Publish button while the server would publish; otherwise the same button disabled,
 * with the reasons in plain words (tooltip, and a menu that opens even while it is disabled). Once
 * published, it says whose sign-off readers now see.
 */
export const ReviewPublishButton: React.FC<{ label?: string }> = ({ label }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { hasPublishPermission } = useDocumentInfo()
  const { id, review, error } = useReview()
  const status = useFormFields(([fields]) => fields._status?.value)
  const previous = useRef(status)
  useEffect(() => {
    if (previous.current !== 'published' && status === 'published' && review?.signOff) {
      toast.success(t('medicalReview:publishedWithSignOff', { name: signerName(review.signOff), date: formatDay(t, review.signOff.signedAt) }))
    }
    previous.current = status
  }, [status, review?.signOff, t])
  if (!hasPublishPermission) return null
  // Unsaved, or the review could not be read: Payload's button, and the server's gate answers.
  if (!id || error || review?.canPublish) return <PublishButton label={label} />

  const reasons = review ? review.blockers.map((blocker) => describeBlocker(t, blocker, review)) : []
  const summary = reasons.length ? `${t('medicalReview:publishBlocked')} ${reasons.join('; ')}` : t('medicalReview:loading')
  return (
    <span className="mr-publish" title={summary}>
      <Button
        buttonId="action-save"
        id="action-save"
        className="mr-publish__button"
        disabled
        enableSubMenu={reasons.length > 0}
        extraButtonProps={{ 'aria-description': summary }}
        size="medium"
        SubMenuPopupContent={
          reasons.length
            ? () => (
                <div className="mr-publish__reasons" role="note">
                  <strong>{t('medicalReview:publishBlocked')}</strong>
                  <ul>
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </div>
              )
            : undefined
        }
        tooltip={reasons[0]}
        type="button"
      >
        {label || t('version:publishChanges')}
      </Button>
    </span>
  )
}
