import type { CollectionConfig, CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { TEST_PASSWORD } from '../helpers/accounts.js'
import { type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * Payload checks a field's own read rule for a `where` or a sort without the document. An account's
 * `sessions` is readable when `user?.id === doc?.id`, which passes for anyone signed out: on a site
 * whose authors have public profiles and sign in, a reader filtered pages, and the profiles
 * themselves, by who is signed in, and sorted them by when each session expires, in the path form
 * and nested under `contains`. Readers may not query or sort by such a field.
 */
const AUTHORS = 'authors' as CollectionSlug
const PAGES = 'pages' as CollectionSlug
const authors: CollectionConfig = { slug: AUTHORS, auth: true, access: { read: () => true }, fields: [{ name: 'name', type: 'text' }] }
const pages: CollectionConfig = {
  slug: PAGES,
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'authors', type: 'relationship', relationTo: AUTHORS, hasMany: true },
  ],
}

let site: NoteSite
beforeAll(async () => {
  site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }], collections: [authors, pages] })
  const ada = await site.payload.create({ collection: AUTHORS, data: { email: 'ada@example.test', password: TEST_PASSWORD, name: 'Ada' } as never })
  const bob = await site.payload.create({ collection: AUTHORS, data: { email: 'bob@example.test', password: TEST_PASSWORD, name: 'Bob' } as never })
  await site.payload.login({ collection: AUTHORS, data: { email: 'ada@example.test', password: TEST_PASSWORD } })
  await site.payload.create({ collection: PAGES, data: { title: 'By Ada', authors: [ada.id] } as never })
  await site.payload.create({ collection: PAGES, data: { title: 'By Bob', authors: [bob.id] } as never })
}, 120_000)
afterAll(() => site?.close())

const anonymous = { overrideAccess: false as const }

describe('a reader’s query by a field with read rules of its own', () => {
  it('is refused through a relation, in the path form and nested under contains, on find and count', async () => {
    const codes = [
      await refusalCode(() => site.payload.find({ collection: PAGES, where: { 'authors.sessions.id': { exists: true } } as never, ...anonymous })),
      await refusalCode(() => site.payload.find({ collection: PAGES, where: { authors: { contains: { 'sessions.id': { exists: true } } } } as never, ...anonymous })),
      await refusalCode(() =>
        site.payload.count({ collection: PAGES, where: { OR: [{ authors: { contains: { 'sessions.expiresAt': { greater_than: '2000-01-01T00:00:00.000Z' } } } }] } as never, ...anonymous }),
      ),
    ]
    expect(codes).toEqual(['INVALID_WHERE', 'INVALID_WHERE', 'INVALID_WHERE'])
  })

  it('is refused on the account collection itself, asked about or sorted by', async () => {
    const codes = [
      await refusalCode(() => site.payload.find({ collection: AUTHORS, where: { 'sessions.id': { exists: true } } as never, ...anonymous })),
      await refusalCode(() => site.payload.find({ collection: AUTHORS, sort: '-sessions.expiresAt', ...anonymous })),
    ]
    expect(codes).toEqual(['INVALID_WHERE', 'INVALID_SORT'])
  })

  it('keeps readers’ queries by other fields, and server code, working', async () => {
    const names = (await site.payload.find({ collection: AUTHORS, where: { name: { equals: 'Ada' } }, sort: 'name', ...anonymous })).docs.map((doc) => (doc as { name?: string }).name)
    const byAuthor = await site.payload.count({ collection: PAGES, where: { 'authors.name': { equals: 'Bob' } } as never, ...anonymous })
    const server = await site.payload.count({ collection: AUTHORS, where: { 'sessions.id': { exists: true } } as never })
    expect({ names, byAuthor: byAuthor.totalDocs, server: server.totalDocs }).toEqual({ names: ['Ada'], byAuthor: 1, server: 1 })
  })
})
