import type { RequestContext } from 'payload'

/**
 * Which version a restore is writing back: Payload merges a restore's other locales from that
 * version, not from the latest one, and tells only `beforeOperation` which it is. Kept under a
 * symbol, which no client and no other module can name.
 */
const RESTORING = Symbol('payload-medical-review:restoring-version')

type Holder = Record<symbol, string | undefined>

export const markRestoringVersion = (context: RequestContext, versionId: unknown): void => {
  ;(context as Holder)[RESTORING] = String(versionId)
}

export const restoringVersion = (context: RequestContext): string | undefined => (context as Holder)[RESTORING]
