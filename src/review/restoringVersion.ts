import type { RequestContext } from 'payload'

/**
 * Which version a restore is writing back: Payload merges a restore's other locales from that
 * version, not from the latest one, and tells only `beforeOperation` which it is. Kept under a
 * symbol, which no client and no other module can name.
 */
const RESTORING = Symbol('payload-medical-review:restoring-version')

type Restoring = { collection: string; versionId: string }
type Holder = Record<symbol, Restoring | undefined>

export const markRestoringVersion = (context: RequestContext, collection: string, versionId: unknown): void => {
  ;(context as Holder)[RESTORING] = { collection, versionId: String(versionId) }
}

/** The version a restore of `collection` is writing back, taken once: later writes in the request are not restores. */
export const takeRestoringVersion = (context: RequestContext, collection: string): string | undefined => {
  const holder = context as Holder
  const restoring = holder[RESTORING]
  if (restoring?.collection !== collection) return undefined
  delete holder[RESTORING]
  return restoring.versionId
}
