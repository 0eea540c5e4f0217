import type { Block, CollectionConfig, CollectionSlug, Config, DatabaseAdapterObj, Field, Payload, Plugin } from 'payload'

import { buildConfig, getPayload, handleEndpoints } from 'payload'
import { medicalReview, type ReviewedCollectionOptions } from 'payload-medical-review'

import type { User } from '../../app/payload-types.js'

import { closePayload } from '../../app/closePayload.js'
import { databaseAdapter } from '../../app/databaseAdapter.js'
import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { Users } from '../../collections/Users.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { createTestDatabase } from '../helpers/testDatabase.js'

export const NOTES = 'notes' as CollectionSlug

export type NoteSite = {
  payload: Payload
  writer: User
  reviewer: User
  /** Local API arguments for a write or read as this user, access applied. */
  as: (user: User) => { user: never; overrideAccess: false }
  /** What an anonymous reader gets of the note (the published version, access applied). */
  readerSees: (id: number | string, locale?: string) => Promise<Record<string, unknown> | undefined>
  /** What Payload's own REST handler (what a Next.js route runs) answers, with none of the demo server's request filters in front. */
  rest: (request: Request) => Promise<Response>
  close: () => Promise<void>
}

/** The data of the refusal `act` ends in (its error's `data`: `code` and details); undefined when nothing is refused. */
export const refusalOf = async (act: () => Promise<unknown>): Promise<Record<string, unknown> | undefined> => {
  try {
    await act()
    return undefined
  } catch (error) {
    return (error as { data?: Record<string, unknown> } | undefined)?.data ?? {}
  }
}

/** The code of the refusal `act` ends in; undefined when nothing is refused. */
export const refusalCode = async (act: () => Promise<unknown>): Promise<string | undefined> =>
  (await refusalOf(act))?.code as string | undefined

/**
 * A small site shaped unlike the demo, on a fresh database with the schema pushed: the demo's users
 * and roles, and one reviewed collection, `notes` (drafts, readers see published notes), with the
 * fields a suite asks for. Payload features the demo does not use (localization, shared blocks, hooks
 * of its own, other plugins after this one) are tested on it.
 */
export const startNoteSite = async ({
  fields,
  localization,
  blocks,
  review = {},
  collections = [],
  plugins = [],
  db = databaseAdapter,
  access = { read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }) },
  versions = { drafts: true },
  trash = false,
  users = Users,
}: {
  fields: Field[]
  localization?: Config['localization']
  blocks?: Block[]
  /** The plugin's settings for `notes`. */
  review?: ReviewedCollectionOptions
  /** More collections of the site, not under review. */
  collections?: CollectionConfig[]
  /** Plugins the site lists after this one. */
  plugins?: Plugin[]
  db?: (uri: string) => DatabaseAdapterObj
  /** The notes' access rules (default: readers see published notes, any signed-in account all). */
  access?: CollectionConfig['access']
  versions?: CollectionConfig['versions']
  /** Payload's trash (soft delete) on notes. */
  trash?: boolean
  /** The accounts collection (default: the demo's users, whose roles only admins change). */
  users?: CollectionConfig
}): Promise<NoteSite> => {
  const database = await createTestDatabase()
  process.env.PAYLOAD_DB_PUSH = 'true'
  const config = buildConfig({
    secret: 'test-secret-of-at-least-thirty-two-characters',
    db: db(database.uri),
    admin: { user: 'users' },
    ...(localization ? { localization } : {}),
    ...(blocks ? { blocks } : {}),
    collections: [
      users,
      {
        slug: NOTES,
        versions,
        admin: { useAsTitle: 'title' },
        access,
        fields,
        trash,
      },
      ...collections,
    ],
    plugins: [medicalReview({ ...medicalReviewOptions, collections: { [NOTES]: review }, claims: {} }), ...plugins],
    logger: { options: { level: process.env.LOG_LEVEL || 'fatal' } },
    telemetry: false,
  })
  // A key of its own: a file may start more than one site, and Payload caches one instance per key.
  const payload = await getPayload({ config, key: database.uri })
  const account = (roles: User['roles'], name: string) =>
    payload.create({
      collection: 'users',
      data: { email: `${name}@example.test`, password: TEST_PASSWORD, name, roles } as never,
    }) as Promise<User>
  await account(['admin'], 'admin')
  const writer = await account(['writer'], 'writer')
  const reviewer = await account(['reviewer'], 'reviewer')
  return {
    payload,
    writer,
    reviewer,
    as: (user) => ({ user: { ...user, collection: (user as { collection?: string }).collection ?? 'users' } as never, overrideAccess: false }),
    readerSees: async (id, locale) => {
      const found = await payload.find({
        collection: NOTES,
        where: { id: { equals: id } },
        ...(locale ? { locale: locale as never } : {}),
        overrideAccess: false,
        depth: 0,
      })
      return found.docs[0] as unknown as Record<string, unknown> | undefined
    },
    rest: (request) => handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: database.uri }),
    close: async () => {
      await closePayload(payload)
      await database.drop()
    },
  }
}
