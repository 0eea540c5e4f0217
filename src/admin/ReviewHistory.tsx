'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { HistoryEntry } from '../review/endpoints/reviewHistoryHandler.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { formatDay } from './describe.js'
import { requestReview } from './reviewRequest.js'

/** The document's review timeline, read when opened (and again on every opening). */
export const ReviewHistory: React.FC = () => {
  const { t, i18n } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [entries, setEntries] = useState<HistoryEntry[] | undefined>()
  const [problem, setProblem] = useState('')

  const load = async () => {
    setProblem('')
    try {
      const body = await requestReview<{ entries: HistoryEntry[] }>(
        `${api}/${collectionSlug}/${encodeURIComponent(String(id))}/review/history`,
        { t, language: i18n.language },
      )
      setEntries(body.entries)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <details
      className="mr-history"
      data-testid="review-history"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) void load()
      }}
    >
      <summary>{t('medicalReview:historyTitle')}</summary>
      {problem ? <p className="mr-error">{problem}</p> : null}
      {entries && !entries.length ? <p className="mr-muted">{t('medicalReview:historyEmpty')}</p> : null}
      {entries?.length ? (
        <ol className="mr-history__list">
          {entries.map((entry) => (
            <li data-action={entry.action} key={entry.sequence}>
              <span className="mr-muted">
                {formatDay(t, entry.occurredAt)}{' '}
                {new Date(entry.occurredAt).toLocaleTimeString(t('medicalReview:dateLocale'), { hour: '2-digit', minute: '2-digit' })}
              </span>{' '}
              <strong>
                {entry.actorName}
                {entry.actorCredentials ? `, ${entry.actorCredentials}` : ''}
              </strong>
              <span className="mr-block">{entry.meaning}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  )
}
