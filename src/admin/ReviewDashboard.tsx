import type { ServerProps } from 'payload'

import { Link } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { ReviewUser } from '../review/types.js'
import type { Translate } from './describe.js'
import type { QueueRow, ReviewQueueServerProps } from './queueRows.js'

import { formatDay } from './describe.js'
import { queueRows } from './queueRows.js'
import { waitingConversations } from './waitingConversations.js'

import './medicalReview.css'

export type ReviewDashboardServerProps = ReviewQueueServerProps & {
  usersSlug: string
  isStaff: (user: ReviewUser) => boolean
  isReviewer: (user: ReviewUser) => boolean
}

const DocumentList: React.FC<{ rows: QueueRow[]; adminRoute: string; t: Translate; empty: string }> = ({
  rows,
  adminRoute,
  t,
  empty,
}) =>
  rows.length ? (
    <ul className="mr-dashboard__list">
      {rows.map((row) => (
        <li key={`${row.collection}/${row.id}`}>
          <Link href={formatAdminURL({ adminRoute, path: `/collections/${row.collection}/${row.id}` })} prefetch={false}>
            {row.title || t('medicalReview:untitled')}
          </Link>{' '}
          <span className="mr-muted">
            {row.collectionLabel} · {formatDay(t, row.since)}
          </span>
        </li>
      ))}
    </ul>
  ) : (
    <p className="mr-muted">{empty}</p>
  )

/**
 * Medical review on the dashboard: conversations waiting for the user's answer; a writer's
 * documents sent back or waiting for review; a reviewer's assigned documents and the counts of the
 * queue's tabs, each linked.
 */
export const ReviewDashboard: React.FC<ServerProps & ReviewDashboardServerProps> = async (props) => {
  const { payload, i18n, user, usersSlug, isStaff, isReviewer } = props
  const reviewUser = user && (user as { collection?: string }).collection === usersSlug ? (user as ReviewUser) : null
  if (!reviewUser || !isStaff(reviewUser)) return null
  const t = i18n.t as unknown as Translate
  const adminRoute = payload.config.routes.admin
  const reader = { payload, user: reviewUser, i18n } as never
  const me = String(reviewUser.id)
  const [open, due, conversations] = await Promise.all([
    queueRows(reader, props, { 'medicalReview.status': { in: ['in_review', 'changes_requested'] } }, '-updatedAt', false),
    isReviewer(reviewUser)
      ? queueRows(reader, props, { 'medicalReview.nextReviewDue': { less_than: new Date().toISOString() } }, 'medicalReview.nextReviewDue', false)
      : Promise.resolve([]),
    waitingConversations(reader, props, me),
  ])
  const mine = (row: QueueRow) => row.state.contentEditedBy === me
  const sentBack = open.filter((row) => row.state.status === 'changes_requested' && mine(row))
  const waiting = open.filter((row) => row.state.status === 'in_review' && mine(row))
  const inReview = open.filter((row) => row.state.status === 'in_review')
  const assigned = inReview.filter((row) => row.state.assignment?.reviewer === me)
  const queue = formatAdminURL({ adminRoute, path: '/review-queue' })

  return (
    <section className="mr-dashboard" data-testid="review-dashboard">
      <h2>{t('medicalReview:dashboardTitle')}</h2>
      <div className="mr-dashboard__cards">
        {isReviewer(reviewUser) ? (
          <div className="mr-dashboard__card" data-testid="dashboard-assigned">
            <h3>
              <Link href={`${queue}?tab=mine`} prefetch={false}>
                {t('medicalReview:queueTabMine', { count: assigned.length })}
              </Link>
            </h3>
            <DocumentList adminRoute={adminRoute} empty={t('medicalReview:queueEmptyMine')} rows={assigned} t={t} />
            <p>
              <Link href={queue} prefetch={false}>
                {t('medicalReview:queueTabInReview', { count: inReview.length })}
              </Link>
              {' · '}
              <Link href={`${queue}?tab=due`} prefetch={false}>
                {t('medicalReview:queueTabDue', { count: due.length })}
              </Link>
            </p>
          </div>
        ) : null}
        <div className="mr-dashboard__card" data-testid="dashboard-conversations">
          <h3>{t('medicalReview:dashboardConversations', { count: conversations.length })}</h3>
          {conversations.length ? (
            <ul className="mr-dashboard__list">
              {conversations.map(({ row, thread, lastBy, lastBody }) => (
                <li key={thread}>
                  <Link
                    href={formatAdminURL({ adminRoute, path: `/collections/${row.collection}/${row.id}#mr-thread-${thread}` })}
                    prefetch={false}
                  >
                    {row.title || t('medicalReview:untitled')}
                  </Link>{' '}
                  <span className="mr-muted">
                    {lastBy}: {lastBody.length > 90 ? `${lastBody.slice(0, 87)}...` : lastBody}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mr-muted">{t('medicalReview:dashboardNoConversations')}</p>
          )}
        </div>
        <div className="mr-dashboard__card" data-testid="dashboard-sent-back">
          <h3>{t('medicalReview:dashboardSentBack', { count: sentBack.length })}</h3>
          <DocumentList adminRoute={adminRoute} empty={t('medicalReview:dashboardNothingSentBack')} rows={sentBack} t={t} />
        </div>
        <div className="mr-dashboard__card" data-testid="dashboard-waiting">
          <h3>{t('medicalReview:dashboardWaiting', { count: waiting.length })}</h3>
          <DocumentList adminRoute={adminRoute} empty={t('medicalReview:dashboardNothingWaiting')} rows={waiting} t={t} />
        </div>
      </div>
    </section>
  )
}
