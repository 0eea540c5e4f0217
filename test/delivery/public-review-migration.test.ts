import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { migrationArgs, type Migration, rawSqlRows } from '../helpers/migrationHarness.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { api, createPublished, createTeam, REVIEWER, type Team } from './deliveryHarness.js'

// MongoDB has no SQL migrations: a byline stored as a group before is read as it is.
const kind = testDatabaseKind()
const onSql = kind !== 'mongodb'

let t: TestServer
let team: Team
let articleId: number

beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  articleId = await createPublished(t, team, 'articles', {
    title: 'Carried across',
    slug: 'carried-across',
    body: richText('CAR T-cell therapy is being studied in MS.'),
  })
})
afterAll(async () => {
  await t?.close()
})

const publicReviewMigration = async (): Promise<Migration> =>
  kind === 'sqlite'
    ? await import('../../migrations/sqlite/20261201_132732_public_review_json.js')
    : await import('../../migrations/postgres/20261201_132842_public_review_json.js')

/** The byline columns of the article's row, read with SQL (no Payload hooks). */
const legacyColumns = async (): Promise<Record<string, unknown>> =>
  (
    await rawSqlRows(
      t.payload,
      (sql) =>
        sql`select review_reviewed_by as "reviewedBy", review_last_reviewed as "lastReviewed", review_next_review_due as "nextReviewDue" from articles where id = ${articleId}`,
    )
  )[0]!

describe('the migration that stores the public byline as one JSON value', () => {
  ;(onSql ? it : it.skip)('carries every published byline down to the old columns and back up, unchanged', async () => {
    const before = (await api(t, `articles/${articleId}`)).body.review as Record<string, unknown>
    expect(before.reviewedBy).toEqual({ name: REVIEWER.displayName, credentials: REVIEWER.credentials })
    expect(typeof before.lastReviewed).toBe('string')
    expect(typeof before.nextReviewDue).toBe('string')

    const migration = await publicReviewMigration()
    const args = migrationArgs(t.payload)
    await migration.down(args)
    const legacy = await legacyColumns()
    const reviewedBy = typeof legacy.reviewedBy === 'string' ? JSON.parse(legacy.reviewedBy) : legacy.reviewedBy
    expect(reviewedBy).toEqual(before.reviewedBy)
    expect(new Date(String(legacy.lastReviewed)).toISOString()).toBe(before.lastReviewed)
    expect(new Date(String(legacy.nextReviewDue)).toISOString()).toBe(before.nextReviewDue)

    await migration.up(args)
    // What an anonymous reader receives is the byline it received before the round trip.
    expect((await api(t, `articles/${articleId}`)).body.review).toEqual(before)
  })
})

describe('a byline MongoDB stored while `review` was a group', () => {
  ;(onSql ? it.skip : it)('reads as it did, with its dates as ISO strings and `due` computed', async () => {
    const before = (await api(t, `articles/${articleId}`)).body.review as Record<string, string>
    // As Mongoose stored the group's date fields: BSON dates, not strings.
    await t.payload.db.updateOne({
      collection: 'articles',
      id: articleId,
      data: { review: { reviewedBy: before.reviewedBy, lastReviewed: new Date(before.lastReviewed), nextReviewDue: new Date(before.nextReviewDue) } },
    })
    expect((await api(t, `articles/${articleId}`)).body.review).toEqual(before)
  })
})
