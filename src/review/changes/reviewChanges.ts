import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { diffWords } from 'diff'

import type { ReviewState } from '../types.js'

import { canonicalJson } from '../../audit/canonicalJson.js'
import { publicError } from '../../publicError.js'
import { latestInEveryLocale } from '../latestInEveryLocale.js'
import { readInEveryLocale } from '../readInEveryLocale.js'
import { contentShapeOf, reviewableContent } from '../reviewableContent.js'
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
const signedVersion = async (req: PayloadRequest, collection: string, id: string, state: ReviewState, locale?: 'all') => {
  if (!state.signOff) return undefined
  const signOff = state.signOff
  const found = await readInEveryLocale(req, (own) => req.payload.findVersions({
    collection: collection as CollectionSlug,
    where: {
      and: [{ parent: { equals: id } }, { 'version.medicalReview.fingerprint': { equals: signOff.fingerprint } }],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    // As the reader of the latest version: a field hidden from them stays hidden in the baseline.
    overrideAccess: false,
    user: req.user,
    ...(locale ? { locale } : {}),
    req: own,
  }))
  const version = found.docs[0]
  return version ? { doc: version.version as unknown as Doc, at: signOff.signedAt } : undefined
}

/** What readers get now, if the document is live. */
const publishedVersion = async (req: PayloadRequest, collection: string, id: string, locale?: 'all') => {
  const doc = (await readInEveryLocale(req, (own) => req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: false,
    depth: 0,
    // As the reader of the latest version: a field hidden from them stays hidden in the baseline.
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    ...(locale ? { locale } : {}),
    req: own,
  }))) as Doc | null
  return doc?._status === 'published' ? { doc, at: String(doc.updatedAt) } : undefined
}

/** Each top-level field's value, and each locale's of a localized one ("body.es", labelled "Body (es)"). */
const comparable = (fields: FlattenedField[], content: Doc, locales: readonly string[] | undefined) =>
  Object.keys(content).flatMap((name) => {
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === name) as { localized?: boolean } | undefined
    const label = labelOf(fields, name)
    if (!locales || field?.localized !== true) return [{ key: name, label, value: content[name] }]
    const byLocale = (content[name] ?? {}) as Doc
    return locales.map((code) => ({ key: `${name}.${code}`, label: `${label} (${code})`, value: byLocale[code] }))
  })

/**
 * Word by word, per reviewed field (and per locale on a localized site), what changed in the latest
 * version since the version a reviewer signed off, or since the version readers get. Fields without
 * a change are left out.
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
  const config = req.payload.collections[collection as CollectionSlug].config
  const shape = contentShapeOf(req.payload, config.flattenedFields)
  const { locales } = shape
  const every = locales ? ('all' as const) : undefined
  const baseline =
    since === 'signoff' ? await signedVersion(req, collection, id, state, every) : await publishedVersion(req, collection, id, every)
  if (!baseline) return { since: since as ChangeBaseline, baselineAt: null, fields: [] }
  const settings = reviewSettingsOf(req.payload, collection)
  const current = locales ? await latestInEveryLocale(req, collection, id) : latest
  const before = reviewableContent(config.flattenedFields, settings, baseline.doc, shape)
  const was = new Map(comparable(config.flattenedFields, before, locales).map((entry) => [entry.key, entry.value]))
  const after = comparable(config.flattenedFields, reviewableContent(config.flattenedFields, settings, current, shape), locales)
  const fields = after.flatMap(({ key: field, label, value }): FieldChange[] => {
    if (canonicalJson(was.get(field) ?? null) === canonicalJson(value ?? null)) return []
    const [before, now] = [readableText(was.get(field) ?? null), readableText(value ?? null)]
    if (before === now) return [{ field, label, parts: [{ value: now }], formatOnly: true }]
    const parts = diffWords(before, now).map(({ value: words, added, removed }) => ({
      value: words,
      ...(added ? { added: true as const } : {}),
      ...(removed ? { removed: true as const } : {}),
    }))
    return [{ field, label, parts }]
  })
  return { since: since as ChangeBaseline, baselineAt: baseline.at, fields }
}
