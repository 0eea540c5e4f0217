import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { NOTES, type NoteSite, refusalOf, startNoteSite } from './noteSite.js'

/**
 * Site code on the Local API compares dates with Date objects (`{ createdAt: { greater_than: new Date(...) } }`).
 * Every database answers (payload.db.find runs no hooks); the where check took the Date for "an
 * object where a value belongs" and refused it with 400 INVALID_WHERE.
 */
describe('a date compared with a Date object', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'checkedOn', type: 'date' }] })
    await site.payload.create({ collection: NOTES, data: { title: 'x', checkedOn: '2026-01-01T00:00:00.000Z' } as never, draft: true })
  }, 120_000)
  afterAll(() => site.close())

  const cases: Record<string, Record<string, unknown>> = {
    createdAt: { createdAt: { greater_than: new Date('2020-01-01T00:00:00.000Z') } },
    checkedOn: { checkedOn: { less_than_equal: new Date('2026-06-01T00:00:00.000Z') } },
  }

  it('the database answers it', async () => {
    const answered: Record<string, number> = {}
    for (const [name, where] of Object.entries(cases)) answered[name] = (await site.payload.db.find({ collection: NOTES, where: where as never, req: {} as never })).docs.length
    expect(answered).toEqual({ createdAt: 1, checkedOn: 1 })
  })

  it('the plugin lets it through', async () => {
    const refused: Record<string, unknown> = {}
    for (const [name, where] of Object.entries(cases)) refused[name] = (await refusalOf(() => site.payload.find({ collection: NOTES, where: where as never, draft: true })))?.code
    expect(refused).toEqual({ createdAt: undefined, checkedOn: undefined })
  })
})
