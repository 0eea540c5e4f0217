'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import type { ReviewClaim, ReviewState } from '../review/types.js'
import type { DecideClaim } from './ClaimItem.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { ApproveWarnings, type DecideMany } from './ApproveWarnings.js'
import { ClaimItem } from './ClaimItem.js'
import { categoryLabel } from './describe.js'
import { highlightClaims } from './revealClaim.js'

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, suggestion: 2 }

/** A field's label as the edit view shows it, for "in Body". */
const useFieldLabel = () => {
  const { getEntityConfig } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  return useMemo(() => {
    const fields = collectionSlug ? (getEntityConfig({ collectionSlug })?.fields ?? []) : []
    return (path: string) => {
      const name = path.split('.')[0]
      const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
      const label = field && 'label' in field ? field.label : undefined
      if (typeof label === 'string') return label
      if (label && typeof label === 'object') {
        const byLanguage = label as Record<string, string>
        return byLanguage[i18n.language] ?? Object.values(byLanguage)[0] ?? name
      }
      // Payload's own fallback: the name in words ("overallStatus" -> "Overall Status").
      const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
      return words.charAt(0).toUpperCase() + words.slice(1)
    }
  }, [collectionSlug, getEntityConfig, i18n.language])
}

/** The claims in the saved text, grouped by category, the most severe categories first. */
export const ClaimList: React.FC<{
  review: ReviewState
  canReview: boolean
  canDecide: boolean
  onDecide: DecideClaim
  onDecideMany: DecideMany
}> = ({ review, canReview, canDecide, onDecide, onDecideMany }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const fieldLabel = useFieldLabel()
  const groups = useMemo(() => {
    const byCategory = new Map<string, ReviewClaim[]>()
    for (const claim of review.claims) byCategory.set(claim.category, [...(byCategory.get(claim.category) ?? []), claim])
    const worst = (claims: ReviewClaim[]) => Math.min(...claims.map((claim) => SEVERITY_ORDER[claim.severity] ?? 3))
    return [...byCategory.entries()].sort(([, a], [, b]) => worst(a) - worst(b))
  }, [review.claims])
  const awaitingSubmission = review.status === 'draft' || review.status === 'changes_requested'
  const [highlighted, setHighlighted] = useState(false)
  // Re-marked after every save (the text, and so the claims, may have moved); cleared on leaving.
  useEffect(() => {
    if (!highlighted) return
    highlightClaims(review.claims)
    return () => void highlightClaims(false)
  }, [highlighted, review.claims])

  return (
    <section className="mr-claims" data-testid="review-claims">
      <p className="mr-muted">
        {review.claims.length
          ? t('medicalReview:claimsFound', { count: review.claims.length })
          : t('medicalReview:noClaims')}{' '}
        {t('medicalReview:updatesOnSave')}
      </p>
      {!canReview && review.claims.length ? <p className="mr-muted">{t('medicalReview:writerHint')}</p> : null}
      {canReview && awaitingSubmission && review.claims.length ? (
        <p className="mr-muted">{t('medicalReview:notInReviewHint')}</p>
      ) : null}
      {review.claims.length ? (
        <Button
          aria-pressed={highlighted}
          buttonStyle={highlighted ? 'primary' : 'secondary'}
          id="mr-highlight-all"
          margin={false}
          onClick={() => setHighlighted(!highlighted)}
          size="small"
        >
          {t(highlighted ? 'medicalReview:highlightNone' : 'medicalReview:highlightAll')}
        </Button>
      ) : null}
      {canDecide ? <ApproveWarnings claims={review.claims} onDecideMany={onDecideMany} /> : null}
      {groups.map(([category, claims]) => (
        <div className="mr-category" data-category={category} key={category}>
          <h4 className="mr-section-title">
            {categoryLabel(t, category)} ({claims.length})
          </h4>
          <ul>
            {claims.map((claim) => (
              <ClaimItem
                canDecide={canDecide}
                claim={claim}
                fieldLabel={fieldLabel(claim.field)}
                key={claim.key}
                onDecide={onDecide}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
