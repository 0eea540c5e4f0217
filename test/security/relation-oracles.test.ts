import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../app/payload-types.js'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { mongoServerKind } from '../helpers/mongo.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
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
const TOPICS = 'topics' as CollectionSlug
const LINKS = 'links' as CollectionSlug
const SHELVES = 'shelves' as CollectionSlug
const SPOTS = 'spots' as CollectionSlug

const pages: CollectionConfig = {
  slug: PAGES,
  access: { read: () => true },
  // A page's history, readable by any signed-in account (Payload's default readVersions).
  versions: { maxPerDoc: 10 },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'featured', type: 'relationship', relationTo: NOTES, hasMany: true },
    { name: 'hero', type: 'relationship', relationTo: NOTES },
    { name: 'sections', type: 'array', fields: [{ name: 'notes', type: 'relationship', relationTo: NOTES, hasMany: true }] },
    { name: 'heroBody', type: 'text', virtual: 'hero.body' },
  ],
}
// Two steps away: a menu relates to pages, which relate to notes.
const menus: CollectionConfig = {
  slug: MENUS,
  access: { read: () => true },
  fields: [
    { name: 'page', type: 'relationship', relationTo: PAGES },
    { name: 'pages', type: 'relationship', relationTo: PAGES, hasMany: true },
    { name: 'parentMenu', type: 'relationship', relationTo: MENUS },
  ],
}
const members: CollectionConfig = { slug: MEMBERS, auth: true, fields: [] }
// A join: a topic lists the links that name it, and each link relates to notes.
const topics: CollectionConfig = { slug: TOPICS, access: { read: () => true }, fields: [{ name: 'links', type: 'join', collection: LINKS, on: 'topic' }] }
const links: CollectionConfig = {
  slug: LINKS,
  access: { read: () => true },
  fields: [
    { name: 'topic', type: 'relationship', relationTo: TOPICS },
    { name: 'notes', type: 'relationship', relationTo: NOTES, hasMany: true },
  ],
}
// A relation to notes or pages, asked about by id in Payload's { relationTo, value } form.
const spots: CollectionConfig = { slug: SPOTS, access: { read: () => true }, fields: [{ name: 'item', type: 'relationship', relationTo: [NOTES, PAGES] }] }
// The MongoDB-protocol emulator cannot run Payload's join pipeline; a real mongod, SQLite and PostgreSQL can.
const joinsRun = !(testDatabaseKind() === 'mongodb' && mongoServerKind() === 'congodb')

/** A plugin listed after the review plugin that adds a collection of its own. */
const readingList = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), { slug: SHELVES, access: { read: () => true }, fields: [{ name: 'notes', type: 'relationship', relationTo: NOTES, hasMany: true }] }],
})

describe('queries from other collections into reviewed notes', () => {
  let site: NoteSite
  let member: User
  let topicId: number | string
  let signedId: number | string
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }],
      collections: [pages, menus, members, ...(joinsRun ? [topics, links] : []), spots],
      plugins: [readingList],
    })
    const { payload, writer, reviewer } = site
    member = { ...(await payload.create({ collection: MEMBERS, data: { email: 'member@example.test', password: TEST_PASSWORD } as never })), collection: MEMBERS } as unknown as User
    const draft = await payload.create({ collection: NOTES, data: { title: 'Draft', body: `This supplement cures MS, says ${SECRET}.` } as never, draft: true, ...site.as(writer) })
    const signed = await payload.create({ collection: NOTES, data: { title: 'Signed', body: 'Rest may ease fatigue.' } as never, draft: true, ...site.as(writer) })
    await reviewAndPublish(payload, NOTES, signed.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    const home = await payload.create({ collection: PAGES, data: { title: 'Home', featured: [draft.id, signed.id], hero: draft.id, sections: [{ notes: [draft.id] }] } as never })
    await payload.create({ collection: PAGES, data: { title: 'About', featured: [signed.id], hero: signed.id } as never })
    await payload.create({ collection: MENUS, data: { page: home.id, pages: [home.id] } as never })
    if (joinsRun) {
      topicId = (await payload.create({ collection: TOPICS, data: {} as never })).id
      await payload.create({ collection: LINKS, data: { topic: topicId, notes: [draft.id] } as never })
    }
    await payload.create({ collection: SHELVES, data: { notes: [draft.id] } as never })
    await payload.create({ collection: SPOTS, data: { item: { relationTo: NOTES, value: signed.id } } as never })
    signedId = signed.id
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

  it('refuses the same query however Payload lets it be spelt: OR and AND in capitals, __ for dots, in a join, on versions, on a later plugin’s collection', async () => {
    const contains = { contains: { body: { like: SECRET } } }
    const codes = [
      await refusalCode(() => site.payload.count({ collection: PAGES, where: { OR: [{ featured: contains }] } as never, ...anonymous })),
      await refusalCode(() => site.payload.count({ collection: PAGES, where: { AND: [{ featured: contains }] } as never, ...anonymous })),
      await refusalCode(() => site.payload.count({ collection: PAGES, where: { sections__notes: contains } as never, ...anonymous })),
      ...(joinsRun ? [await refusalCode(() => site.payload.findByID({ collection: TOPICS, id: topicId, joins: { links: { where: { notes: contains } } } as never, ...anonymous }))] : []),
      await refusalCode(() => site.payload.findVersions({ collection: PAGES, where: { 'version.featured': contains } as never, ...site.as(member) })),
      await refusalCode(() => site.payload.count({ collection: SHELVES, where: { notes: contains } as never, ...anonymous })),
      // Nested twice: pages are not reviewed, their featured notes are.
      await refusalCode(() => site.payload.count({ collection: MENUS, where: { pages: { contains: { featured: contains } } } as never, ...anonymous })),
    ]
    const sorts = [
      await refusalCode(() => site.payload.find({ collection: PAGES, sort: 'hero__body', ...anonymous })),
      await refusalCode(() => site.payload.findVersions({ collection: PAGES, sort: '-version.hero.body', ...site.as(member) })),
    ]
    expect({ codes, sorts }).toEqual({ codes: Array(joinsRun ? 7 : 6).fill('INVALID_WHERE'), sorts: ['INVALID_SORT', 'INVALID_SORT'] })
  })

  it('refuses what is deeper than any real query or path, and a sort of versions through their parent', async () => {
    let deep: Record<string, unknown> = { featured: { contains: { body: { like: SECRET } } } }
    for (let level = 0; level < 22; level += 1) deep = { and: [deep] }
    const where = await refusalCode(() => site.payload.count({ collection: PAGES, where: deep as never, ...anonymous }))
    const cycle = await refusalCode(() => site.payload.find({ collection: MENUS, sort: `${'parentMenu.'.repeat(21)}page.hero.body`, ...anonymous }))
    const parent = await refusalCode(() => site.payload.findVersions({ collection: PAGES, sort: 'parent.hero.body', ...site.as(member) }))
    expect({ where, cycle, parent }).toEqual({ where: 'INVALID_WHERE', cycle: 'INVALID_SORT', parent: 'INVALID_SORT' })
  })

  it('answers a reader who asks about a relation by id in the { relationTo, value } form', async () => {
    const spotted = await site.payload.count({ collection: SPOTS, where: { item: { equals: { relationTo: NOTES, value: signedId } } } as never, ...anonymous })
    expect(spotted.totalDocs).toBe(1)
  })

  it('refuses a reader’s sort through a relationship into notes, a virtual path included', async () => {
    const sorts = ['hero.body', '-hero.body', 'hero._status', 'heroBody', 'title,-sections.notes.body']
    const codes = await Promise.all(sorts.map((sort) => refusalCode(() => site.payload.find({ collection: PAGES, sort, ...anonymous }))))
    const menu = await refusalCode(() => site.payload.find({ collection: MENUS, sort: 'page.hero.body', ...anonymous }))
    expect({ codes, menu }).toEqual({ codes: Array(5).fill('INVALID_SORT'), menu: 'INVALID_SORT' })
  })

  it('refuses a reader’s sort by the review state, which Payload sorts by whatever its read access says, and lets staff sort by it', async () => {
    const sorts = ['medicalReview.status', '-medicalReview.nextReviewDue', 'version.medicalReview.status']
    const codes = await Promise.all(sorts.map((sort) => refusalCode(() => site.payload.find({ collection: NOTES, sort, ...anonymous }))))
    const staff = await refusalCode(() => site.payload.find({ collection: NOTES, sort: 'medicalReview.status', ...site.as(site.writer) }))
    expect({ codes, staff }).toEqual({ codes: Array(3).fill('INVALID_SORT'), staff: undefined })
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
  let draftId: number | string
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'textarea' },
        { name: 'related', type: 'relationship', relationTo: NOTES },
        { name: 'mention', type: 'relationship', relationTo: [NOTES, MEMBERS] },
      ],
      collections: [members],
    })
    const { payload, writer, reviewer } = site
    const draft = await payload.create({ collection: NOTES, data: { title: 'Draft', body: `Cures MS, says ${SECRET}.` } as never, draft: true, ...site.as(writer) })
    const signed = await payload.create({
      collection: NOTES,
      data: { title: 'See also', body: 'Rest may help.', related: draft.id, mention: { relationTo: NOTES, value: draft.id } } as never,
      draft: true,
      ...site.as(writer),
    })
    draftId = draft.id
    await reviewAndPublish(payload, NOTES, signed.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a reader’s sort by a related note’s text, and serves the published note otherwise', async () => {
    const code = await refusalCode(() => site.payload.find({ collection: NOTES, sort: 'related.body', overrideAccess: false }))
    const titles = (await site.payload.find({ collection: NOTES, sort: 'title', overrideAccess: false })).docs.map((note) => (note as { title?: string }).title)
    expect({ code, titles }).toEqual({ code: 'INVALID_SORT', titles: ['See also'] })
  })

  it('reads OR and AND in capitals, as GraphQL sends them', async () => {
    const where = { OR: [{ title: { equals: 'See also' } }, { title: { equals: 'Draft' } }] }
    const staff = await site.payload.count({ collection: NOTES, where: where as never, ...site.as(site.writer) })
    const reader = await site.payload.count({ collection: NOTES, where: where as never, overrideAccess: false })
    expect({ staff: staff.totalDocs, reader: reader.totalDocs }).toEqual({ staff: 2, reader: 1 })
  })

  it('answers a relation to several collections compared with a { relationTo, value } pair, to staff and readers', async () => {
    // A fresh pair each time: the MongoDB adapter turns the id in a query into an ObjectId in place.
    const pair = () => ({ relationTo: NOTES, value: draftId })
    const equals = await site.payload.count({ collection: NOTES, where: { mention: { equals: pair() } } as never, ...site.as(site.writer) })
    const listed = await site.payload.count({ collection: NOTES, where: { mention: { equals: pair() } } as never, overrideAccess: false })
    const forged = await refusalCode(() => site.payload.count({ collection: NOTES, where: { mention: { equals: { relationTo: NOTES, value: draftId, extra: 1 } } } as never, overrideAccess: false }))
    expect({ equals: equals.totalDocs, listed: listed.totalDocs, forged }).toEqual({ equals: 1, listed: 1, forged: 'INVALID_WHERE' })
  })
})

describe('a localized group relating to notes', () => {
  let site: NoteSite
  const GUIDES = 'guides' as CollectionSlug
  beforeAll(async () => {
    const guides: CollectionConfig = {
      slug: GUIDES,
      access: { read: () => true },
      fields: [
        { name: 'label', type: 'text' },
        { name: 'seo', type: 'group', localized: true, fields: [{ name: 'hero', type: 'relationship', relationTo: NOTES }] },
        { name: 'items', type: 'array', localized: true, fields: [{ name: 'rel', type: 'relationship', relationTo: NOTES }] },
      ],
    }
    site = await startNoteSite({
      fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }, { name: 'lede', type: 'text' }],
      localization: { locales: ['en', 'es'], defaultLocale: 'en' },
      collections: [guides],
    })
    const draft = await site.payload.create({ collection: NOTES, data: { title: 'Draft', body: `Cures MS, says ${SECRET}.` } as never, draft: true, ...site.as(site.writer) })
    await site.payload.create({ collection: GUIDES, data: { label: 'Guide', seo: { hero: draft.id }, items: [{ rel: draft.id }] } as never })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a reader’s sort through it with a locale code in the path, as Payload reads such a path', async () => {
    const sorts = ['seo.en.hero.body', '-items.es.rel.body', 'seo.hero.body']
    const codes = await Promise.all(sorts.map((sort) => refusalCode(() => site.payload.find({ collection: GUIDES, sort, overrideAccess: false }))))
    expect(codes).toEqual(['INVALID_SORT', 'INVALID_SORT', 'INVALID_SORT'])
  })
})
