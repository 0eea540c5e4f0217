import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, Payload, PayloadRequest, Plugin } from 'payload'

import { randomBytes } from 'node:crypto'

const KEY = 'content-generation'
const KV = 'payload-kv'
// A generation read is reused this long: another instance's write reaches this one's validators
// within it (well inside the minute public answers may be cached); this instance's own writes
// drop it at once.
const REUSE_MS = 1000

/**
 * What readers get changes when a document is written, and when a published document's review
 * falls due (its public `review.due` turns true by the clock, with no write). `token` changes with
 * every write; `nextFlip` is the next such due date, after which the token is renewed.
 */
type Generation = { token: string; nextFlip: string | null }

const lastRead = new WeakMap<Payload, Generation & { at: number }>()

/** The earliest review due date still ahead, among published documents of the reviewed collections. */
const nextFlipOf = async (payload: Payload, collections: string[], req?: PayloadRequest): Promise<string | null> => {
  const now = new Date().toISOString()
  const upcoming = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        // The staff group's indexed column: the public \`review\` holds the same date, inside one JSON value.
        where: { and: [{ _status: { equals: 'published' } }, { 'medicalReview.nextReviewDue': { greater_than: now } }] },
        sort: 'medicalReview.nextReviewDue',
        select: { medicalReview: { nextReviewDue: true } },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return (docs[0] as { medicalReview?: { nextReviewDue?: string | null } } | undefined)?.medicalReview?.nextReviewDue ?? null
    }),
  )
  return upcoming.filter((date): date is string => Boolean(date)).sort()[0] ?? null
}

/** A new generation, written in the caller's transaction when there is one. */
const renew = async (payload: Payload, reviewed: string[], req?: PayloadRequest): Promise<Generation> => {
  const generation: Generation = { token: randomBytes(9).toString('base64url'), nextFlip: await nextFlipOf(payload, reviewed, req) }
  await payload.db.upsert({
    collection: KV,
    data: { key: KEY, data: generation },
    where: { key: { equals: KEY } },
    req: req ?? {},
  })
  return generation
}

/**
 * Renews the content generation in the transaction of every write to a collection readers get,
 * so a validator built from it changes exactly when a reader's answer may. Writes that bypass
 * Payload's operations (`payload.db.*` directly) do not renew it.
 */
export const contentGeneration =
  ({ collections, reviewed }: { collections: string[]; reviewed: string[] }): Plugin =>
  (config) => {
    const written = async (req: PayloadRequest) => {
      lastRead.delete(req.payload)
      await renew(req.payload, reviewed, req)
    }
    const afterChange: CollectionAfterChangeHook = ({ req }) => written(req)
    const afterDelete: CollectionAfterDeleteHook = ({ req }) => written(req)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collections.includes(collection.slug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
              },
            }
          : collection,
      ),
      custom: { ...config.custom, [KEY]: { reviewed } },
    }
  }

/**
 * The current generation token, read before a response is built; null when the site does not
 * keep one. A due date that has passed renews it first: the public `due` flag changed.
 */
export const readContentGeneration = async (payload: Payload): Promise<string | null> => {
  const settings = payload.config.custom?.[KEY] as { reviewed: string[] } | undefined
  if (!settings) return null
  const now = Date.now()
  const reused = lastRead.get(payload)
  const current = reused && now - reused.at < REUSE_MS ? reused : ((await payload.kv.get(KEY)) as Generation | null)
  if (!current) return null
  const fresh = current.nextFlip && current.nextFlip <= new Date(now).toISOString() ? await renew(payload, settings.reviewed) : current
  lastRead.set(payload, { ...fresh, at: reused === current ? reused.at : now })
  return fresh.token
}
