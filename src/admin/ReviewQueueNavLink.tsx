'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

/** "Review queue" in the admin navigation, marked when it is the current view, with a count badge. */
export const ReviewQueueNavLink: React.FC<{ waiting: number }> = ({ waiting }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: admin, path: '/review-queue' })
  const active = pathname === href
  return (
    <Link
      aria-current={active ? 'page' : undefined}
      className="nav__link mr-nav-link"
      href={href}
      id="nav-medical-review-queue"
      prefetch={false}
    >
      {active ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{t('medicalReview:queueTitle')}</span>
      {waiting > 0 ? (
        <span aria-label={t('medicalReview:queueWaiting', { count: waiting })} className="mr-nav-badge" data-testid="queue-badge">
          {waiting}
        </span>
      ) : null}
    </Link>
  )
}
