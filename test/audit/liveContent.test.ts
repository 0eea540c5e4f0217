import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { LiveContentMismatch } from '../../src/audit/types.js'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { formatAuditReport } from '../../src/audit/formatAuditReport.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { fingerprintDocument } from '../../src/review/reviewableContent.js'
import { ARTICLES, type AuditHarness, startAuditHarness } from './auditHarness.js'

let t: AuditHarness
let reviewer: { id: number | string }

beforeAll(async () => {
  t = await startAuditHarness()
  reviewer = await t.payload.create({
    collection: 'users',
    data: {
      email: 'reviewer@example.test',
      password: 'secret-password',
      name: 'Dr Jane Roe',
      roles: ['reviewer'],
    },
  })
})
afterAll(async () => t?.close())

type Article = { id: number | string; title: string; _status: string; medicalReview?: unknown }

const read = async (id: number | string) =>
  (await t.payload.findByID({
    collection: ARTICLES,
    id,
    depth: 0,
    draft: false,
  })) as unknown as Article

const fingerprintOf = async (id: number | string) =>
  fingerprintDocument(t.payload as Payload, ARTICLES, (await read(id)) as never)!

/**
 * The workflow's trail, done by hand (the harness has none of the plugin's hooks): a draft, a
 * signed event for its fingerprint, then the row published with the matching byline.
 */
const signAndPublish = async (
  title: string,
  { recordSignedAt = true, signedAt = new Date().toISOString() } = {},
) => {
  const draft = await t.payload.create({
    collection: ARTICLES,
    data: { title, body: `${title}: what the evidence says.` } as never,
    draft: true,
  })
  const fingerprint = await fingerprintOf(draft.id)
  await appendReviewEvent(t.payload, {
    action: 'signed',
    actor: reviewer.id,
    actorName: 'Dr Jane Roe',
    actorCredentials: 'MD',
    meaning: 'Dr Jane Roe, MD: I reviewed the health claims in this content and approve it.',
    documentCollection: 'articles',
    documentId: draft.id,
    fingerprint,
    details: recordSignedAt ? { signedAt } : { claimKeys: [] },
  })
  const signOff = {
    reviewer: String(reviewer.id),
    printedName: 'Dr Jane Roe',
    credentials: 'MD',
    signedAt,
    fingerprint,
  }
  await t.payload.update({
    collection: ARTICLES,
    id: draft.id,
    data: { _status: 'published', medicalReview: { signOff } } as never,
  })
  return { id: draft.id, fingerprint, signOff }
}

const mismatchesOf = async () => (await verifyAuditChain(t.payload)).liveContent.mismatches

// Builds on itself: a signed, published article, then each attack on its own row or a new one.
describe('live content: every published row must match a signed event', () => {
  let signed: Awaited<ReturnType<typeof signAndPublish>>

  it('passes a document published through the workflow, and ignores drafts', async () => {
    signed = await signAndPublish('Statins after 75')
    await t.payload.create({
      collection: ARTICLES,
      data: { title: 'Unreviewed draft' } as never,
      draft: true,
    })
    expect((await read(signed.id))._status).toBe('published')
    const report = await verifyAuditChain(t.payload)
    expect(report).toMatchObject({
      ok: true,
      liveContent: { collections: ['articles'], checked: 1, mismatches: [] },
    })
    expect(formatAuditReport(report).message).toContain('1 published document checked')
  })

  it('reports a draft flipped to published with a forged byline by a raw database write', async () => {
    const draft = await t.payload.create({
      collection: ARTICLES,
      data: { title: 'Miracle cure for MS', body: 'It cures MS in a week.' } as never,
      draft: true,
    })
    // The intruder can compute the (unkeyed) content fingerprint and copy a real reviewer's name.
    const fingerprint = await fingerprintOf(draft.id)
    await t.tamperArticle(draft.id, {
      _status: 'published',
      signOff: {
        reviewer: String(reviewer.id),
        printedName: 'Dr Jane Roe',
        credentials: 'MD',
        signedAt: new Date().toISOString(),
        fingerprint,
      },
    })
    // Served as published: what readers would get.
    const served = await t.payload.find({
      collection: ARTICLES,
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
    })
    expect(served.docs.map((doc) => doc.id)).toContain(draft.id)

    const report = await verifyAuditChain(t.payload)
    expect(report.ok).toBe(false)
    expect(report.firstBroken).toBeUndefined()
    expect(report.liveContent).toEqual({
      collections: ['articles'],
      checked: 2,
      mismatches: [
        {
          collection: 'articles',
          id: String(draft.id),
          title: 'Miracle cure for MS',
          code: 'NOT_SIGNED',
          reason: `no signed event in the audit chain for the published content (fingerprint ${fingerprint})`,
        },
      ],
    } satisfies typeof report.liveContent)
    expect(formatAuditReport(report)).toMatchObject({
      exitCode: 1,
      message: expect.stringContaining(
        `articles ${draft.id} “Miracle cure for MS” NOT_SIGNED: no signed event`,
      ),
    })
    await t.tamperArticle(draft.id, { _status: 'draft', signOff: null })
    expect(await mismatchesOf()).toEqual([])
  })

  it('reports published text changed in the database after the sign-off', async () => {
    await t.tamperArticle(signed.id, { title: 'Statins after 75: stop them all' })
    expect(await mismatchesOf()).toMatchObject([
      { id: String(signed.id), title: 'Statins after 75: stop them all', code: 'NOT_SIGNED' },
    ] satisfies Partial<LiveContentMismatch>[])
    await t.tamperArticle(signed.id, { title: 'Statins after 75' })
    expect(await mismatchesOf()).toEqual([])
  })

  it.each([
    ['printedName', { printedName: 'Prof. Famous Name' }],
    ['reviewer', { reviewer: 'someone-else' }],
    ['credentials', { credentials: 'FRCP, PhD' }],
    ['signedAt', { signedAt: '2020-01-01T00:00:00.000Z' }],
    ['fingerprint', { fingerprint: 'f'.repeat(64) }],
  ])('reports a byline whose %s was rewritten in the database', async (field, change) => {
    await t.tamperArticle(signed.id, { signOff: { ...signed.signOff, ...change } })
    const [mismatch, ...others] = await mismatchesOf()
    expect(others).toEqual([])
    expect(mismatch).toMatchObject({ id: String(signed.id), code: 'BYLINE_MISMATCH' })
    expect(mismatch!.reason).toMatch(
      new RegExp(`^the stored sign-off differs from signed event \\d+ in ${field}$`),
    )
    await t.tamperArticle(signed.id, { signOff: signed.signOff })
    expect(await mismatchesOf()).toEqual([])
  })

  it('reports a published row whose byline was removed', async () => {
    await t.tamperArticle(signed.id, { signOff: null })
    expect(await mismatchesOf()).toMatchObject([{ id: String(signed.id), code: 'NO_SIGN_OFF' }])
    await t.tamperArticle(signed.id, { signOff: signed.signOff })
  })

  it('accepts an older signed event without a recorded signedAt when the times agree', async () => {
    const older = await signAndPublish('Vitamin D and falls', { recordSignedAt: false })
    expect(await mismatchesOf()).toEqual([])
    await t.tamperArticle(older.id, {
      signOff: { ...older.signOff, signedAt: new Date(Date.now() - 3_600_000).toISOString() },
    })
    expect(await mismatchesOf()).toMatchObject([{ id: String(older.id), code: 'BYLINE_MISMATCH' }])
    await t.tamperArticle(older.id, { signOff: older.signOff })
    expect((await verifyAuditChain(t.payload)).ok).toBe(true)
  })
})
