import type { CollectionSlug, Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { LiveContentMismatch, LiveContentReport, ReviewEventRecord } from './types.js'

import { readAsStored } from '../review/readAsStored.js'
import { fingerprintDocument } from '../review/reviewableContent.js'

/** A `signed` event of the verified chain, as the live check compares it. */
export type SignedEvent = Pick<
  ReviewEventRecord,
  | 'actorCredentials'
  | 'actorName'
  | 'actorUserId'
  | 'details'
  | 'fingerprint'
  | 'occurredAt'
  | 'sequence'
>

/** A document's last `published`, `unpublished` or `deleted` event in the verified chain. */
export type PublishStateEvent = Pick<ReviewEventRecord, 'action' | 'fingerprint' | 'sequence'>

/** Events that change whether, and with what, a document is live. */
export const PUBLISH_STATE_ACTIONS = new Set(['published', 'unpublished', 'deleted'])

/** The key of a document's signed events: collection and id. */
export const documentKey = (collection: string, id: unknown): string =>
  `${collection}\u0000${String(id)}`

// The plugin keeps a reviewed collection's settings here (see src/review/reviewableContent.ts).
const REVIEWED = 'medicalReview'

// A sign-off is stamped just before its event is written; minutes apart means another sign-off.
const SIGNED_AT_SLACK_MS = 5 * 60_000

type SignOff = {
  reviewer?: unknown
  printedName?: unknown
  credentials?: unknown
  signedAt?: unknown
  fingerprint?: unknown
}

const text = (value: unknown): null | string =>
  value === undefined || value === null || value === '' ? null : String(value)

const signOffOf = (doc: Record<string, unknown>): SignOff | undefined => {
  const signOff = (doc.medicalReview as { signOff?: unknown } | null | undefined)?.signOff
  return signOff && typeof signOff === 'object' && !Array.isArray(signOff)
    ? (signOff as SignOff)
    : undefined
}

const sameTime = (signedAt: unknown, event: SignedEvent): boolean => {
  // The event records the byline's own time when the workflow passes it; otherwise its own time.
  const recorded = (event.details as { signedAt?: unknown } | null | undefined)?.signedAt
  if (typeof recorded === 'string') return signedAt === recorded
  const gap = new Date(event.occurredAt).getTime() - new Date(String(signedAt)).getTime()
  return Math.abs(gap) <= SIGNED_AT_SLACK_MS
}

/** The byline fields that differ from what the signed event recorded. */
const bylineDifferences = (signOff: SignOff, event: SignedEvent, fingerprint: string): string[] =>
  [
    text(signOff.fingerprint) !== fingerprint && 'fingerprint',
    text(signOff.reviewer) !== text(event.actorUserId) && 'reviewer',
    text(signOff.printedName) !== text(event.actorName) && 'printedName',
    text(signOff.credentials) !== text(event.actorCredentials) && 'credentials',
    !sameTime(signOff.signedAt, event) && 'signedAt',
  ].filter((difference): difference is string => Boolean(difference))

const judge = (
  signOff: SignOff | undefined,
  fingerprint: string,
  events: SignedEvent[],
  lastPublishState: PublishStateEvent | undefined,
): Pick<LiveContentMismatch, 'code' | 'reason'> | undefined => {
  // Signed once is not enough: a row put back live, or back to an older signed version, behind the workflow.
  if (lastPublishState && lastPublishState.action !== 'published') {
    return {
      code: 'UNPUBLISHED_IN_CHAIN',
      reason: `the audit chain's last word on it is "${lastPublishState.action}" (event ${lastPublishState.sequence}), yet the row is published`,
    }
  }
  if (lastPublishState?.fingerprint && lastPublishState.fingerprint !== fingerprint) {
    return {
      code: 'SUPERSEDED',
      reason: `the published content (fingerprint ${fingerprint}) is not what was last published (event ${lastPublishState.sequence})`,
    }
  }
  const signing = events.filter((event) => event.fingerprint === fingerprint)
  if (signing.length === 0) {
    return {
      code: 'NOT_SIGNED',
      reason: `no signed event in the audit chain for the published content (fingerprint ${fingerprint})`,
    }
  }
  if (!signOff)
    return { code: 'NO_SIGN_OFF', reason: 'published without a stored sign-off (byline)' }
  const differences = signing.map((event) => bylineDifferences(signOff, event, fingerprint))
  if (differences.some((each) => each.length === 0)) return undefined
  const latest = signing.length - 1
  return {
    code: 'BYLINE_MISMATCH',
    reason: `the stored sign-off differs from signed event ${signing[latest]!.sequence} in ${differences[latest]!.join(', ')}`,
  }
}

/**
 * Reads every published row of every collection under review and requires the audit chain to hold
 * a `signed` event for exactly that content (by fingerprint), with the row's byline matching it,
 * and the document's last publish-state event to be a `published` of that content: catches a row
 * published, rewritten, re-attributed, put back live or rolled back by a raw database write.
 */
export const checkLiveContent = async (
  payload: Payload,
  chain: {
    slug: string
    signed: ReadonlyMap<string, SignedEvent[]>
    publishStates: ReadonlyMap<string, PublishStateEvent>
    /** The last event of the verified walk. */
    walkedTo: number
  },
  pageSize: number,
): Promise<LiveContentReport> => {
  const { slug, signed, publishStates, walkedTo } = chain
  const req = await createLocalReq({}, payload)
  const collections = payload.config.collections
    .filter((collection) => collection.custom?.[REVIEWED])
    .map((collection) => collection.slug)
  const mismatches: LiveContentMismatch[] = []
  let checked = 0
  for (const collection of collections) {
    const config = payload.collections[collection as CollectionSlug]!.config
    const titleField = config.admin.useAsTitle
    let after: number | string | undefined
    for (;;) {
      // Keyset paging by id: stable while rows are published during the walk.
      // Readers see no row in the trash: only the others are live.
      const published: Where = config.trash ? { and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }] } : { _status: { equals: 'published' } }
      // The rows as stored, read as the gate reads a stored document (not through the collection's afterRead hooks).
      const { docs } = await payload.db.find({
        collection: collection as CollectionSlug,
        where:
          after === undefined ? published : { and: [published, { id: { greater_than: after } }] },
        sort: 'id',
        limit: pageSize,
        pagination: false,
        joins: false as never,
        // Every locale's text, as the gate fingerprints it on a localized site.
        ...(payload.config.localization ? { locale: 'all' } : {}),
        req,
      })
      for (const doc of docs) await readAsStored(req, config, doc)
      for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
        after = doc.id
        const fingerprint = fingerprintDocument(payload, collection, doc)
        if (fingerprint === undefined) continue
        checked += 1
        const key = documentKey(collection, doc.id)
        let mismatch = judge(signOffOf(doc), fingerprint, signed.get(key) ?? [], publishStates.get(key))
        if (mismatch) {
          // Signed or published while the rows were read after the walk: judged with those events too.
          const { docs: later } = await payload.find({
            collection: slug as CollectionSlug,
            where: {
              and: [{ sequence: { greater_than: walkedTo } }, { documentCollection: { equals: collection } }, { documentId: { equals: String(doc.id) } }],
            },
            sort: 'sequence',
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
          const events = later as unknown as ReviewEventRecord[]
          const lastState = events.filter((event) => PUBLISH_STATE_ACTIONS.has(event.action)).at(-1) ?? publishStates.get(key)
          const signing = [...(signed.get(key) ?? []), ...events.filter((event) => event.action === 'signed')]
          mismatch = judge(signOffOf(doc), fingerprint, signing, lastState)
        }
        if (!mismatch) continue
        const title = titleField && titleField !== 'id' ? text(doc[titleField]) : null
        mismatches.push({
          collection,
          id: String(doc.id),
          ...(title ? { title } : {}),
          ...mismatch,
        })
      }
      if (docs.length < pageSize) break
    }
  }
  return { collections, checked, mismatches }
}
