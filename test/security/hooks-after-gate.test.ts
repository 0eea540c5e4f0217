import type { CollectionConfig, CollectionSlug, Field, FieldHook, Plugin } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { slugField } from 'payload'

import { reviewActions } from 'payload-medical-review'

import { requestAs } from '../../app/seed/reviewAndPublish.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { NOTES, type NoteSite, refusalCode, refusalOf, startNoteSite } from './noteSite.js'

/**
 * Payload runs field `beforeChange` hooks after every collection `beforeChange` hook, the gate
 * included, and a plugin listed after this one adds collection hooks that run after it too. What
 * they write is what readers get, so a publish whose stored content differs from the signed content
 * is refused, whatever changed it.
 */
const TIPS = 'tips' as CollectionSlug
const publishing = (siblingData: Record<string, unknown>) => siblingData._status === 'published'

// A date stamped on publish when the writer left it empty, as many sites do.
const stampPublishedAt: FieldHook = ({ siblingData, value }) => (publishing(siblingData) && !value ? new Date() : value)
// A placeholder filled on publish from a collection nobody reviews.
const fillTip: FieldHook = async ({ req, siblingData, value }) => {
  if (!publishing(siblingData) || value !== '[tip of the day]') return value
  const { docs } = await req.payload.find({ collection: TIPS, sort: '-createdAt', limit: 1, req, depth: 0 })
  return (docs[0] as { text?: string } | undefined)?.text ?? value
}
/** A plugin the site lists after this one, which adds a field and a hook to the notes. */
const pluginOnNotes =
  (field: Field, hooks: (collection: CollectionConfig) => CollectionConfig['hooks']): Plugin =>
  (config) => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === NOTES ? { ...collection, fields: [...collection.fields, field], hooks: hooks(collection) } : collection,
    ),
  })

// A search description cut from the body on publish.
const descriptionFromBody = pluginOnNotes({ name: 'searchDescription', type: 'text' }, ({ hooks }) => ({
  ...hooks,
  beforeChange: [
    ...(hooks?.beforeChange ?? []),
    ({ data }) =>
      publishing(data) && data.searchDescription === '[from body]' ? { ...data, searchDescription: String(data.body ?? '').slice(0, 32) } : data,
  ],
}))

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'textarea' },
  { name: 'publishedAt', type: 'date', hooks: { beforeChange: [stampPublishedAt] } },
  { name: 'tip', type: 'text', hooks: { beforeChange: [fillTip] } },
  { name: 'steps', type: 'array', fields: [{ name: 'text', type: 'text' }] },
]
const tips = { slug: TIPS, access: { read: () => true, create: () => true }, fields: [{ name: 'text', type: 'text' as const }] }

const draftAs = (site: NoteSite, data: Record<string, unknown>) =>
  site.payload.create({ collection: NOTES, data: data as never, draft: true, ...site.as(site.writer) })

/** The workflow up to the publish, as reviewAndPublish, for a document that may already be back in review. */
const signOffAfterReview = async (site: NoteSite, id: number | string) => {
  const { payload, writer, reviewer } = site
  const review = reviewActions(payload)
  if ((await review.state(await requestAs(payload, writer), NOTES, id)).status !== 'in_review') {
    await review.submit(await requestAs(payload, writer), NOTES, id)
  }
  const { claims } = await review.state(await requestAs(payload, reviewer), NOTES, id)
  for (const claim of claims.filter((each) => each.decision.status === 'pending')) {
    await review.decide(await requestAs(payload, reviewer), NOTES, id, claim.key, { decision: 'approved' })
  }
  const { fingerprint } = await review.state(await requestAs(payload, reviewer), NOTES, id)
  await review.signOff(await requestAs(payload, reviewer), NOTES, id, { password: TEST_PASSWORD, fingerprint })
}

const hasTransactions = async ({ payload }: NoteSite): Promise<boolean> => {
  const id = await payload.db.beginTransaction()
  if (id) await payload.db.rollbackTransaction(id)
  return Boolean(id)
}

/** Signed off, then published by the writer. */
const publishAfterReview = async (site: NoteSite, id: number | string) => {
  await signOffAfterReview(site, id)
  return site.payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, ...site.as(site.writer) })
}

describe('content changed by hooks that run after the gate', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({ fields, collections: [tips], plugins: [descriptionFromBody] })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a publish whose date a field hook stamps, and names the field; readers get nothing', async () => {
    const note = await draftAs(site, { title: 'Pacing', body: 'Pacing can help some people manage fatigue.' })
    const refusal = await refusalOf(() => publishAfterReview(site, note.id))
    expect(refusal).toMatchObject({ code: 'CHANGED_AFTER_REVIEW', fields: ['publishedAt'] })
    expect(await site.readerSees(note.id)).toBeUndefined()
    const [row] = (await site.payload.find({ collection: NOTES, where: { id: { equals: note.id } }, draft: false, overrideAccess: true })).docs
    expect((row as { _status?: string })._status).not.toBe('published')
  })

  it('publishes when the date is set before review', async () => {
    const note = await draftAs(site, { title: 'Sleep', body: 'Sleep matters.', publishedAt: '2026-01-05T00:00:00.000Z' })
    await publishAfterReview(site, note.id)
    expect(await site.readerSees(note.id)).toMatchObject({ body: 'Sleep matters.', publishedAt: '2026-01-05T00:00:00.000Z' })
  })

  it('refuses text a hook copies in from an unreviewed collection on publish; the signed version stays live', async () => {
    const stamped = { publishedAt: '2026-01-05T00:00:00.000Z' }
    await site.payload.create({ collection: TIPS, data: { text: 'Walk after meals.' } as never, overrideAccess: true })
    const note = await draftAs(site, { title: 'Tips', body: 'Small habits add up.', tip: 'Stretch daily.', ...stamped })
    await publishAfterReview(site, note.id)

    await site.payload.update({ collection: NOTES, id: note.id, data: { tip: '[tip of the day]' } as never, draft: true, ...site.as(site.writer) })
    await site.payload.create({ collection: TIPS, data: { text: 'This tea cures diabetes.' } as never, ...site.as(site.writer) })
    const refusal = await refusalOf(() => publishAfterReview(site, note.id))
    expect(refusal).toMatchObject({ code: 'CHANGED_AFTER_REVIEW', fields: ['tip'] })
    const live = await site.readerSees(note.id)
    // A transaction rolls the write back; without one (a standalone MongoDB) the check unpublishes.
    if (await hasTransactions(site)) expect(live).toMatchObject({ tip: 'Stretch daily.', _status: 'published' })
    else expect(live).toBeUndefined()
    expect(JSON.stringify(live ?? {})).not.toContain('cures diabetes')
  })

  it('refuses a change made by a collection hook of a plugin listed after this one', async () => {
    const note = await draftAs(site, {
      title: 'CAR T',
      body: 'CAR T cures MS in no trial so far; it is being studied.',
      searchDescription: '[from body]',
      publishedAt: '2026-01-05T00:00:00.000Z',
    })
    const refusal = await refusalOf(() => publishAfterReview(site, note.id))
    expect(refusal).toMatchObject({ code: 'CHANGED_AFTER_REVIEW', fields: ['searchDescription'] })
    expect(await site.readerSees(note.id)).toBeUndefined()
  })

  it('refuses a publish whose answer leaves `_status` out (select)', async () => {
    const note = await draftAs(site, { title: 'Selected', body: 'Rest helps.' })
    await signOffAfterReview(site, note.id)
    const refusal = await refusalOf(() =>
      site.payload.update({ collection: NOTES, id: note.id, data: { _status: 'published' } as never, select: { title: true }, ...site.as(site.writer) }),
    )
    expect(refusal).toMatchObject({ code: 'CHANGED_AFTER_REVIEW', fields: ['publishedAt'] })
    expect(await site.readerSees(note.id)).toBeUndefined()
  })

  it('refuses, whole, a bulk publish that Payload saves in its own pass (rows in the data)', async () => {
    const steps = [{ text: 'Walk daily.' }]
    const note = await draftAs(site, { title: 'Steps', body: 'Small steps.', steps })
    await signOffAfterReview(site, note.id)
    const refusal = await refusalOf(() =>
      site.payload.update({ collection: NOTES, where: { id: { equals: note.id } }, data: { _status: 'published', steps } as never, ...site.as(site.writer) }),
    )
    expect(refusal).toMatchObject({ code: 'CHANGED_AFTER_REVIEW', refused: [note.id] })
    expect(await site.readerSees(note.id)).toBeUndefined()
  })

  it('leaves no published event in the audit log for a refused publish', async () => {
    const report = await verifyAuditChain(site.payload)
    expect(report.liveContent.mismatches).toEqual([])
    expect(report.ok).toBe(true)
  })
})

// A field filled on every read (as sites show authors' names without opening the users collection).
const bylineOnRead = pluginOnNotes({ name: 'byline', type: 'text' }, ({ hooks }) => ({
  ...hooks,
  afterRead: [...(hooks?.afterRead ?? []), ({ doc }) => ({ ...doc, byline: 'The clinic team' })],
}))

describe("a site whose hooks are set up for review: Payload's slug field, a publish date left out of review, a field filled on read", () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }, fields[2]!, slugField()],
      review: { exclude: ['publishedAt'] },
      plugins: [bylineOnRead],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('publishes, with the date and slug the hooks set, and the audit finds the live content signed', async () => {
    const note = await draftAs(site, { title: 'Fatigue and MS', body: 'Fatigue is common in MS.' })
    await publishAfterReview(site, note.id)
    const live = await site.readerSees(note.id)
    expect(live).toMatchObject({ slug: 'fatigue-and-ms', byline: 'The clinic team', _status: 'published' })
    expect(Number.isNaN(Date.parse(String(live?.publishedAt)))).toBe(false)
    const report = await verifyAuditChain(site.payload)
    expect(report.liveContent).toMatchObject({ checked: 1, mismatches: [] })
  })
})

describe("Payload's slug field with autosave, which turns its hidden switch off on publish", () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'textarea' },
        slugField(),
        // Hidden too, but a switch readers see the effect of: reviewed content.
        { name: 'showDisclaimer', type: 'checkbox', admin: { hidden: true } },
      ],
      versions: { drafts: { autosave: true } },
    })
  }, 120_000)
  afterAll(() => site.close())

  it('publishes a note whose title came by autosave, as the admin sends it', async () => {
    const { payload, writer, as } = site
    const note = await draftAs(site, { body: 'Rest helps.' })
    await payload.update({ collection: NOTES, id: note.id, data: { title: 'Rest and MS' } as never, draft: true, autosave: true, ...as(writer) })
    await signOffAfterReview(site, note.id)
    const { medicalReview: _state, ...form } = (await payload.findByID({ collection: NOTES, id: note.id, draft: true, ...as(writer) })) as unknown as Record<string, unknown>
    expect(await refusalOf(() => payload.update({ collection: NOTES, id: note.id, data: { ...form, _status: 'published' } as never, ...as(writer) }))).toBeUndefined()
    expect(await site.readerSees(note.id)).toMatchObject({ slug: 'rest-and-ms', body: 'Rest helps.', _status: 'published' })
    // Only the slug field's own switch is left out of review: another hidden checkbox is content.
    const flipped = await refusalCode(() =>
      payload.update({ collection: NOTES, id: note.id, data: { showDisclaimer: true } as never, ...as(writer) }),
    )
    expect(flipped).toBe('MEDICAL_REVIEW_REQUIRED')
    expect((await site.readerSees(note.id))?.showDisclaimer).not.toBe(true)
  })
})

// Stored one way and read another, as encrypted fields or rich text kept beside its HTML are.
const rot13 = (value: unknown) =>
  typeof value === 'string' ? value.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 84) % 26) + (c < 'a' ? 65 : 97))) : value
const sealed: FieldHook = ({ value }) => rot13(value)

describe('fields stored in another form than they are read', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'note', type: 'text', hooks: { beforeChange: [sealed], afterRead: [sealed] } },
        // Points are stored as GeoJSON and read as [longitude, latitude] (on SQL they need PostGIS).
        ...(testDatabaseKind() === 'mongodb' ? [{ name: 'where', type: 'point' } as Field] : []),
      ],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('publishes them unchanged, as signed', async () => {
    const note = await draftAs(site, { title: 'Clinic', note: 'Open on Mondays.', ...(testDatabaseKind() === 'mongodb' ? { where: [13.4, 52.5] } : {}) })
    expect(await refusalOf(() => publishAfterReview(site, note.id))).toBeUndefined()
    expect(await site.readerSees(note.id)).toMatchObject({ note: 'Open on Mondays.', _status: 'published' })
  })
})

// Without transactions nothing rolls the write back: the check takes the row out of readers' sight.
const onSqlite = testDatabaseKind() === 'sqlite' ? describe : describe.skip
onSqlite('on SQLite without transactions', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({ fields, db: (uri) => sqliteAdapter({ client: { url: uri }, push: true }) })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses, and the unsigned row does not stay published', async () => {
    const note = await draftAs(site, { title: 'Pacing', body: 'Pacing can help some people manage fatigue.' })
    expect(await refusalCode(() => publishAfterReview(site, note.id))).toBe('CHANGED_AFTER_REVIEW')
    expect(await site.readerSees(note.id)).toBeUndefined()
    // Nor the version the write added: readers asking for drafts get published versions.
    const drafts = await site.payload.find({ collection: NOTES, draft: true, overrideAccess: false, depth: 0 })
    expect(drafts.docs.map((doc) => doc.id)).not.toContain(note.id)
    // Staff still find it among the drafts, as it now is.
    const staff = await site.payload.find({ collection: NOTES, draft: true, depth: 0, ...site.as(site.writer) })
    expect(staff.docs.find((doc) => doc.id === note.id)).toMatchObject({ _status: 'draft' })
  })
})
