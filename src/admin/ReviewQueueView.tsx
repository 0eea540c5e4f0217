import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, Link, Pill, SetStepNav } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { Translate } from './describe.js'
import type { ReviewQueueServerProps } from './queueRows.js'

import { formatDay, formatMoment, pendingCounts, statusPill } from './describe.js'
import { queueRows } from './queueRows.js'

import './medicalReview.css'

export type { ReviewQueueServerProps }

/**
 * The reviewer's inbox: documents in review across every reviewed collection, oldest first, with
 * their pending error and warning claims; and a tab of documents due for periodic re-review.
 */
export const ReviewQueueView: React.FC<AdminViewServerProps & ReviewQueueServerProps> = async (props) => {
  const { initPageResult, params, searchParams, eventsSlug, reviewedCollections } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, i18n, user } = req
  const t = i18n.t as unknown as Translate
  const tab = searchParams?.tab === 'due' ? 'due' : searchParams?.tab === 'mine' ? 'mine' : 'in_review'
  const adminRoute = payload.config.routes.admin
  const options = { reviewedCollections, eventsSlug }

  const [inReview, due] = user
    ? await Promise.all([
        queueRows(req, options, { 'medicalReview.status': { equals: 'in_review' } }, 'updatedAt', true),
        queueRows(
          req,
          options,
          { 'medicalReview.nextReviewDue': { less_than: new Date().toISOString() } },
          'medicalReview.nextReviewDue',
          false,
        ),
      ])
    : [[], []]
  inReview.sort((a, b) => a.since.localeCompare(b.since))
  const mine = inReview.filter((row) => user && row.state.assignment?.reviewer === String(user.id))
  const rows = tab === 'due' ? due : tab === 'mine' ? mine : inReview
  const queueURL = formatAdminURL({ adminRoute, path: '/review-queue' })

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: t('medicalReview:queueTitle') }]} />
      <Gutter className="mr-queue">
        <header className="mr-queue__header">
          <h1>{t('medicalReview:queueTitle')}</h1>
          <p className="mr-muted">{t('medicalReview:queueDescription')}</p>
        </header>
        <nav className="mr-tabs" role="tablist">
          <Link aria-selected={tab === 'in_review'} className="mr-tab" href={queueURL} prefetch={false} role="tab">
            {t('medicalReview:queueTabInReview', { count: inReview.length })}
          </Link>
          <Link aria-selected={tab === 'mine'} className="mr-tab" href={`${queueURL}?tab=mine`} prefetch={false} role="tab">
            {t('medicalReview:queueTabMine', { count: mine.length })}
          </Link>
          <Link aria-selected={tab === 'due'} className="mr-tab" href={`${queueURL}?tab=due`} prefetch={false} role="tab">
            {t('medicalReview:queueTabDue', { count: due.length })}
          </Link>
        </nav>
        {rows.length === 0 ? (
          <p className="mr-queue__empty">
            {t(tab === 'due' ? 'medicalReview:queueEmptyDue' : tab === 'mine' ? 'medicalReview:queueEmptyMine' : 'medicalReview:queueEmptyInReview')}
          </p>
        ) : (
          <div className="table mr-queue__table">
            <table cellPadding={0} cellSpacing={0} data-testid="review-queue">
              <thead>
                <tr>
                  <th>{t('medicalReview:queueColumnDocument')}</th>
                  <th>{t('medicalReview:queueColumnCollection')}</th>
                  {tab === 'due' ? (
                    <>
                      <th>{t('medicalReview:queueColumnDue')}</th>
                      <th>{t('medicalReview:queueColumnLastReviewed')}</th>
                    </>
                  ) : (
                    <>
                      <th>{t('medicalReview:queueColumnWaiting')}</th>
                      <th>{t('medicalReview:queueColumnAssignee')}</th>
                      <th>{t('medicalReview:queueColumnErrors')}</th>
                      <th>{t('medicalReview:queueColumnWarnings')}</th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const counts = pendingCounts(row.state)
                  const href = formatAdminURL({ adminRoute, path: `/collections/${row.collection}/${row.id}` })
                  return (
                    <tr data-collection={row.collection} data-id={row.id} key={`${row.collection}/${row.id}`}>
                      <td>
                        <Link href={href} prefetch={false}>
                          {row.title || t('medicalReview:untitled')}
                        </Link>{' '}
                        {row.state.signOff && row.state.signOff.fingerprint !== row.state.fingerprint ? (
                          <Link className="mr-queue__changes" href={`${href}?changes=signoff`} prefetch={false}>
                            {t('medicalReview:changesSince_signoff')}
                          </Link>
                        ) : null}{' '}
                        {tab === 'due' ? (
                          <Pill pillStyle={statusPill[row.state.status]} size="small">
                            {t(`medicalReview:status_${row.state.status}`)}
                          </Pill>
                        ) : null}
                      </td>
                      <td>{row.collectionLabel}</td>
                      {tab === 'due' ? (
                        <>
                          <td>{formatDay(t, row.state.nextReviewDue)}</td>
                          <td>{formatDay(t, row.state.lastReviewed)}</td>
                        </>
                      ) : (
                        <>
                          <td>{formatMoment(t, row.since)}</td>
                          <td data-testid="queue-assignee">{row.state.assignment?.reviewerName ?? '—'}</td>
                          <td className="mr-count" data-kind="error" data-zero={counts.errors === 0}>
                            {counts.errors}
                          </td>
                          <td className="mr-count" data-kind="warning" data-zero={counts.warnings === 0}>
                            {counts.warnings}
                          </td>
                        </>
                      )}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
