import type { CollectionConfig, CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../app/payload-types.js'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * A site lists reviewed notes from collections of its own that are not under review (pages, open
 * to everyone). Payload answers a query nested in a relationship, and a sort through one, without
 * the notes' read rules: asked by a reader, each would tell the text of a note nobody signed.
 */
const SECRET = 'zolgensmaquux'
const PAGES = 'pages' as CollectionSlug
const MENUS = 'menus' as CollectionSlug
const MEMBERS = 'members' as CollectionSlug

const pages: CollectionConfig = {
  slug: PAGES,
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'featured', type: 'relationship', relationTo: NOTES, hasMany: true },
    { name: 'hero', type: 'relationship', relationTo: NOTES },
    { name: 'sections', type: 'array', fields: [{ name: 'notes', type: 'relationship', relationTo: NOTES, hasMany: true }] },
    { name: 'heroBody', type: 'text', virtual: 'hero.body' },
  ],
}
// Two steps away: a menu relates to pages, which relate to notes.
const menus: CollectionConfig = { slug: MENUS, access: { read: () => true }, fields: [{ name: 'page', type: 'relationship', relationTo: PAGES }] }
const members: CollectionConfig = { slug: MEMBERS, auth: true, fields: [] }

describe('queries from other collections into reviewed notes', () => {
  let site: NoteSite
  let member: User
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }], collections: [pages, menus, members] })
    const { payload, writer, reviewer } = site
    member = { ...(await payload.create({ collection: MEMBERS, data: { email: 'member@example.test', password: TEST_PASSWORD } as never })), collection: MEMBERS } as unknown as User
    const draft = await payload.create({ collection: NOTES, data: { title: 'Draft', body: `This supplement cures MS, says ${SECRET}.` } as never, draft: true, ...site.as(writer) })
    const signed = await payload.create({ collection: NOTES, data: { title: 'Signed', body: 'Rest may ease fatigue.' } as never, draft: true, ...site.as(writer) })
    await reviewAndPublish(payload, NOTES, signed.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    const home = await payload.create({ collection: PAGES, data: { title: 'Home', featured: [draft.id, signed.id], hero: draft.id, sections: [{ notes: [draft.id] }] } as never })
    await payload.create({ collection: PAGES, data: { title: 'About', featured: [signed.id], hero: signed.id } as never })
    await payload.create({ collection: MENUS, data: { page: home.id } as never })
  }, 120_000)
  afterAll(() => site.close())

  const anonymous = { overrideAccess: false as const }

  it('refuses a reader’s query nested in a relationship to notes, on find and count, anonymous or a member', async () => {
    const nested = { featured: { contains: { body: { like: SECRET } } } }
    const codes = [
      await refusalCode(() => site.payload.find({ collection: PAGES, where: nested as never, ...anonymous })),
      await refusalCode(() => site.payload.count({ collection: PAGES, where: nested as never, ...anonymous })),
      await refusalCode(() => site.payload.count({ collection: PAGES, where: { 'sections.notes': { contains: { body: { like: SECRET } } } } as never, ...site.as(member) })),
      await refusalCode(() => site.payload.count({ collection: PAGES, where: { or: [{ featured: { contains: { _status: { equals: 'draft' } } } }] } as never, ...anonymous })),
      await refusalCode(() => site.payload.count({ collection: MENUS, where: { 'page.featured': { contains: { body: { like: SECRET } } } } as never, ...anonymous })),
    ]
    expect(codes).toEqual(Array(5).fill('INVALID_WHERE'))
  })

  it('refuses a reader’s sort through a relationship into notes, a virtual path included', async () => {
    const sorts = ['hero.body', '-hero.body', 'hero._status', 'heroBody', 'title,-sections.notes.body']
    const codes = await Promise.all(sorts.map((sort) => refusalCode(() => site.payload.find({ collection: PAGES, sort, ...anonymous }))))
    const menu = await refusalCode(() => site.payload.find({ collection: MENUS, sort: 'page.hero.body', ...anonymous }))
    expect({ codes, menu }).toEqual({ codes: Array(5).fill('INVALID_SORT'), menu: 'INVALID_SORT' })
  })

  it('keeps the path form (limited to published notes), own-field sorts and staff queries working', async () => {
    const byPath = async (word: string) =>
      (await site.payload.find({ collection: PAGES, where: { 'featured.body': { like: word } } as never, sort: '-title', ...anonymous })).docs.map((page) => (page as { title?: string }).title)
    const staff = await site.payload.count({ collection: PAGES, where: { featured: { contains: { body: { like: SECRET } } } } as never, ...site.as(site.writer) })
    expect({ secret: await byPath(SECRET), signed: await byPath('fatigue'), staff: staff.totalDocs }).toEqual({ secret: [], signed: ['Home', 'About'], staff: 1 })
  })
})

describe('a reviewed collection relating to itself', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }, { name: 'related', type: 'relationship', relationTo: NOTES }] })
    const { payload, writer, reviewer } = site
    const draft = await payload.create({ collection: NOTES, data: { title: 'Draft', body: `Cures MS, says ${SECRET}.` } as never, draft: true, ...site.as(writer) })
    const signed = await payload.create({ collection: NOTES, data: { title: 'See also', body: 'Rest may help.', related: draft.id } as never, draft: true, ...site.as(writer) })
    await reviewAndPublish(payload, NOTES, signed.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a reader’s sort by a related note’s text, and serves the published note otherwise', async () => {
    const code = await refusalCode(() => site.payload.find({ collection: NOTES, sort: 'related.body', overrideAccess: false }))
    const titles = (await site.payload.find({ collection: NOTES, sort: 'title', overrideAccess: false })).docs.map((note) => (note as { title?: string }).title)
    expect({ code, titles }).toEqual({ code: 'INVALID_SORT', titles: ['See also'] })
  })
})
