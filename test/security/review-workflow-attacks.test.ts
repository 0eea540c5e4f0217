import type { Field } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { reviewActions } from 'payload-medical-review'
import { medicalReviewDelivery } from 'payload-medical-review/delivery'

import type { User } from '../../app/payload-types.js'

import { requestAs } from '../../app/seed/reviewAndPublish.js'
import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { checkLiveContent } from '../../src/audit/checkLiveContent.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * Four-eyes on sites whose authors are kept unlike the demo's (several, none, hidden), what a
 * webhook may say when a writer unpublishes, and what the audit makes of a row a database writer
 * put back live or back to an older signed version.
 */
const account = (site: NoteSite, roles: User['roles'], name: string) =>
  site.payload.create({ collection: 'users', data: { email: `${name}@example.test`, password: TEST_PASSWORD, name, roles } as never }) as Promise<User>

/** Submits (if needed), approves every pending claim as `signer` and signs off as `signer`. */
const reviewAs = async (site: NoteSite, id: number | string, submitter: User, signer: User) => {
  const { payload } = site
  const review = reviewActions(payload)
  if ((await review.state(await requestAs(payload, submitter), NOTES, id)).status !== 'in_review') await review.submit(await requestAs(payload, submitter), NOTES, id)
  const { claims } = await review.state(await requestAs(payload, signer), NOTES, id)
  for (const claim of claims.filter((each) => each.decision.status === 'pending'))
    await review.decide(await requestAs(payload, signer), NOTES, id, claim.key, { decision: 'approved' })
  const { fingerprint } = await review.state(await requestAs(payload, signer), NOTES, id)
  return review.signOff(await requestAs(payload, signer), NOTES, id, { password: TEST_PASSWORD, fingerprint })
}

const publishAs = (site: NoteSite, id: number | string, user: User) =>
  site.payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, ...site.as(user) })

describe('four-eyes with co-authors (an `authors` list, as Payload’s website template keeps it)', () => {
  let site: NoteSite
  let coauthor: User
  beforeAll(async () => {
    const fields: Field[] = [
      { name: 'title', type: 'text' },
      { name: 'body', type: 'textarea' },
      { name: 'authors', type: 'relationship', relationTo: 'users', hasMany: true },
    ]
    site = await startNoteSite({ fields })
    coauthor = await account(site, ['writer', 'reviewer'], 'coauthor')
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a sign-off by any listed author, and nothing reaches readers', async () => {
    const note = await site.payload.create({
      collection: NOTES,
      data: { title: 'Statins', body: 'Statins cure heart disease in every patient.', authors: [site.writer.id, coauthor.id] } as never,
      draft: true,
      ...site.as(site.writer),
    })
    const code = await refusalCode(() => reviewAs(site, note.id, site.writer, coauthor))
    const published = await refusalCode(() => publishAs(site, note.id, site.writer))
    expect({ code, published, reader: await site.readerSees(note.id) }).toEqual({ code: 'FOUR_EYES', published: 'MEDICAL_REVIEW_REQUIRED', reader: undefined })
  })
  it('refuses a sign-off by an author of the original on a duplicate that lists someone else', async () => {
    const note = await site.payload.create({
      collection: NOTES,
      data: { title: 'Garlic', body: 'Garlic cures high blood pressure.', authors: [coauthor.id] } as never,
      draft: true,
      overrideAccess: true,
    })
    const copy = await site.payload.duplicate({ collection: NOTES, id: note.id, data: { authors: [site.writer.id] } as never, ...site.as(site.writer) })
    const code = await refusalCode(() => reviewAs(site, copy.id, site.writer, coauthor))
    expect({ code, reader: await site.readerSees(copy.id) }).toEqual({ code: 'FOUR_EYES', reader: undefined })
  })
})

describe('four-eyes on a site without an author field', () => {
  let site: NoteSite
  let writerReviewer: User
  let editor: User
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }] })
    writerReviewer = await account(site, ['writer', 'reviewer'], 'wr')
    editor = await account(site, ['writer'], 'editor')
  }, 120_000)
  afterAll(() => site.close())

  it('never lets the writer of the text sign it, in a later round after someone else’s small edit', async () => {
    const note = await site.payload.create({
      collection: NOTES,
      data: { title: 'Statins', body: 'Statins cure heart disease in every patient. They are completely safe.' } as never,
      draft: true,
      ...site.as(writerReviewer),
    })
    await reviewAs(site, note.id, writerReviewer, site.reviewer)
    await publishAs(site, note.id, writerReviewer)
    await site.payload.update({ collection: NOTES, id: note.id, data: { title: 'Statins.' } as never, draft: true, ...site.as(editor) })
    const code = await refusalCode(() => reviewAs(site, note.id, editor, writerReviewer))
    const published = await refusalCode(() => publishAs(site, note.id, editor))
    expect({ code, published, title: (await site.readerSees(note.id))?.title }).toEqual({ code: 'FOUR_EYES', published: 'MEDICAL_REVIEW_REQUIRED', title: 'Statins' })
  })

  it('never lets the writer of the text sign a duplicate of it made by someone else', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Fish oil', body: 'Fish oil cures arthritis.' } as never, draft: true, ...site.as(writerReviewer) })
    const copy = await payload.duplicate({ collection: NOTES, id: note.id, ...site.as(editor) })
    const code = await refusalCode(() => reviewAs(site, copy.id, editor, writerReviewer))
    const published = await refusalCode(() => publishAs(site, copy.id, editor))
    expect({ code, published, reader: await site.readerSees(copy.id) }).toEqual({ code: 'FOUR_EYES', published: 'MEDICAL_REVIEW_REQUIRED', reader: undefined })
  })

  it('stops sign-offs after five wrong passwords, however many are sent at once', async () => {
    const { payload } = site
    const guessed = await account(site, ['reviewer'], 'guessed')
    const note = await payload.create({ collection: NOTES, data: { title: 'Iron', body: 'Iron cures fatigue.' } as never, draft: true, ...site.as(site.writer) })
    const review = reviewActions(payload)
    await review.submit(await requestAs(payload, site.writer), NOTES, note.id)
    const { fingerprint } = await review.state(await requestAs(payload, guessed), NOTES, note.id)
    const guess = async (password: string) => refusalCode(async () => review.signOff(await requestAs(payload, guessed), NOTES, note.id, { password, fingerprint }))
    const codes = await Promise.all(Array.from({ length: 8 }, (_, attempt) => guess(`guess number ${attempt}`)))
    const failed = await payload.count({ collection: 'review-events' as never, where: { and: [{ action: { equals: 'signoff_failed' } }, { actorUserId: { equals: String(guessed.id) } }] }, overrideAccess: true })
    expect({ codes: codes.sort(), failed: failed.totalDocs, right: await guess(TEST_PASSWORD) }).toEqual({
      codes: [...Array(5).fill('PASSWORD_INCORRECT'), ...Array(3).fill('SIGNOFF_TEMPORARILY_LOCKED')],
      failed: 5,
      right: 'SIGNOFF_TEMPORARILY_LOCKED',
    })
  })

  it('reports a row a database writer put back live after staff unpublished it', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Vitamin D', body: 'Vitamin D cures depression.' } as never, draft: true, ...site.as(site.writer) })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await publishAs(site, note.id, site.writer)
    await payload.update({ collection: NOTES, id: note.id, data: { _status: 'draft' } as never, ...site.as(site.writer) })
    // Behind Payload's back: the row only, no hooks, no event.
    await payload.db.updateOne({ collection: NOTES, where: { id: { equals: note.id } }, data: { _status: 'published' } })
    expect((await site.readerSees(note.id))?.body).toBe('Vitamin D cures depression.')
    const mismatches = (await verifyAuditChain(payload)).liveContent.mismatches.filter((mismatch) => mismatch.id === String(note.id))
    expect(mismatches.map((mismatch) => mismatch.code)).toEqual(['UNPUBLISHED_IN_CHAIN'])
  })

  it('records a publish whose select leaves the status out, so the audit raises no false alarm', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Sleep', body: 'Sleep may ease fatigue.' } as never, draft: true, ...site.as(site.writer) })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await publishAs(site, note.id, site.writer)
    await payload.update({ collection: NOTES, id: note.id, data: { _status: 'draft' } as never, ...site.as(site.writer) })
    await payload.update({ collection: NOTES, id: note.id, data: { _status: 'published' } as never, select: { title: true }, ...site.as(site.writer) })
    expect((await site.readerSees(note.id))?.body).toBe('Sleep may ease fatigue.')
    const mismatches = (await verifyAuditChain(payload)).liveContent.mismatches.filter((mismatch) => mismatch.id === String(note.id))
    expect(mismatches).toEqual([])
  })

  it('judges a row published while the audit walked with the events written since, not as tampered', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Walking', body: 'Walking may lift mood.' } as never, draft: true, ...site.as(site.writer) })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await publishAs(site, note.id, site.writer)
    // As if the walk had ended before any event: every event of this document came after it.
    const report = await checkLiveContent(payload, { slug: 'review-events', signed: new Map(), publishStates: new Map(), walkedTo: 0 }, 100)
    expect(report.mismatches.filter((mismatch) => mismatch.id === String(note.id))).toEqual([])
  })

  it('reports a row a database writer rolled back to an older signed version, byline and all', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Zinc', body: 'Zinc may shorten a cold.' } as never, draft: true, ...site.as(site.writer) })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await publishAs(site, note.id, site.writer)
    // The first published version as stored, sign-off included.
    const first = (await payload.db.findOne({ collection: NOTES, where: { id: { equals: note.id } } })) as unknown as Record<string, unknown>
    await payload.update({ collection: NOTES, id: note.id, data: { body: 'Zinc does not shorten a cold.' } as never, draft: true, ...site.as(site.writer) })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await publishAs(site, note.id, site.writer)
    expect((await verifyAuditChain(payload)).liveContent.mismatches.filter((mismatch) => mismatch.id === String(note.id))).toEqual([])
    await payload.db.updateOne({ collection: NOTES, where: { id: { equals: note.id } }, data: { body: first.body, medicalReview: first.medicalReview } })
    expect((await site.readerSees(note.id))?.body).toBe('Zinc may shorten a cold.')
    const mismatches = (await verifyAuditChain(payload)).liveContent.mismatches.filter((mismatch) => mismatch.id === String(note.id))
    expect(mismatches.map((mismatch) => mismatch.code)).toEqual(['SUPERSEDED'])
  })
})

describe('webhooks announce only signed words', () => {
  let site: NoteSite
  beforeAll(async () => {
    const review = { ...medicalReviewOptions, collections: { [NOTES]: {} }, claims: {} }
    site = await startNoteSite({
      fields: [{ name: 'title', type: 'text' }, { name: 'slug', type: 'text' }, { name: 'body', type: 'textarea' }],
      plugins: [medicalReviewDelivery({ review, webhooks: { endpoints: [{ url: 'https://partner.example.test/hook', secret: 'partner-secret-0123456789abcdef' }] } })],
    })
  }, 120_000)
  afterAll(() => site.close())

  it('names the page readers had when a writer unpublishes with new words in the same write', async () => {
    const { payload } = site
    const note = await payload.create({
      collection: NOTES,
      data: { title: 'Vitamin D and mood', slug: 'vitamin-d-mood', body: 'Vitamin D may help some people.' } as never,
      draft: true,
      ...site.as(site.writer),
    })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await publishAs(site, note.id, site.writer)
    await payload.update({
      collection: NOTES,
      id: note.id,
      data: { _status: 'draft', title: 'Vitamin D cures cancer', slug: 'vitamin-d-cures-cancer' } as never,
      ...site.as(site.writer),
    })
    const jobs = await payload.find({ collection: 'payload-jobs' as never, limit: 100, overrideAccess: true })
    const sent = jobs.docs.map((job) => JSON.parse(String((job as unknown as { input: { body: string } }).input.body)) as { event: string; document: Record<string, unknown> })
    expect(sent.find((body) => body.event === 'unpublished')?.document).toMatchObject({ title: 'Vitamin D and mood', slug: 'vitamin-d-mood', status: 'draft' })
    expect(JSON.stringify(sent)).not.toMatch(/cures[ -]cancer/)
  })
})

describe('four-eyes when the site hides the author field from reviewers', () => {
  let site: NoteSite
  let authorReviewer: User
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'textarea' },
        // Blind review: only admins see who wrote a piece.
        { name: 'author', type: 'relationship', relationTo: 'users', access: { read: ({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.includes('admin')) } },
      ],
    })
    authorReviewer = await account(site, ['writer', 'reviewer'], 'authorreviewer')
  }, 120_000)
  afterAll(() => site.close())

  it('refuses the author’s decisions and sign-off, and the log holds no signed event by them', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Zinc', body: 'Zinc cures the common cold.', author: authorReviewer.id } as never, draft: true, overrideAccess: true })
    const code = await refusalCode(() => reviewAs(site, note.id, site.writer, authorReviewer))
    const signed = await payload.find({
      collection: 'review-events' as never,
      where: { and: [{ action: { equals: 'signed' } }, { documentId: { equals: String(note.id) } }] },
      overrideAccess: true,
    })
    expect({ code, signed: signed.totalDocs }).toEqual({ code: 'FOUR_EYES', signed: 0 })
  })
})

describe('what the review actions answer about publishing', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'body', type: 'textarea' },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        // A schema unlike the blind-review site's above: Payload skips pushing a schema it pushed last.
        { name: 'summary', type: 'text' },
      ],
      // The byline is not reviewed content here: changing it keeps the sign-off.
      review: { exclude: ['author'] },
    })
  }, 120_000)
  afterAll(() => site.close())

  it('says an action’s result cannot be published when the signer is now an author, as the state read does', async () => {
    const { payload } = site
    const note = await payload.create({ collection: NOTES, data: { title: 'Magnesium', body: 'Magnesium cures migraine.', author: site.writer.id } as never, draft: true, overrideAccess: true })
    await reviewAs(site, note.id, site.writer, site.reviewer)
    await payload.update({ collection: NOTES, id: note.id, data: { author: site.reviewer.id } as never, draft: true, overrideAccess: true })
    const assign = payload.collections[NOTES].config.endpoints
    const handler = (Array.isArray(assign) ? assign : []).find((endpoint) => endpoint.path === '/:id/review/assign')!.handler
    const req = Object.assign(await requestAs(payload, site.writer), { routeParams: { id: String(note.id) }, data: { reviewer: null } })
    const answer = (await (await handler(req)).json()) as { canPublish: boolean; blockers: { code: string }[] }
    const state = await reviewActions(payload).state(await requestAs(payload, site.writer), NOTES, note.id)
    expect({ canPublish: answer.canPublish, codes: answer.blockers.map((blocker) => blocker.code) }).toEqual({ canPublish: false, codes: ['FOUR_EYES'] })
    expect(await refusalCode(() => publishAs(site, note.id, site.writer))).toBe('MEDICAL_REVIEW_REQUIRED')
    expect(state.status).toBe('approved')
  })
})
