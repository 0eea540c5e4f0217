import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { Users } from '../../collections/Users.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * A join field's `where` (on the users collection, which the plugin guards, into the reviewed notes)
 * and paths through a relation (`author.createdAt`) reached the database with none of the where
 * check's operator rules: a 500 on PostgreSQL.
 */
// The MongoDB emulator cannot run the aggregation Payload builds for a join field ($slice on a list).
const describeOffEmulator = testDatabaseKind() === 'mongodb' ? describe.skip : describe

describeOffEmulator('join where and relation-path mistakes', () => {
  let site: NoteSite
  let token: string
  beforeAll(async () => {
    site = await startNoteSite({
      users: { ...Users, fields: [...Users.fields, { name: 'notesBy', type: 'join', collection: NOTES, on: 'author' } as never] },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'kind', type: 'select', options: ['a', 'b'] },
        { name: 'dose', type: 'number' },
        { name: 'author', type: 'relationship', relationTo: 'users' as never },
      ],
    })
    await site.payload.create({ collection: NOTES, data: { title: 'x', kind: 'a', dose: 1, author: site.writer.id } as never, draft: true })
    token = (await site.payload.login({ collection: 'users', data: { email: 'writer@example.test', password: TEST_PASSWORD } })).token!
  }, 120_000)
  afterAll(() => site.close())

  const QUERIES = [
    'users?joins[notesBy][where][kind][like]=a',
    'users?joins[notesBy][where][kind][equals]=zz',
    'users?joins[notesBy][where][dose][contains]=1',
    'users?joins[notesBy][where][createdAt][greater_than]=0000-01-01',
    'users?joins[notesBy][sort]=nothing.here',
    `${NOTES}?where[author.createdAt][greater_than]=0000-01-01`,
    `${NOTES}?where[author.roles][like]=adm`,
  ]

  it('answers each, or refuses it with a 400 and a code, never a 500', async () => {
    const failures: string[] = []
    for (const query of QUERIES) {
      // As a writer (signed out, Payload refuses the paths into users itself).
      const headers = { Authorization: `JWT ${token}` }
      const response = await site.rest(new Request(`http://localhost/api/${query}`, { headers }))
      const body = (await response.json()) as { errors?: { data?: { code?: string } }[] }
      if (response.status >= 500 || (response.status >= 400 && !body.errors?.[0]?.data?.code)) failures.push(`${response.status} ${query}`)
    }
    expect(failures).toEqual([])
  }, 120_000)
})
