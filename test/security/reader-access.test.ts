import type { CollectionConfig, CollectionSlug, Payload, Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../app/payload-types.js'

import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * A site's read rules are its own, and many leave drafts open: `read: () => true`, or Payload's
 * default, any signed-in account (a subscriber too), and no `readVersions` at all. Drafts and old
 * versions are content no reviewer signed, so readers get published documents only, whatever the
 * site's rules say, on every read door.
 */
const UNSIGNED = 'This supplement cures MS.'
const WITHDRAWN = 'Withdrawn advice: double the dose.'

// The site's readers sign in to an auth collection of their own (a patient community, say).
const MEMBERS = 'members' as CollectionSlug
const members: CollectionConfig = { slug: MEMBERS, auth: true, fields: [] }
const member = async (payload: Payload): Promise<User> => ({
  ...((await payload.create({ collection: MEMBERS, data: { email: 'member@example.test', password: TEST_PASSWORD } as never })) as unknown as User),
  collection: MEMBERS,
} as User)

/**
 * Every read door a reader has, as that reader (`undefined`: anonymous): the text of all their
 * answers, and whether the versions were refused.
 */
const everythingReadable = async (site: NoteSite, id: number | string, reader?: User) => {
  const as = reader ? site.as(reader) : { overrideAccess: false as const }
  const answers = await Promise.all([
    site.payload.find({ collection: NOTES, ...as, depth: 0 }),
    site.payload.find({ collection: NOTES, ...as, depth: 0, draft: true }),
    site.payload.findByID({ collection: NOTES, id, ...as, depth: 0, draft: true, disableErrors: true }),
    site.payload.findDistinct({ collection: NOTES, field: 'body', ...as }),
  ])
  const versions = await site.payload.findVersions({ collection: NOTES, ...as, depth: 0 }).then(
    (found) => found,
    (error: Error) => ({ refused: error.message }),
  )
  return { text: JSON.stringify([answers, versions]), versionsRefused: 'refused' in versions }
}

// A collection nobody reviews that shows notes inside its own documents.
const PAGES = 'pages' as CollectionSlug
const pages: CollectionConfig = {
  slug: PAGES,
  access: { read: () => true },
  fields: [{ name: 'featured', type: 'relationship', relationTo: NOTES, hasMany: true }],
}

describe('a site that lets anyone read its notes, and sets no readVersions', () => {
  let site: NoteSite
  let memberAccount: User
  let live: number | string
  let neverPublished: number | string
  let trashed: number | string
  beforeAll(async () => {
    site = await startNoteSite({
      // `internal`: a field the site lets no one read, staff included.
      fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }, { name: 'internal', type: 'text', access: { read: () => false } }],
      access: { read: () => true },
      collections: [members, pages],
      trash: true,
    })
    const { payload, writer, reviewer, as } = site
    memberAccount = await member(payload)
    const note = await payload.create({ collection: NOTES, data: { title: 'Pacing', body: 'Pacing can help with fatigue.' } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, note.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    await payload.update({ collection: NOTES, id: note.id, data: { body: UNSIGNED } as never, draft: true, ...as(writer) })
    live = note.id
    const draft = await payload.create({ collection: NOTES, data: { title: 'Draft', body: UNSIGNED, internal: 'secret' } as never, draft: true, ...as(writer) })
    neverPublished = draft.id
    await payload.create({ collection: PAGES, data: { featured: [live, neverPublished] } as never, overrideAccess: true })
    const withdrawn = await payload.create({ collection: NOTES, data: { title: 'Withdrawn', body: WITHDRAWN } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, withdrawn.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    // An admin deletes it; with the trash on, Payload keeps it, still published, until the trash is emptied.
    await payload.update({ collection: NOTES, id: withdrawn.id, data: { deletedAt: new Date().toISOString() } as never, overrideAccess: true })
    trashed = withdrawn.id
  }, 120_000)
  afterAll(() => site.close())

  it('gives an anonymous reader the published text only, through every read door', async () => {
    const { text, versionsRefused } = await everythingReadable(site, live)
    expect(text).toContain('Pacing can help with fatigue.')
    expect(text).not.toContain(UNSIGNED)
    expect(versionsRefused).toBe(true)
    expect(await site.payload.count({ collection: NOTES, overrideAccess: false })).toEqual({ totalDocs: 1 })
  })

  it('populates only published notes into documents of other collections', async () => {
    const published = JSON.stringify(await site.payload.find({ collection: PAGES, overrideAccess: false, depth: 1 }))
    expect(published).toContain('Pacing can help with fatigue.')
    expect(published).not.toContain(UNSIGNED)
    // Asking for drafts populates the newest version only where that version is published: here none is.
    const drafts = await site.payload.find({ collection: PAGES, overrideAccess: false, depth: 1, draft: true })
    expect(drafts.docs[0]).toMatchObject({ featured: [live, neverPublished] })
  })

  it('gives a signed-in account that takes no part in review the same, and no versions', async () => {
    const { text, versionsRefused } = await everythingReadable(site, live, memberAccount)
    expect(text).toContain('Pacing can help with fatigue.')
    expect(text).not.toContain(UNSIGNED)
    expect(versionsRefused).toBe(true)
    expect(await site.payload.findByID({ collection: NOTES, id: neverPublished, ...site.as(memberAccount), disableErrors: true })).toBeNull()
  })

  it('answers no write of an account that takes no part in review: a write answers with the latest draft', async () => {
    const as = site.as(memberAccount)
    const attempts = [
      () => site.payload.update({ collection: NOTES, id: live, data: {}, draft: true, autosave: true, ...as, depth: 0 }),
      () => site.payload.update({ collection: NOTES, where: { id: { exists: true } }, data: {}, draft: true, ...as, depth: 0 }),
      () => site.payload.create({ collection: NOTES, data: { title: 'Mine', body: 'Rest helps.' } as never, draft: true, ...as }),
      () => site.payload.duplicate({ collection: NOTES, id: neverPublished, ...as }),
      () => site.payload.delete({ collection: NOTES, id: live, ...as }),
    ]
    const answers = await Promise.all(attempts.map((attempt) => attempt().then((answer) => JSON.stringify(answer), (error: Error) => error.name)))
    const versions = await site.payload.findVersions({ collection: NOTES, where: { parent: { equals: neverPublished } }, overrideAccess: true })
    const restored = await site.payload
      .restoreVersion({ collection: NOTES, id: versions.docs[0]!.id, draft: true, ...as, depth: 0 })
      .then((answer) => JSON.stringify(answer), (error: Error) => error.name)
    expect([...answers, restored]).toEqual(Array(6).fill('Forbidden'))
    // Nothing was written either.
    expect(await site.payload.count({ collection: NOTES, overrideAccess: true })).toEqual({ totalDocs: 2 })
    expect(await site.payload.findByID({ collection: NOTES, id: live, draft: true, overrideAccess: true })).toMatchObject({ body: UNSIGNED })
  })

  it('does not let a field the writer may not read choose what a bulk update writes (its value would show)', async () => {
    const as = site.as(site.writer)
    const bulk = (query: { where: Where; sort?: string }) =>
      site.payload.update({ collection: NOTES, ...query, data: {}, draft: true, ...as, depth: 0 }).then(
        (answer) => answer.docs.map((doc) => doc.id),
        (error: Error) => error.name,
      )
    expect(await bulk({ where: { internal: { equals: 'secret' } } })).toBe('QueryError')
    expect(await bulk({ where: { id: { exists: true } }, sort: '-internal' })).toBe('QueryError')
    // Fields the writer may read still choose.
    expect(await bulk({ where: { title: { equals: 'Draft' } } })).toEqual([neverPublished])
  })

  it('hides notes moved to the trash from readers, on the trash door too', async () => {
    for (const reader of [undefined, memberAccount]) {
      const as = reader ? site.as(reader) : { overrideAccess: false as const }
      const answers = await Promise.all([
        site.payload.find({ collection: NOTES, trash: true, ...as, depth: 0 }),
        site.payload.find({ collection: NOTES, trash: true, where: { deletedAt: { exists: true } }, ...as, depth: 0 }),
        site.payload.findByID({ collection: NOTES, id: trashed, trash: true, ...as, depth: 0, disableErrors: true }),
      ])
      expect(JSON.stringify(answers)).not.toContain(WITHDRAWN)
      expect(JSON.stringify(answers)).toContain('Pacing can help with fatigue.')
    }
    expect(await site.payload.findByID({ collection: NOTES, id: trashed, trash: true, ...site.as(site.writer) })).toMatchObject({ body: WITHDRAWN })
  })

  it('still lets staff read drafts and versions', async () => {
    const { text, versionsRefused } = await everythingReadable(site, live, site.writer)
    expect(text).toContain(UNSIGNED)
    expect(versionsRefused).toBe(false)
    const versions = await site.payload.findVersions({ collection: NOTES, ...site.as(site.reviewer), where: { parent: { equals: neverPublished } } })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })
})

describe('a site with read rules of its own', () => {
  let site: NoteSite
  let memberAccount: User
  beforeAll(async () => {
    site = await startNoteSite({
      // A field more than the site above: Payload's SQL adapters skip pushing a schema they pushed last.
      fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }, { name: 'source', type: 'text' }],
      // Signed-in accounts only, and members never get the notes titled "Staff only".
      access: {
        read: ({ req }) => (!req.user ? false : req.user.collection === MEMBERS ? { title: { not_equals: 'Staff only' } } : true),
      },
      collections: [members],
    })
    const { payload, writer, reviewer, as } = site
    memberAccount = await member(payload)
    for (const title of ['Open', 'Staff only']) {
      const note = await payload.create({ collection: NOTES, data: { title, body: 'Rest helps.' } as never, draft: true, ...as(writer) })
      await reviewAndPublish(payload, NOTES, note.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    }
    await payload.create({ collection: NOTES, data: { title: 'Draft', body: UNSIGNED } as never, draft: true, ...as(writer) })
  }, 120_000)
  afterAll(() => site.close())

  it('keeps them: no anonymous reads, and the site’s own filter on top of published-only', async () => {
    await expect(site.payload.find({ collection: NOTES, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    const seen = await site.payload.find({ collection: NOTES, ...site.as(memberAccount) })
    expect(seen.docs.map((doc) => (doc as { title?: string }).title)).toEqual(['Open'])
    const staff = await site.payload.find({ collection: NOTES, ...site.as(site.writer) })
    expect(staff.docs.map((doc) => (doc as { title?: string }).title).sort()).toEqual(['Draft', 'Open', 'Staff only'])
  })
})
