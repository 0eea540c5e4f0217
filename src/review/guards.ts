import type { CollectionSlug, Payload } from 'payload'

const GUARD = Symbol('payload-medical-review:guard')

/** What the plugin puts on each reviewed collection; each of these closes a door if it is gone. */
const GUARDS = [
  'read access',
  'readVersions access',
  'create access',
  'update access',
  'delete access',
  'beforeOperation hook',
  'beforeChange gate',
  'afterChange check',
  'afterChange audit',
  'beforeDelete hook',
  'afterDelete audit',
  'afterOperation bulk delete',
  'afterOperation bulk update',
] as const
/** What it puts on the users collection: who may hand out review rights and change reviewers' accounts. */
const ACCOUNT_GUARDS = ['account beforeChange guard', 'account afterChange audit', 'account beforeDelete guard'] as const
type GuardName = (typeof GUARDS)[number] | (typeof ACCOUNT_GUARDS)[number]

/** Marks one of the plugin's access rules or hooks, so that start-up can tell it is still in place. */
export const guard = <T extends object>(name: GuardName, fn: T): T => Object.assign(fn, { [GUARD]: name })

type Marked = { [GUARD]?: GuardName }

/**
 * Refuses to start when a reviewed collection, or the users collection, lost one of the plugin's
 * guards: a plugin listed after this one that sets a collection's access rules or hooks instead of
 * adding to them would otherwise reopen the door that guard closes, unseen.
 */
export const refuseMissingGuards = (payload: Pick<Payload, 'collections'>, slugs: readonly string[], usersSlug: string): void => {
  for (const slug of [...slugs, usersSlug]) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const { access, hooks } = config
    const present = new Set(
      [
        access?.read,
        access?.readVersions,
        access?.create,
        access?.update,
        access?.delete,
        ...(hooks?.beforeOperation ?? []),
        ...(hooks?.beforeChange ?? []),
        ...(hooks?.afterChange ?? []),
        ...(hooks?.beforeDelete ?? []),
        ...(hooks?.afterDelete ?? []),
        ...(hooks?.afterOperation ?? []),
      ].map((fn) => (fn as Marked | undefined)?.[GUARD]),
    )
    const missing = (slug === usersSlug ? ACCOUNT_GUARDS : GUARDS).filter((name) => !present.has(name))
    if (missing.length) {
      throw new Error(
        `[payload-medical-review] ${slug} lost the plugin's ${missing.join(', ')}: a plugin or config step after medicalReview() replaced them instead of adding to them. ` +
          'Put that plugin before medicalReview() in plugins, or have it keep the access rules and hooks it finds.',
      )
    }
  }
}
