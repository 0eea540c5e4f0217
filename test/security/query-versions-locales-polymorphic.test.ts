import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * The operator/value mistakes the where check refuses on a note's own fields, asked on paths it
 * did not see, were a 500 on PostgreSQL: the versions endpoint (`version.<field>`), a
 * locale-suffixed path (`region.en`), and a polymorphic relation's `value`. Each is answered or
 * refused with a 400 and a code.
 */
describe('operator mistakes on paths the where check does not see', () => {
  let site: NoteSite
  let token: string
  beforeAll(async () => {
    site = await startNoteSite({
      localization: { locales: ['en', 'fr'], defaultLocale: 'en' },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'kind', type: 'select', options: ['a', 'b'] },
        { name: 'region', type: 'select', options: ['uk', 'fr'], localized: true },
        { name: 'dose', type: 'number' },
        { name: 'checkedOn', type: 'date' },
        { name: 'ref', type: 'relationship', relationTo: ['users'] as never },
      ],
    })
    await site.payload.create({ collection: NOTES, data: { title: 'x', kind: 'a', region: 'uk', dose: 1 } as never, draft: true })
    token = (await site.payload.login({ collection: 'users', data: { email: 'writer@example.test', password: TEST_PASSWORD } })).token!
  }, 120_000)
  afterAll(() => site.close())

  const QUERIES = [
    // Refused with 400 on the collection itself (the same field, the same operator):
    `${NOTES}?where[kind][like]=a`,
    // The same mistakes through the versions endpoint:
    `${NOTES}/versions?where[version.kind][like]=a`,
    `${NOTES}/versions?where[version.kind][equals]=zz`,
    `${NOTES}/versions?where[version.dose][equals]=abc`,
    `${NOTES}/versions?where[version.dose][contains]=1`,
    `${NOTES}/versions?where[version.checkedOn][greater_than]=0000-01-01`,
    `${NOTES}/versions?where[version.checkedOn][like]=2026`,
    `${NOTES}/versions?where[version.kind][all]=a`,
    // A localized choice with its locale named:
    `${NOTES}?where[region.en][like]=u`,
    `${NOTES}?where[region.en][equals]=zz`,
    // A polymorphic relation's id:
    `${NOTES}?where[ref.value][contains]=1`,
    `${NOTES}?where[ref.value][equals]=abc`,
  ]

  it('answers each, or refuses it with a 400 and a code, never a 500', async () => {
    const failures: string[] = []
    for (const query of QUERIES) {
      // The versions endpoint as a writer; the collection's own queries signed out, as any reader.
      const headers: Record<string, string> = query.includes('/versions') ? { Authorization: `JWT ${token}` } : {}
      const response = await site.rest(new Request(`http://localhost/api/${query}`, { headers }))
      const body = (await response.json()) as { errors?: { data?: { code?: string } }[] }
      if (response.status >= 500 || (response.status >= 400 && !body.errors?.[0]?.data?.code)) failures.push(`${response.status} ${query}`)
    }
    expect(failures).toEqual([])
  }, 120_000)
})
