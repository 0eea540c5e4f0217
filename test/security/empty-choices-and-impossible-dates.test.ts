import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * Payload skips validation for drafts, so the plugin checks every save's values. Some passed its
 * checks and failed in the database: on PostgreSQL a select or radio is an enum, which has no ''
 * member (the admin's empty choice), and a timestamp column refuses year 0, years past 294276 and
 * days that do not exist (JavaScript reads 2026-02-30 as 2 March) or years alone ("2026"), and a
 * list of 20,000 numbers passed SQL's cap on a statement's parameters: each was a 500. An empty
 * choice is now stored as none, and such a date or list is a 400.
 */
describe('empty choices and dates no calendar has, on a site with such fields', () => {
  let site: NoteSite
  let token: string
  const post = async (data: Record<string, unknown>) => {
    const response = await site.rest(
      new Request(`http://localhost/api/${NOTES}?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ title: 'Dosing', ...data }),
      }),
    )
    const answer = (await response.json()) as { doc?: Record<string, unknown>; errors?: { data?: { code?: string } }[] }
    return { status: response.status, code: answer.errors?.[0]?.data?.code ?? null, doc: answer.doc }
  }

  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'tags', type: 'select', hasMany: true, options: ['adults', 'children'] },
        { name: 'route', type: 'select', options: ['oral', 'iv'] },
        { name: 'strength', type: 'radio', options: ['low', 'high'] },
        { name: 'reviewedOn', type: 'date' },
        { name: 'doses', type: 'number', hasMany: true },
      ],
    })
    token = (await site.payload.login({ collection: 'users' as CollectionSlug, data: { email: 'writer@example.test', password: TEST_PASSWORD } })).token!
  }, 120_000)
  afterAll(() => site.close())

  it('stores an empty choice as none', async () => {
    const saved = await post({ tags: ['adults', ''], route: '', strength: '' })
    const stored = (await site.payload.findByID({ collection: NOTES, id: saved.doc!.id as number, draft: true, depth: 0 })) as unknown as Record<string, unknown>
    expect({ status: saved.status, tags: stored.tags, route: stored.route ?? null, strength: stored.strength ?? null }).toEqual({
      status: 201,
      tags: ['adults'],
      route: null,
      strength: null,
    })
  })

  it('refuses dates no calendar has, out of range or not ISO, and lists of over 1,000 values, with a 400 and a code, and stores nothing', async () => {
    const before = (await site.payload.count({ collection: NOTES })).totalDocs
    const answers = {
      february30: await post({ reviewedOn: '2026-02-30' }),
      april31: await post({ reviewedOn: '2026-04-31T10:00:00.000Z' }),
      yearZero: await post({ reviewedOn: '0000-01-01' }),
      farFuture: await post({ reviewedOn: '+275760-09-13T00:00:00.000Z' }),
      createdAt: await post({ createdAt: '2026-02-30T00:00:00.000Z' }),
      yearOnly: await post({ reviewedOn: '2026' }),
      expandedYear: await post({ reviewedOn: '+002026-01-01' }),
      // Each value is a row written in one statement, past SQL's cap on a statement's parameters.
      twentyThousandDoses: await post({ doses: Array.from({ length: 20_000 }, (_, index) => index) }),
    }
    const leapDay = await post({ reviewedOn: '2028-02-29' })
    expect({
      refused: Object.fromEntries(Object.entries(answers).map(([what, answer]) => [what, [answer.status, answer.code]])),
      stored: (await site.payload.count({ collection: NOTES })).totalDocs - before,
      leapDay: leapDay.status,
    }).toEqual({
      refused: {
        february30: [400, 'INVALID_INPUT'],
        april31: [400, 'INVALID_INPUT'],
        yearZero: [400, 'INVALID_INPUT'],
        farFuture: [400, 'INVALID_INPUT'],
        createdAt: [400, 'INVALID_INPUT'],
        yearOnly: [400, 'INVALID_INPUT'],
        expandedYear: [400, 'INVALID_INPUT'],
        twentyThousandDoses: [400, 'INVALID_INPUT'],
      },
      stored: 1,
      leapDay: 201,
    })
  })
})
