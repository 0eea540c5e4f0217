import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * Payload refuses a reader's `where` on a hidden field and a sort by a related account's visible
 * fields, but sorted published articles by their author's password hash, salt or reset token: an
 * ordering oracle on staff secrets. It also sorted, and answered a `where`, by the author's
 * `sessions` (ids and expiry times), whose read rule Payload checks without the account and so
 * passes for anyone signed out. A reader's sort or `where` that reaches a hidden field, or a
 * related document's field with read rules of its own, is refused.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
  for (const title of ['Fatigue and rest', 'Sleep and MS']) {
    const created = await a.call('articles?draft=true', a.writer, { body: { title, body: richText('Rest may ease fatigue.'), conditions: ['Multiple sclerosis'] } })
    await a.reviewAndSign('articles', created.body.doc.id)
    await a.publish('articles', created.body.doc.id)
  }
})
afterAll(async () => a?.close())

describe('a reader’s sort by hidden fields', () => {
  it('is refused through the author, in every spelling, over REST and GraphQL', async () => {
    const sorts = ['author.hash', 'author.salt', 'author.resetPasswordToken', '-author.resetPasswordToken', 'author__hash', 'title,author.salt']
    const rest = await Promise.all(sorts.map(async (sort) => codeOf((await a.call(`articles?depth=0&sort=${encodeURIComponent(sort)}`)).body)))
    const graphql = await a.call('graphql', undefined, { body: { query: '{ Articles(sort: "author.hash") { docs { title } } }' } })
    expect({ rest, graphql: [graphql.body.data?.Articles ?? null, graphql.body.errors?.[0]?.extensions?.statusCode] }).toEqual({
      rest: sorts.map(() => 'INVALID_SORT'),
      graphql: [null, 400],
    })
  })

  it('is refused by an author’s sessions, sorted or asked about', async () => {
    const queries = ['sort=author.sessions.id', 'sort=-author.sessions.expiresAt', 'sort=author__sessions__id', 'where[author.sessions.id][like]=a', 'where[or][0][author.sessions.expiresAt][exists]=true']
    const codes = await Promise.all(queries.map(async (query) => codeOf((await a.call(`articles?depth=0&${query}`)).body)))
    expect(codes).toEqual(['INVALID_SORT', 'INVALID_SORT', 'INVALID_SORT', 'INVALID_WHERE', 'INVALID_WHERE'])
  })

  it('keeps a reader’s sort by the articles’ own fields, and staff sorts, working', async () => {
    const reader = await a.call('articles?depth=0&sort=-title')
    const staff = await a.call('articles?depth=0&sort=author.hash', a.admin)
    expect({
      reader: [reader.status, reader.body.docs?.map((doc: { title: string }) => doc.title)],
      staff: staff.status,
    }).toEqual({ reader: [200, ['Sleep and MS', 'Fatigue and rest']], staff: 200 })
  })
})
