import type { DefaultServerCellComponentProps } from 'payload'

import { Pill } from '@payloadcms/ui'
import React from 'react'

import type { ReviewStatus } from '../review/types.js'
import type { Translate } from './describe.js'

import { publishBlockers } from '../review/publishBlockers.js'
import { readState } from '../review/readState.js'
import { describeBlocker, statusPill } from './describe.js'

import './medicalReview.css'

export type ReviewStatusCellServerProps = { fourEyes: boolean; enabled: boolean }

/**
 * The review status column of the list views: the status as a badge and, for a document that could
 * not be published now, the first reason (what "Publish selected" would answer for it).
 */
export const ReviewStatusCell: React.FC<DefaultServerCellComponentProps & ReviewStatusCellServerProps> = ({
  cellData,
  enabled,
  fourEyes,
  i18n,
  rowData,
}) => {
  const t = i18n.t as unknown as Translate
  const state = readState(rowData?.medicalReview)
  const status = (typeof cellData === 'string' ? cellData : state.status) as ReviewStatus
  const blockers = enabled ? publishBlockers(state, state.fingerprint, { fourEyes }) : []
  return (
    <span className="mr-cell" data-status={status}>
      <Pill pillStyle={statusPill[status] ?? 'light'} size="small">
        {t(`medicalReview:status_${status}`)}
      </Pill>
      {blockers.length ? (
        <span className="mr-cell__reason" title={blockers.map((blocker) => describeBlocker(t, blocker, state)).join('; ')}>
          {describeBlocker(t, blockers[0], state)}
          {blockers.length > 1 ? `, ${t('medicalReview:moreReasons', { count: blockers.length - 1 })}` : ''}
        </span>
      ) : null}
    </span>
  )
}
