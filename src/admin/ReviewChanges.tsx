'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { ChangeBaseline, DiffPart, ReviewChanges as Changes } from '../review/changes/reviewChanges.js'
import type { ReviewClaim } from '../review/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { formatDay } from './describe.js'
import { requestReview } from './reviewRequest.js'

type Range = [start: number, end: number]

/** Where the claims' words sit in the current text of a field. */
const claimRanges = (text: string, claimTexts: string[]): Range[] =>
  claimTexts.flatMap((claim) => {
    const ranges: Range[] = []
    for (let at = text.indexOf(claim); at !== -1; at = text.indexOf(claim, at + claim.length)) {
      ranges.push([at, at + claim.length])
    }
    return ranges
  })

/** A stretch of the current text from `offset`, cut where claims begin and end, claims marked. */
const marked = (value: string, offset: number, ranges: Range[]): React.ReactNode[] => {
  const cuts = new Set([0, value.length])
  for (const [start, end] of ranges) {
    for (const cut of [start - offset, end - offset]) if (cut > 0 && cut < value.length) cuts.add(cut)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  return sorted.slice(0, -1).map((from, index) => {
    const piece = value.slice(from, sorted[index + 1])
    const inClaim = ranges.some(([start, end]) => offset + from >= start && offset + from < end)
    return inClaim ? (
      <mark className="mr-diff__claim" key={index}>
        {piece}
      </mark>
    ) : (
      <React.Fragment key={index}>{piece}</React.Fragment>
    )
  })
}

/** A field's diff: removed words struck through, added ones underlined, claims of the current text marked. */
const FieldDiff: React.FC<{ parts: DiffPart[]; claimTexts: string[] }> = ({ parts, claimTexts }) => {
  const current = parts.filter((part) => !part.removed).map((part) => part.value).join('')
  const ranges = claimRanges(current, claimTexts)
  let offset = 0
  return (
    <p className="mr-diff__text">
      {parts.map((part, index) => {
        if (part.removed) {
          return (
            <del className="mr-diff__removed" key={index}>
              {part.value}
            </del>
          )
        }
        const content = marked(part.value, offset, ranges)
        offset += part.value.length
        return part.added ? (
          <ins className="mr-diff__added" key={index}>
            {content}
          </ins>
        ) : (
          <span key={index}>{content}</span>
        )
      })}
    </p>
  )
}

/**
 * "What changed": per reviewed field, the words added and removed since the last sign-off or
 * since the published version, with the health claims of the current text marked.
 */
export const ReviewChanges: React.FC<{ claims: ReviewClaim[]; baselines: ChangeBaseline[] }> = ({ claims, baselines }) => {
  const { t, i18n } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [shown, setShown] = useState<Changes | undefined>()
  const [problem, setProblem] = useState('')
  // `?changes=signoff` (the queue's "What changed" link) opens the diff straight away.
  const asked = useSearchParams()?.get('changes')
  const opening = baselines.find((since) => since === asked)

  const show = async (since: ChangeBaseline) => {
    if (shown?.since === since) return setShown(undefined)
    setProblem('')
    try {
      setShown(
        await requestReview<Changes>(
          `${api}/${collectionSlug}/${encodeURIComponent(String(id))}/review/changes?since=${since}`,
          { t, language: i18n.language },
        ),
      )
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  useEffect(() => {
    if (opening) void show(opening)
    // Once, on arrival: later changes of the baselines do not reopen it.
  }, [])

  if (!baselines.length) return null
  return (
    <section className="mr-diff" data-testid="review-changes">
      <div className="mr-diff__buttons">
        {baselines.map((since) => (
          <Button
            buttonStyle={shown?.since === since ? 'primary' : 'secondary'}
            id={`mr-changes-${since}`}
            key={since}
            margin={false}
            onClick={() => void show(since)}
            size="small"
          >
            {t(`medicalReview:changesSince_${since}`)}
          </Button>
        ))}
      </div>
      {problem ? <p className="mr-error">{problem}</p> : null}
      {shown ? (
        <div className="mr-diff__body" data-since={shown.since}>
          <p className="mr-muted">
            {shown.baselineAt
              ? t('medicalReview:changesBaseline', { date: formatDay(t, shown.baselineAt) })
              : t(`medicalReview:changesNoBaseline_${shown.since}`)}
          </p>
          {shown.baselineAt && !shown.fields.length ? <p>{t('medicalReview:changesNone')}</p> : null}
          {shown.fields.map((change) => (
            <div className="mr-diff__field" data-field={change.field} key={change.field}>
              <h5>{change.label}</h5>
              {change.formatOnly ? <p className="mr-muted">{t('medicalReview:changesFormatOnly')}</p> : null}
              <FieldDiff
                claimTexts={claims
                  .filter((claim) => claim.text && (claim.field === change.field || claim.field.startsWith(`${change.field}.`)))
                  .map((claim) => claim.text)}
                parts={change.parts}
              />
            </div>
          ))}
        </div>
      ) : null}
    </section>
  )
}
