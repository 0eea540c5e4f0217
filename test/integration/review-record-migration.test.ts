import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { migrationArgs, type Migration, rawSqlRows } from '../helpers/migrationHarness.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { api, createPublished, createTeam, type Json, type Team } from '../delivery/deliveryHarness.js'

// The review state's unqueried parts are one JSON value, `record`, on SQL databases since the
// migration below; MongoDB has no SQL migrations, and a group stored before reads as it was stored.
const kind = testDatabaseKind()
const onSql = kind !== 'mongodb'

let t: TestServer
let team: Team
let articleId: number

/** The review state as staff read it, through every hook: of the latest version, or of the document itself. */
const staffState = async (draft = true) =>
  ((await t.payload.findByID({ collection: 'articles', id: articleId, draft, overrideAccess: true })) as unknown as Json).medicalReview

beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  articleId = await createPublished(t, team, 'articles', {
    title: 'Carried across',
    slug: 'record-carried-across',
    body: richText('CAR T-cell therapy cures MS.', 'Most people feel tired for a week.'),
  })
})
afterAll(async () => {
  await t?.close()
})

const recordMigration = async (): Promise<Migration> =>
  kind === 'sqlite'
    ? await import('../../migrations/sqlite/20261203_083000_review_record.js')
    : await import('../../migrations/postgres/20261203_083010_review_record.js')

/** The sign-off column of the article's row before the migration, read with SQL (no Payload hooks). */
const legacySignOff = async (): Promise<unknown> => {
  const [row] = await rawSqlRows(t.payload, (sql) => sql`select medical_review_sign_off as "signOff" from articles where id = ${articleId}`)
  return typeof row!.signOff === 'string' ? JSON.parse(row!.signOff) : row!.signOff
}

describe('the migration that stores the review record as one JSON value', () => {
  ;(onSql ? it : it.skip)('carries the sign-off, decisions and editors down to the old columns and back up, unchanged', async () => {
    const before = await staffState()
    expect(before.signOff).toMatchObject({ printedName: expect.any(String), fingerprint: before.fingerprint })
    expect(before.claims.length).toBeGreaterThan(0)
    expect(before.claims.every((claim: Json) => claim.decision.status === 'approved')).toBe(true)
    const publicBefore = (await api(t, `articles/${articleId}`)).body

    const migration = await recordMigration()
    const args = migrationArgs(t.payload)
    await migration.down(args)
    expect(await legacySignOff()).toEqual(before.signOff)
    await migration.up(args)

    expect(await staffState()).toEqual(before)
    // What an anonymous reader receives is what it received before the round trip.
    expect((await api(t, `articles/${articleId}`)).body).toEqual(publicBefore)
  })
})

describe('a review group MongoDB stored before `record`', () => {
  ;(onSql ? it.skip : it)('reads as it was stored', async () => {
    const before = await staffState(false)
    // As Mongoose stored the group when every part was a field of its own: written with the
    // driver, past today's schema, which no longer has those fields.
    const { Types } = await import('mongoose')
    const model = (t.payload.db as unknown as { collections: Record<string, { collection: { updateOne: (filter: object, update: object) => Promise<unknown> } }> })
      .collections.articles!
    await model.collection.updateOne({ _id: new Types.ObjectId(String(articleId)) }, { $set: { medicalReview: before } })
    expect(await staffState(false)).toEqual(before)
  })
})
