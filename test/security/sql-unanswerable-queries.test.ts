import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { testDatabaseKind } from '../helpers/testDatabase.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * Payload's SQL adapters fail with a 500 on a query through a relation into a list of values (a
 * trial's `conditions`, a `hasMany` text field) or inside a JSON field (a trial's public `review`),
 * and on a sort through a relation into such a list: anyone, a reader included, could make the
 * server answer 500. They are refused with a 400 on SQL databases; MongoDB answers them.
 */
const sql = testDatabaseKind() !== 'mongodb'
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

describe('queries through a relation that SQL databases cannot answer', () => {
  it('are refused with a 400 on SQL, for readers and staff, and answered on MongoDB', async () => {
    const asked = async (query: string, account?: typeof a.admin) => {
      const answer = await a.call(`articles?depth=0&${query}`, account)
      return answer.status === 200 ? 200 : `${answer.status} ${codeOf(answer.body)}`
    }
    const outcomes = {
      conditions: await asked('where[relatedTrials.conditions][in]=Multiple%20sclerosis'),
      nested: await asked('where[relatedTrials][contains][conditions][equals]=MS'),
      insideJson: await asked('where[relatedTrials.review.lastReviewed][exists]=true', a.admin),
      sort: await asked('sort=relatedTrials.conditions', a.admin),
    }
    expect(outcomes).toEqual(
      sql
        ? { conditions: '400 INVALID_WHERE', nested: '400 INVALID_WHERE', insideJson: '400 INVALID_WHERE', sort: '400 INVALID_SORT' }
        : { conditions: 200, nested: expect.anything(), insideJson: 200, sort: 200 },
    )
  })

  it('keeps the queries they can answer working', async () => {
    const statuses = await Promise.all(
      ['where[relatedTrials.phases][in]=PHASE1', 'where[conditions][in]=Multiple%20sclerosis', 'where[review.lastReviewed][exists]=true', 'sort=review.lastReviewed', 'where[relatedTrials.title][like]=MS'].map(
        async (query) => (await a.call(`articles?depth=0&${query}`)).status,
      ),
    )
    expect(statuses).toEqual([200, 200, 200, 200, 200])
  })
})
