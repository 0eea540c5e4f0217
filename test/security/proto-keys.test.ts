import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * A JSON value with a `__proto__` key is valid JSON (JSON.parse makes it an own key), and the gate
 * fingerprinted it, but on MongoDB the key was dropped on the way to the database: the writer got
 * a 201 and part of the dosing was gone, unseen. Such a key is refused on every database.
 */
describe('a json value with a __proto__ key', () => {
  let site: NoteSite
  let token: string
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'dosing', type: 'json' }] })
    token = (await site.payload.login({ collection: 'users' as CollectionSlug, data: { email: 'writer@example.test', password: TEST_PASSWORD } })).token!
  }, 120_000)
  afterAll(() => site.close())

  it('is refused with a 400 and a code, and nothing is stored', async () => {
    const response = await site.rest(
      new Request(`http://localhost/api/${NOTES}?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: '{"title":"Dosing","dosing":{"__proto__":{"adults":"10 mg"},"children":"5 mg"}}',
      }),
    )
    const answer = (await response.json()) as { errors?: { data?: { code?: string } }[] }
    expect({ status: response.status, code: answer.errors?.[0]?.data?.code, stored: (await site.payload.count({ collection: NOTES })).totalDocs }).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      stored: 0,
    })
  })
})
