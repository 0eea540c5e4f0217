import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { diffWords } from 'diff'

import type { ReviewState } from '../types.js'

import { canonicalJson } from '../../audit/canonicalJson.js'
import { publicError } from '../../publicError.js'
import { reviewableContent } from '../reviewableContent.js'
import { reviewSettingsOf } from '../reviewableContentSettings.js'
import { readableText } from './readableText.js'

export const CHANGE_BASELINES = ['signoff', 'published'] as const
export type ChangeBaseline = (typeof CHANGE_BASELINES)[number]

export type DiffPart = { value: string; added?: true; removed?: true }
/** `formatOnly`: the words are the same but something else a reader gets changed (a link, a strike-through). */
export type FieldChange = { field: string; label: string; parts: DiffPart[]; formatOnly?: true }
export type ReviewChanges = {
  since: ChangeBaseline
  /** When the baseline was made; null when there is none (never signed off, never published). */
  baselineAt: string | null
  fields: FieldChange[]
}

type Doc = Record<string, unknown>

const labelOf = (fields: FlattenedField[], name: string): string => {
  const label = (fields.find((field) => 'name' in field && field.name === name) as { label?: unknown } | undefined)?.label
  return typeof label === 'string' ? label : name
}

/** The version a sign-off was given on: the latest stored version with its fingerprint. */
const signedVersion = async (req: PayloadRequest, collection: string, id: string, state: ReviewState) => {
  if (!state.signOff) return undefined
  const found = await req.payload.findVersions({
    collection: collection as CollectionSlug,
    where: {
      and: [{ parent: { equals: id } }, { 'version.medicalReview.fingerprint': { equals: state.signOff.fingerprint } }],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    // As the reader of the latest version: a field hidden from them stays hidden in the baseline.
    overrideAccess: false,
    user: req.user,
    req,
  })
  const version = found.docs[0]
  return version ? { doc: version.version as unknown as Doc, at: state.signOff.signedAt } : undefined
}

/** What readers get now, if the document is live. */
const publishedVersion = async (req: PayloadRequest, collection: string, id: string) => {
  const doc = (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: false,
    depth: 0,
    // As the reader of the latest version: a field hidden from them stays hidden in the baseline.
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })) as Doc | null
  return doc?._status === 'published' ? { doc, at: String(doc.updatedAt) } : undefined
}

/**
 * Word by word, per reviewed field, what changed in the latest version since the version a
 * reviewer signed off, or since the version readers get. Fields without a change are left out.
 */
export const reviewChanges = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  latest: Doc,
  state: ReviewState,
  since: unknown,
): Promise<ReviewChanges> => {
  if (!CHANGE_BASELINES.includes(since as ChangeBaseline)) {
    throw publicError(400, 'INVALID_SINCE', 'since must be "signoff" or "published".')
  }
  const baseline =
    since === 'signoff' ? await signedVersion(req, collection, id, state) : await publishedVersion(req, collection, id)
  if (!baseline) return { since: since as ChangeBaseline, baselineAt: null, fields: [] }
  const config = req.payload.collections[collection as CollectionSlug].config
  const settings = reviewSettingsOf(req.payload, collection)
  const before = reviewableContent(config.flattenedFields, settings, baseline.doc)
  const after = reviewableContent(config.flattenedFields, settings, latest)
  const fields = Object.keys(after).flatMap((field): FieldChange[] => {
    if (canonicalJson(before[field]) === canonicalJson(after[field])) return []
    const [was, is] = [readableText(before[field]), readableText(after[field])]
    if (was === is) return [{ field, label: labelOf(config.flattenedFields, field), parts: [{ value: is }], formatOnly: true }]
    const parts = diffWords(was, is).map(({ value, added, removed }) => ({
      value,
      ...(added ? { added: true as const } : {}),
      ...(removed ? { removed: true as const } : {}),
    }))
    return [{ field, label: labelOf(config.flattenedFields, field), parts }]
  })
  return { since: since as ChangeBaseline, baselineAt: baseline.at, fields }
}
