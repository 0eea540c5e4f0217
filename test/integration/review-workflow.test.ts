import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ReviewState } from '../../src/review/types.js'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { graphQLId } from '../helpers/graphQLId.js'

let t: TestServer
let mail: Mailbox
let writer: Account
let reviewer: Account
let reviewer2: Account
let admin: Account

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const call = async (path: string, account?: Account, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${t.url}/api/${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(account ? { authorization: `JWT ${account.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json }
}
const codeOf = (body: Json) => body.errors?.[0]?.data?.code
/** The fingerprint a reviewer's screen shows, which a sign-off must send back. */
const fp = async (id: number) => (await latest(id)).medicalReview.fingerprint
const latest = async (id: number) =>
  (await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as Json & { medicalReview: ReviewState }
/** What readers see: the published row, or nothing. */
const published = async (id: number) => {
  const found = await t.payload.find({ collection: 'articles', where: { id: { equals: id } }, depth: 0, overrideAccess: false })
  return found.docs[0] as Json | undefined
}
const events = async (id: number) =>
  (await t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) } }, sort: 'sequence', limit: 500 })).docs.map(
    (event) => (event as Json).action as string,
  )

const CURE = 'CAR T-cell therapy cures MS.'
const SAFETY = 'It has no side effects.'

beforeAll(async () => {
  mail = await startMailbox()
  t = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), SMTP_STARTTLS: 'false' })
  writer = await createAccount(t.payload, t.url, ['writer'])
  reviewer = await createAccount(t.payload, t.url, ['reviewer'], {
    reviewerProfile: { displayName: 'Dr Ada Reviewer', credentials: 'MD', specialty: 'Neurology' },
  })
  reviewer2 = await createAccount(t.payload, t.url, ['reviewer'], { reviewerProfile: { displayName: 'Dr Second', credentials: 'PhD' } })
  admin = await createAccount(t.payload, t.url, ['admin'])
})
afterAll(async () => {
  await t?.close()
  await mail?.close()
})

describe('the whole story', () => {
  let id: number
  let firstPublishedVersion: string

  it('finds the claims when a writer saves a draft, and keeps review fields out of clients’ hands', async () => {
    const created = await call('articles?draft=true', writer, {
      body: { title: 'CAR T and MS', body: richText(CURE, SAFETY, 'Researchers are studying it.') },
    })
    expect(created.status).toBe(201)
    id = created.body.doc.id
    const doc = await latest(id)
    const categories = doc.medicalReview.claims.map((claim) => claim.category)
    expect(categories).toEqual(expect.arrayContaining(['cure_remission', 'safety_side_effects']))
    expect(doc.medicalReview.status).toBe('draft')
    expect(doc.medicalReview.claims.every((claim) => claim.decision.status === 'pending')).toBe(true)

    const forged = await call(`articles/${id}?draft=true`, writer, {
      method: 'PATCH',
      body: { medicalReview: { status: 'approved', signOff: { reviewer: String(reviewer.user.id), fingerprint: 'x' } } },
    })
    expect(forged.status).toBe(200)
    const after = await latest(id)
    expect(after.medicalReview.status).toBe('draft')
    expect(after.medicalReview.signOff).toBeNull()
  })

  it('refuses to publish unreviewed content, says why, and leaves it unpublished', async () => {
    const attempt = await call(`articles/${id}`, writer, { method: 'PATCH', body: { _status: 'published' } })
    expect(attempt.status).toBe(403)
    expect(codeOf(attempt.body)).toBe('MEDICAL_REVIEW_REQUIRED')
    const reasons = attempt.body.errors[0].data.reasons.map((reason: Json) => reason.code)
    expect(reasons).toEqual(expect.arrayContaining(['CLAIMS_PENDING', 'NO_SIGN_OFF']))
    expect(await published(id)).toBeUndefined()
    expect((await call(`articles/${id}`)).status).toBe(404)
  })

  it('shows the review state to staff, and nothing to anonymous callers', async () => {
    expect((await call(`articles/${id}/review`)).status).toBe(401)
    const review = await call(`articles/${id}/review`, writer)
    expect(review.status).toBe(200)
    expect(review.body.canPublish).toBe(false)
    expect(review.body.blockers.map((blocker: Json) => blocker.message).join(' ')).toMatch(/await a reviewer/)
  })

  it('lets only a reviewer decide claims, and only once the writer has submitted', async () => {
    const key = (await latest(id)).medicalReview.claims[0].key
    expect(codeOf((await call(`articles/${id}/review/claims/${key}`, writer, { body: { decision: 'approved' } })).body)).toBe('NOT_A_REVIEWER')
    expect(codeOf((await call(`articles/${id}/review/claims/${key}`, reviewer, { body: { decision: 'approved' } })).body)).toBe('NOT_IN_REVIEW')
  })

  it('moves to review when the writer submits, and emails the reviewers', async () => {
    const submitted = await call(`articles/${id}/review/submit`, writer, { body: {} })
    expect(submitted.status).toBe(200)
    expect((await latest(id)).medicalReview.status).toBe('in_review')
    const message = await mail.waitFor('Medical review requested: CAR T and MS')
    expect(message.to).toEqual(expect.arrayContaining([reviewer.user.email, reviewer2.user.email]))
    expect(codeOf((await call(`articles/${id}/review/submit`, writer, { body: {} })).body)).toBe('ALREADY_IN_REVIEW')
  })

  it('requires a reason to reject a claim, and well-formed evidence', async () => {
    const cure = (await latest(id)).medicalReview.claims.find((claim) => claim.category === 'cure_remission')!
    const noReason = await call(`articles/${id}/review/claims/${cure.key}`, reviewer, { body: { decision: 'rejected' } })
    expect(noReason.status).toBe(400)
    expect(codeOf(noReason.body)).toBe('REASON_REQUIRED')
    const badEvidence = await call(`articles/${id}/review/claims/${cure.key}`, reviewer, {
      body: { decision: 'rejected', note: 'Not a cure', evidence: { pmid: 'abc' } },
    })
    expect(codeOf(badEvidence.body)).toBe('INVALID_EVIDENCE')
    expect((await latest(id)).medicalReview.claims.find((claim) => claim.key === cure.key)!.decision.status).toBe('pending')

    const rejected = await call(`articles/${id}/review/claims/${cure.key}`, reviewer, {
      body: { decision: 'rejected', note: 'CAR T does not cure MS; say it is being studied.', evidence: { pmid: '31578221' } },
    })
    expect(rejected.status).toBe(200)
    const stored = (await latest(id)).medicalReview.claims.find((claim) => claim.key === cure.key)!
    expect(stored.decision).toMatchObject({ status: 'rejected', reviewer: String(reviewer.user.id), evidence: { pmid: '31578221' } })
  })

  it('refuses a sign-off while an error-level claim is not approved', async () => {
    const attempt = await call(`articles/${id}/review/sign-off`, reviewer, { body: { password: TEST_PASSWORD, fingerprint: await fp(id) } })
    expect(attempt.status).toBe(403)
    expect(codeOf(attempt.body)).toBe('CLAIMS_PENDING')
    expect((await latest(id)).medicalReview.signOff).toBeNull()
  })

  it('sends the document back to the writer with a required reason', async () => {
    expect(codeOf((await call(`articles/${id}/review/request-changes`, reviewer, { body: {} })).body)).toBe('REASON_REQUIRED')
    const sent = await call(`articles/${id}/review/request-changes`, reviewer, { body: { reason: 'Fix the cure claim.' } })
    expect(sent.status).toBe(200)
    const state = (await latest(id)).medicalReview
    expect(state.status).toBe('changes_requested')
    expect(state.changesRequested).toMatchObject({ reason: 'Fix the cure claim.', byName: 'Dr Ada Reviewer' })
    const message = await mail.waitFor('Changes requested: CAR T and MS')
    expect(message.to).toEqual([writer.user.email])
    expect(message.raw).toContain('Fix the cure claim.')
  })

  it('keeps decisions on unchanged sentences when the writer edits, and drops the changed one', async () => {
    const before = (await latest(id)).medicalReview.claims
    const safety = before.find((claim) => claim.category === 'safety_side_effects')!
    const edited = await call(`articles/${id}?draft=true`, writer, {
      method: 'PATCH',
      body: { body: richText('CAR T-cell therapy is being studied in MS; it is not a cure.', SAFETY, 'Researchers are studying it.') },
    })
    expect(edited.status).toBe(200)
    const after = (await latest(id)).medicalReview
    expect(after.claims.some((claim) => claim.sentence === CURE)).toBe(false)
    expect(after.claims.find((claim) => claim.key === safety.key)).toBeDefined()
    expect(after.status).toBe('changes_requested')
    expect(await events(id)).toContain('invalidated')
    expect((await call(`articles/${id}/review/submit`, writer, { body: {} })).status).toBe(200)
  })

  it('signs off only with the reviewer’s password and the content they read', async () => {
    for (const claim of (await latest(id)).medicalReview.claims) {
      const decided = await call(`articles/${id}/review/claims/${claim.key}`, reviewer, {
        body: { decision: 'approved', evidence: { doi: '10.1000/xyz123', url: 'https://example.org/study' } },
      })
      expect(decided.status).toBe(200)
    }
    const wrong = await call(`articles/${id}/review/sign-off`, reviewer, { body: { password: 'not my password', fingerprint: await fp(id) } })
    expect(codeOf(wrong.body)).toBe('PASSWORD_INCORRECT')
    const stale = await call(`articles/${id}/review/sign-off`, reviewer, { body: { password: TEST_PASSWORD, fingerprint: '0'.repeat(64) } })
    expect(stale.status).toBe(409)
    expect(codeOf(stale.body)).toBe('SIGNOFF_STALE')
    expect((await latest(id)).medicalReview.signOff).toBeNull()

    const { fingerprint } = (await latest(id)).medicalReview
    const signed = await call(`articles/${id}/review/sign-off`, reviewer, { body: { password: TEST_PASSWORD, fingerprint, statement: 'Checked.' } })
    expect(signed.status).toBe(200)
    const state = (await latest(id)).medicalReview
    expect(state.status).toBe('approved')
    expect(state.signOff).toMatchObject({
      reviewer: String(reviewer.user.id),
      printedName: 'Dr Ada Reviewer',
      credentials: 'MD',
      fingerprint,
      meaning: 'I reviewed the health claims in this content and approve it for publication.',
    })
    expect(state.signOff!.claimKeys.sort()).toEqual(state.claims.map((claim) => claim.key).sort())
    const due = new Date(state.nextReviewDue!).getTime() - new Date(state.lastReviewed!).getTime()
    expect(Math.round(due / 86_400_000)).toBeGreaterThanOrEqual(365)
    expect((await mail.waitFor('Signed off: CAR T and MS')).to).toEqual([writer.user.email])
  })

  it('publishes signed-off content, which readers then see', async () => {
    const result = await call(`articles/${id}`, writer, { method: 'PATCH', body: { _status: 'published' } })
    expect(result.status).toBe(200)
    expect((await published(id))?._status).toBe('published')
    const read = await call(`articles/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.medicalReview).toBeUndefined()
    const versions = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id }, 'version._status': { equals: 'published' } }, sort: '-updatedAt', limit: 1 })
    firstPublishedVersion = String(versions.docs[0].id)
  })

  it('voids the sign-off when the published text is edited, and keeps the published text for readers', async () => {
    const edit = await call(`articles/${id}?draft=true`, writer, {
      method: 'PATCH',
      body: { body: richText('CAR T-cell therapy is being studied in MS; it is not a cure.', 'It is 100% safe.', 'Researchers are studying it.') },
    })
    expect(edit.status).toBe(200)
    const state = (await latest(id)).medicalReview
    expect(state.status).toBe('in_review')
    expect(state.signOff!.fingerprint).not.toBe(state.fingerprint)
    expect(JSON.stringify((await published(id))?.body)).toContain(SAFETY)
    const review = await call(`articles/${id}/review`, writer)
    expect(review.body.blockers.map((blocker: Json) => blocker.code)).toContain('SIGNOFF_STALE')
    expect(review.body.blockers.map((blocker: Json) => blocker.message).join()).toMatch(/Content changed since sign-off on/)
  })

  describe('no door publishes the stale draft', () => {
    const stillOldText = async () => {
      const live = await published(id)
      expect(live?._status).toBe('published')
      expect(JSON.stringify(live?.body)).toContain(SAFETY)
      expect(JSON.stringify(live?.body)).not.toContain('100% safe')
    }

    it('REST update by id', async () => {
      const result = await call(`articles/${id}`, writer, { method: 'PATCH', body: { _status: 'published' } })
      expect(result.status).toBe(403)
      expect(result.body.errors[0].data.reasons.map((reason: Json) => reason.code)).toContain('SIGNOFF_STALE')
      await stillOldText()
    })

    it('REST bulk update ("Publish selected")', async () => {
      const result = await call(`articles?where[id][equals]=${id}&draft=true`, admin, { method: 'PATCH', body: { _status: 'published' } })
      expect(result.body.errors?.length ?? 0).toBeGreaterThan(0)
      // The refusal names the document, so the admin's toast says which one it is about.
      expect(result.body.errors[0].message).toMatch(/^“CAR T and MS” cannot be published/)
      expect(result.body.docs ?? []).toHaveLength(0)
      await stillOldText()
    })

    it('autosave', async () => {
      const result = await call(`articles/${id}?draft=true&autosave=true`, writer, { method: 'PATCH', body: { _status: 'published', title: 'CAR T and MS' } })
      expect(result.status).toBe(403)
      await stillOldText()
    })

    it('GraphQL', async () => {
      const result = await call('graphql', writer, {
        body: { query: `mutation { updateArticle(id: ${graphQLId(id)}, data: { _status: published }) { id _status } }` },
      })
      expect(result.body.errors?.[0]?.message).toMatch(/cannot be published/)
      await stillOldText()
    })

    it('the Local API, with a user and without one', async () => {
      await expect(t.payload.update({ collection: 'articles', id, data: { _status: 'published' } })).rejects.toThrow(/cannot be published/)
      await expect(
        t.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: { ...admin.user, collection: 'users' }, overrideAccess: false }),
      ).rejects.toThrow(/cannot be published/)
      await stillOldText()
    })

    it('a scheduled publish job', async () => {
      await t.payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: id } } })
      await t.payload.jobs.run()
      await stillOldText()
      expect(await events(id)).toContain('publish_blocked')
    })

    it('create with _status published writes nothing', async () => {
      const before = await t.payload.count({ collection: 'articles' })
      const result = await call('articles', writer, { body: { title: 'Straight to live', body: richText(CURE), _status: 'published' } })
      expect(result.status).toBe(403)
      expect(await t.payload.count({ collection: 'articles' })).toEqual(before)
    })

    it('duplicate starts unreviewed and unpublished', async () => {
      const result = await call(`articles/${id}/duplicate`, writer, { body: {} })
      if (result.status < 300) {
        const copy = await latest(result.body.doc.id)
        expect(copy.medicalReview.signOff).toBeNull()
        expect(copy.medicalReview.status).toBe('draft')
        expect(await published(result.body.doc.id)).toBeUndefined()
      } else {
        expect(result.status).toBe(403)
      }
      const signedCopies = await t.payload.find({ collection: 'articles', where: { 'medicalReview.status': { equals: 'approved' } }, draft: true })
      expect(signedCopies.docs.filter((doc) => doc.id !== id)).toHaveLength(0)
    })
  })

  it('re-reviews and republishes; then restoring the first published version is refused', async () => {
    const second = reviewer2
    for (const claim of (await latest(id)).medicalReview.claims) {
      if (claim.decision.status !== 'approved') {
        expect((await call(`articles/${id}/review/claims/${claim.key}`, second, { body: { decision: 'approved' } })).status).toBe(200)
      }
    }
    expect((await call(`articles/${id}/review/sign-off`, second, { body: { password: TEST_PASSWORD, fingerprint: await fp(id) } })).status).toBe(200)
    expect((await call(`articles/${id}`, writer, { method: 'PATCH', body: { _status: 'published' } })).status).toBe(200)
    expect(JSON.stringify((await published(id))?.body)).toContain('100% safe')

    const restore = await call(`articles/versions/${firstPublishedVersion}`, admin, { body: {} })
    expect(restore.status).toBe(403)
    expect(JSON.stringify((await published(id))?.body)).toContain('100% safe')
  })

  it('never blocks unpublishing, and records it', async () => {
    await call(`articles/${id}?draft=true`, writer, { method: 'PATCH', body: { title: 'CAR T and MS, revised' } })
    const result = await call(`articles/${id}`, writer, { method: 'PATCH', body: { _status: 'draft' } })
    expect(result.status).toBe(200)
    expect(await published(id)).toBeUndefined()
    expect(await events(id)).toContain('unpublished')
  })

  it('left a complete, intact audit trail', async () => {
    const actions = await events(id)
    for (const action of ['submitted', 'claim_decided', 'changes_requested', 'invalidated', 'signed', 'published', 'publish_blocked', 'unpublished']) {
      expect(actions).toContain(action)
    }
    const verify = await call('review-events/verify', admin)
    expect(verify.body).toMatchObject({ ok: true })
  })
})

describe('four-eyes and the signer’s role', () => {
  /** A writer's draft in review, last changed by `editor` (a reviewer may fix a typo, and then may not review it). */
  const draftInReview = async (editor: Account = writer) => {
    const created = await call('articles?draft=true', writer, { body: { title: `Four eyes ${Math.random()}`, body: richText('It cures MS.') } })
    const docId = created.body.doc.id as number
    expect((await call(`articles/${docId}/review/submit`, writer, { body: {} })).status).toBe(200)
    if (editor !== writer) {
      const edited = await call(`articles/${docId}?draft=true`, editor, { method: 'PATCH', body: { body: richText('It cures MS, some say.') } })
      expect(edited.status).toBe(200)
    }
    return docId
  }

  it('refuses decisions and sign-off by the reviewer who last changed the content', async () => {
    const docId = await draftInReview(reviewer)
    const [claim] = (await latest(docId)).medicalReview.claims
    expect(codeOf((await call(`articles/${docId}/review/claims/${claim.key}`, reviewer, { body: { decision: 'approved' } })).body)).toBe('FOUR_EYES')
    expect((await call(`articles/${docId}/review/claims/${claim.key}`, reviewer2, { body: { decision: 'approved' } })).status).toBe(200)
    expect(codeOf((await call(`articles/${docId}/review/sign-off`, reviewer, { body: { password: TEST_PASSWORD, fingerprint: await fp(docId) } })).body)).toBe('FOUR_EYES')
    expect((await call(`articles/${docId}/review/sign-off`, reviewer2, { body: { password: TEST_PASSWORD, fingerprint: await fp(docId) } })).status).toBe(200)
  })

  it('refuses to publish when the signer no longer holds the reviewer role', async () => {
    const demoted = await createAccount(t.payload, t.url, ['reviewer'])
    const docId = await draftInReview()
    for (const claim of (await latest(docId)).medicalReview.claims) {
      await call(`articles/${docId}/review/claims/${claim.key}`, demoted, { body: { decision: 'approved' } })
    }
    expect((await call(`articles/${docId}/review/sign-off`, demoted, { body: { password: TEST_PASSWORD, fingerprint: await fp(docId) } })).status).toBe(200)
    await t.payload.update({ collection: 'users', id: demoted.user.id, data: { roles: ['writer'] } })
    const result = await call(`articles/${docId}`, writer, { method: 'PATCH', body: { _status: 'published' } })
    expect(result.body.errors?.[0]?.data?.reasons?.map((reason: Json) => reason.code)).toContain('SIGNER_NOT_REVIEWER')
    expect(await published(docId)).toBeUndefined()
  })
})

describe('the scan endpoint', () => {
  it('finds claims for staff, refuses anonymous callers and explains bad input', async () => {
    expect((await call('medical-review/scan', undefined, { body: { text: CURE } })).status).toBe(401)
    const found = await call('medical-review/scan', writer, { body: { text: CURE } })
    expect(found.status).toBe(200)
    expect(found.body.findings[0]).toMatchObject({ category: 'cure_remission', severity: 'error', polarity: 'affirmed' })
    const bad = await call('medical-review/scan', writer, { body: { lexical: { root: 'nope' } } })
    expect(bad.status).toBe(400)
    expect(codeOf(bad.body)).toBe('INVALID_LEXICAL')
    expect(codeOf((await call('medical-review/scan', writer, { body: {} })).body)).toBe('TEXT_REQUIRED')
  })
})
