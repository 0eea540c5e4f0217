import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { mongoServerKind } from '../helpers/mongo.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { type Attacker, codeOf, type Json, reasonsOf, startAttacker } from './securityHarness.js'

let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
})
afterAll(async () => a?.close())

const LINKED = (url: string, format = 0) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        children: [
          { type: 'text', text: 'CAR T does ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
          { type: 'text', text: 'not', format, detail: 0, mode: 'normal', style: '', version: 1 },
          { type: 'text', text: ' cure MS. ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
          {
            type: 'link',
            format: '',
            indent: 0,
            version: 3,
            fields: { url, newTab: false, linkType: 'custom' },
            children: [{ type: 'text', text: 'Read the study', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
          },
        ],
      },
    ],
  },
})

/** A published, signed-off article with a link; returns its id. */
const publishedArticle = async (extra: Json = {}) => {
  const created = await a.call('articles?draft=true', a.writer, {
    body: { title: `Attack target ${Math.random()}`, body: LINKED('https://example.org/study'), conditions: ['Multiple sclerosis'], ...extra },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  await a.reviewAndSign('articles', id)
  await a.publish('articles', id)
  expect((await a.readerSees('articles', id))?.title).toBe(created.body.doc.title)
  return id
}

describe('the sign-off covers the structure of rich text, not only its words', () => {
  const attempts: [string, unknown][] = [
    ['a link moved to a shop', LINKED('https://shop.example/buy-now')],
    ['a struck-through "not"', LINKED('https://example.org/study', 4)],
    ['a paragraph turned into a heading', { root: { ...LINKED('https://example.org/study').root, children: [{ ...LINKED('https://example.org/study').root.children[0], type: 'heading', tag: 'h2' }] } }],
  ]
  for (const [what, body] of attempts) {
    it(`refuses a live edit with ${what}, and readers keep the signed text`, async () => {
      const id = await publishedArticle()
      const before = await a.readerSees('articles', id)
      const live = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { body } })
      expect(live.status).toBe(403)
      expect(reasonsOf(live.body)).toContain('SIGNOFF_STALE')
      expect((await a.readerSees('articles', id))?.body).toEqual(before?.body)
      // As a draft it is saved, and the review reopens.
      expect((await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { body } })).status).toBe(200)
      const state = (await a.latest('articles', id)).medicalReview
      expect(state.status).toBe('in_review')
      expect(state.signOff?.fingerprint).not.toBe(state.fingerprint)
    })
  }

  it('refuses trees the editor cannot show, and unsafe link targets, even in a draft', async () => {
    const id = await publishedArticle()
    const counts = await a.rowCounts('articles')
    const textWithChildren = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'ok', children: [{ type: 'text', text: 'CAR T cures MS' }] }] }] },
    }
    const unknownNode = { root: { type: 'root', children: [{ type: 'script', children: [] }] } }
    for (const body of [textWithChildren, unknownNode, LINKED('javascript:alert(1)'), LINKED('java\tscript:alert(1)'), LINKED('data:text/html,hi'), 'just a string']) {
      const result = await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { body } })
      expect([result.status, codeOf(result.body)]).toEqual([400, 'INVALID_INPUT'])
    }
    expect(await a.rowCounts('articles')).toEqual(counts)
  })
})

describe('every field a reader receives is under the sign-off', () => {
  const edits: [string, (ids: { faq: number }) => Json][] = [
    ['conditions (JSON-LD about)', () => ({ conditions: ['Cancer'] })],
    ['references', () => ({ references: [{ label: 'Buy it here', url: 'https://shop.example' }] })],
    ['the slug', () => ({ slug: `changed-${Math.random().toString(36).slice(2)}` })],
    ['the summary', () => ({ summary: 'A new summary.' })],
    ['related FAQs', ({ faq }) => ({ relatedFaqs: [faq] })],
  ]
  let faq: number
  beforeAll(async () => {
    const created = await a.call('faqs?draft=true', a.writer, { body: { question: 'Is it approved?', answer: richText('Not yet.') } })
    faq = created.body.doc.id
  })
  for (const [what, edit] of edits) {
    it(`a change of ${what} after sign-off voids it, on every publishing door`, async () => {
      const id = await publishedArticle()
      const live = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: edit({ faq }) })
      expect(live.status).toBe(403)
      expect((await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: edit({ faq }) })).status).toBe(200)
      expect((await a.latest('articles', id)).medicalReview.status).toBe('in_review')
      const bulk = await a.call(`articles?where[id][equals]=${id}`, a.admin, { method: 'PATCH', body: { _status: 'published' } })
      expect(bulk.body.errors?.length).toBe(1)
      const byId = await a.call(`articles/${id}`, a.admin, { method: 'PATCH', body: { _status: 'published' } })
      expect(byId.status).toBe(403)
    })
  }

  it('a trial’s sites, sponsor and id are reviewed too', async () => {
    const created = await a.call('trials?draft=true', a.writer, {
      body: { nctId: 'NCT99000001', title: 'A study', overallStatus: 'COMPLETED', sponsor: 'Demo sponsor', locations: [{ facility: 'City clinic', status: 'COMPLETED' }] },
    })
    const id = created.body.doc.id
    await a.reviewAndSign('trials', id)
    await a.publish('trials', id)
    for (const edit of [{ locations: [{ facility: 'City clinic', status: 'RECRUITING' }] }, { sponsor: 'Someone else' }, { nctId: 'NCT99000002' }]) {
      const live = await a.call(`trials/${id}`, a.writer, { method: 'PATCH', body: edit })
      expect(live.status).toBe(403)
    }
    expect((await a.readerSees('trials', id))?.sponsor).toBe('Demo sponsor')
  })
})

describe('bulk publishing judges the content that goes live, and the latest review state', () => {
  it('does not bring back an unpublished article whose claims were since rejected', async () => {
    const trial = (await a.call('trials?draft=true', a.writer, { body: { nctId: 'NCT99000011', title: 'Cited trial', overallStatus: 'RECRUITING' } })).body.doc.id
    await a.reviewAndSign('trials', trial)
    await a.publish('trials', trial)
    const id = await publishedArticle({ body: richText('CAR T cures MS.', 'The trial is now recruiting.'), relatedTrials: [trial] })
    expect((await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'draft' } })).status).toBe(200)
    expect(await a.readerSees('articles', id)).toBeNull()
    // The cited trial closes (a draft change): the article goes back to review.
    expect((await a.call(`trials/${trial}?draft=true`, a.writer, { method: 'PATCH', body: { overallStatus: 'COMPLETED' } })).status).toBe(200)
    expect((await a.latest('articles', id)).medicalReview.status).toBe('in_review')
    // Another reviewer overrules the earlier approvals, having seen them (the revision says so).
    let { revision } = (await a.call(`articles/${id}/review`, a.reviewer2, { method: 'GET' })).body
    for (const claim of (await a.latest('articles', id)).medicalReview.claims.filter((claim) => claim.severity === 'error')) {
      const rejected = await a.call(`articles/${id}/review/claims/${claim.key}`, a.reviewer2, { body: { decision: 'rejected', note: 'Wrong now.', revision } })
      expect(rejected.status).toBe(200)
      revision = rejected.body.revision
    }
    for (const query of [`where[id][equals]=${id}`, `where[id][equals]=${id}&draft=true`]) {
      const bulk = await a.call(`articles?${query}`, a.admin, { method: 'PATCH', body: { _status: 'published' } })
      expect(bulk.body.errors?.length).toBe(1)
      expect(await a.readerSees('articles', id)).toBeNull()
    }
    const state = (await a.latest('articles', id)).medicalReview
    expect(state.claims.filter((claim) => claim.decision.status === 'rejected').length).toBeGreaterThan(0)
  })
})

describe('_status takes only its two values', () => {
  for (const status of ['published\u0000', ' published', 'PUBLISHED', true, 1, ['published'], { equals: 'published' }]) {
    it(`refuses ${JSON.stringify(status)} on create, update and bulk update, storing nothing`, async () => {
      const id = (await a.call('articles?draft=true', a.writer, { body: { title: `Status probe ${Math.random()}`, body: richText('Plain text.') } })).body.doc.id
      const counts = await a.rowCounts('articles')
      const create = await a.call('articles', a.writer, { body: { title: 'x', body: richText('CAR T cures MS.'), _status: status } })
      const update = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: status } })
      const bulk = await a.call(`articles?where[id][equals]=${id}`, a.admin, { method: 'PATCH', body: { _status: status } })
      // The server refuses a NUL anywhere before Payload sees it; the plugin refuses the rest.
      for (const result of [create, update, bulk]) {
        expect(result.status).toBe(400)
        expect(['INVALID_STATUS', 'NUL_CHARACTER']).toContain(codeOf(result.body))
      }
      // Behind the server too: the Local API gets the same answer.
      await expect(a.t.payload.update({ collection: 'articles', id, data: { _status: status } as never })).rejects.toMatchObject({
        status: 400,
        data: { code: 'INVALID_STATUS' },
      })
      expect(await a.rowCounts('articles')).toEqual(counts)
      expect((await a.latest('articles', id))._status).toBe('draft')
    })
  }
})

describe('writes are all-or-nothing, and bad input is a 400', () => {
  it('a save or publish with a relation to nothing leaves the document as it was', async () => {
    const id = await publishedArticle()
    const before = await a.rowCounts('articles')
    const events = async () =>
      (await a.t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) } }, limit: 1000 })).docs.map((event) => event.action)
    const eventsBefore = await events()
    for (const query of ['', '?draft=true']) {
      const result = await a.call(`articles/${id}${query}`, a.writer, { method: 'PATCH', body: { relatedTrials: [987654321], _status: query ? 'draft' : 'published' } })
      expect(result.status).toBeGreaterThanOrEqual(400)
      expect(result.status).toBeLessThan(500)
    }
    const after = await a.rowCounts('articles')
    expect({ docs: after.docs, versions: after.versions }).toEqual({ docs: before.docs, versions: before.versions })
    // The refusal itself is recorded; nothing of the refused write is.
    expect((await events()).slice(eventsBefore.length).every((action) => action === 'publish_blocked')).toBe(true)
    expect((await a.readerSees('articles', id))?.relatedTrials ?? []).toEqual([])
  })

  it('refuses a broken date and an over-long draft, and every list still answers', async () => {
    const id = (await a.call('articles?draft=true', a.writer, { body: { title: 'Dates', body: richText('Plain.') } })).body.doc.id
    const counts = await a.rowCounts('articles')
    for (const body of [{ createdAt: 'garbage' }, { updatedAt: 'not a date' }, { summary: 'x'.repeat(601) }, { conditions: ['y'.repeat(20_001)] }, { title: 42 }]) {
      const result = await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body })
      expect([result.status, codeOf(result.body)]).toEqual([400, 'INVALID_INPUT'])
    }
    expect(await a.rowCounts('articles')).toEqual(counts)
    expect((await a.call('articles?draft=true&limit=50', a.admin)).status).toBe(200)
    expect((await a.call(`articles/${id}`, a.admin, { method: 'PATCH', body: { _status: 'draft' } })).status).toBe(200)
  })

  it('answers a review action on a malformed id with 404, not 500', async () => {
    for (const id of ['abc', '-1', '1e99', '%00', 'x'.repeat(300)]) {
      const result = await a.call(`articles/${encodeURIComponent(id)}/review`, a.writer)
      expect([result.status, typeof codeOf(result.body)]).toEqual([404, 'string'])
    }
  })
})

describe('the sign-off binds what the reviewer saw, and four-eyes means four eyes', () => {
  const inReview = async (text = 'CAR T cures MS.') => {
    const id = (await a.call('articles?draft=true', a.writer, { body: { title: `Four eyes ${Math.random()}`, body: richText(text) } })).body.doc.id
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    return id as number
  }
  const approveAll = async (id: number, as = a.reviewer2) => {
    for (const claim of (await a.latest('articles', id)).medicalReview.claims) {
      expect((await a.call(`articles/${id}/review/claims/${claim.key}`, as, { body: { decision: 'approved' } })).status).toBe(200)
    }
  }

  it('refuses a sign-off that does not name the fingerprint', async () => {
    const id = await inReview()
    await approveAll(id)
    for (const fingerprint of [undefined, '', 'abc', 42]) {
      const result = await a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } })
      expect([result.status, codeOf(result.body)]).toEqual([400, 'FINGERPRINT_REQUIRED'])
    }
    expect((await a.latest('articles', id)).medicalReview.signOff).toBeNull()
  })

  it('a reviewer who changed the content cannot sign it after someone else edits too', async () => {
    const id = await inReview()
    expect((await a.call(`articles/${id}?draft=true`, a.reviewer, { method: 'PATCH', body: { body: richText('CAR T cures MS, we think.') } })).status).toBe(200)
    expect((await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { title: 'Four eyes!' } })).status).toBe(200)
    await approveAll(id)
    const { fingerprint } = (await a.latest('articles', id)).medicalReview
    const result = await a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } })
    expect([result.status, codeOf(result.body)]).toEqual([403, 'FOUR_EYES'])
  })

  it('the author never signs their own article, even as a reviewer', async () => {
    // A writer files the piece under the reviewer's name (say, the reviewer dictated it).
    const created = await a.call('articles?draft=true', a.writer, {
      body: { title: `By a reviewer ${Math.random()}`, body: richText('CAR T cures MS.'), author: a.reviewer.user.id },
    })
    const id = created.body.doc.id
    expect(created.body.doc.author?.id ?? created.body.doc.author).toBe(a.reviewer.user.id)
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    const claim = (await a.latest('articles', id)).medicalReview.claims[0]
    const decided = await a.call(`articles/${id}/review/claims/${claim.key}`, a.reviewer, { body: { decision: 'approved' } })
    expect([decided.status, codeOf(decided.body)]).toEqual([403, 'FOUR_EYES'])
  })

  it('warnings need a decision before sign-off', async () => {
    const id = await inReview('This miracle treatment is a game-changer.')
    const claims = (await a.latest('articles', id)).medicalReview.claims
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.every((claim) => claim.severity !== 'error')).toBe(true)
    const { fingerprint } = (await a.latest('articles', id)).medicalReview
    const result = await a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } })
    expect([result.status, codeOf(result.body)]).toEqual([403, 'CLAIMS_PENDING'])
  })

  it('refuses notes and statements over the cap instead of storing or copying them', async () => {
    const id = await inReview()
    const events = (await a.rowCounts('articles')).events
    const claim = (await a.latest('articles', id)).medicalReview.claims[0]
    const note = await a.call(`articles/${id}/review/claims/${claim.key}`, a.reviewer, { body: { decision: 'rejected', note: 'n'.repeat(100_000) } })
    expect([note.status, codeOf(note.body)]).toEqual([400, 'TEXT_TOO_LONG'])
    const reason = await a.call(`articles/${id}/review/request-changes`, a.reviewer, { body: { reason: 'r'.repeat(100_000) } })
    expect([reason.status, codeOf(reason.body)]).toEqual([400, 'TEXT_TOO_LONG'])
    expect((await a.rowCounts('articles')).events).toBe(events)
  })
})

describe('deletion', () => {
  it('writers cannot delete published or reviewed content; admins can, and it is audited', async () => {
    const id = await publishedArticle()
    expect((await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'draft' } })).status).toBe(200)
    for (const account of [a.writer, a.writer2, a.reviewer]) {
      const result = await a.call(`articles/${id}`, account, { method: 'DELETE' })
      expect(result.status).toBeGreaterThanOrEqual(400)
      expect(result.status).toBeLessThan(500)
    }
    const bulk = await a.call(`articles?where[id][equals]=${id}`, a.writer, { method: 'DELETE' })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    expect((await a.latest('articles', id)).id).toBe(id)

    const inReview = (await a.call('articles?draft=true', a.writer, { body: { title: 'Someone else’s', body: richText('CAR T cures MS.') } })).body.doc.id
    expect((await a.call(`articles/${inReview}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    expect(codeOf((await a.call(`articles/${inReview}`, a.writer2, { method: 'DELETE' })).body)).toBeDefined()

    expect((await a.call(`articles/${id}`, a.admin, { method: 'DELETE' })).status).toBe(200)
    const events = await a.t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(id) }, action: { equals: 'deleted' } } })
    expect(events.docs).toHaveLength(1)
  })
})

describe('bulk deletes are all or nothing', () => {
  // All or nothing rides on the database's transactions; the MongoDB emulator has none.
  const transactional = testDatabaseKind() === 'mongodb' && mongoServerKind() === 'congodb' ? it.skip : it
  transactional('deletes none of the documents when one of them cannot be deleted, and records nothing', async () => {
    const ids: number[] = []
    for (const title of ['Bulk one', 'Bulk two']) {
      const created = await a.call('articles?draft=true', a.writer, { body: { title: `${title} ${Math.random()}`, body: richText('Rest helps.') } })
      expect(created.status).toBe(201)
      ids.push(created.body.doc.id as number)
    }
    // Someone is editing the second one: Payload refuses to delete a locked document.
    await a.t.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: ids[1] }, user: { relationTo: 'users', value: a.writer.user.id } },
    })
    const eventsBefore = (await a.t.payload.count({ collection: 'review-events' })).totalDocs

    const bulk = await a.call(`articles?where[id][in]=${ids.join(',')}`, a.admin, { method: 'DELETE' })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect(bulk.status).toBeLessThan(500)
    expect(codeOf(bulk.body)).toBe('BULK_DELETE_INCOMPLETE')
    for (const id of ids) expect((await a.latest('articles', id)).id).toBe(id)
    expect((await a.t.payload.count({ collection: 'review-events' })).totalDocs).toBe(eventsBefore)
  })
})

describe('bulk writes of many documents at once', () => {
  // Payload runs a bulk operation's documents concurrently inside one transaction; each leaves an
  // audit event, and none may take another's place in the chain or abort the rest.
  const drafts = async (count: number) => {
    const ids: number[] = []
    for (let i = 0; i < count; i += 1) {
      const created = await a.call('articles?draft=true', a.writer, { body: { title: `Many ${i} ${Math.random()}`, body: richText('Rest helps.') } })
      expect(created.status).toBe(201)
      ids.push(created.body.doc.id as number)
    }
    return ids
  }
  const chainVerifies = async () => (await a.call('review-events/verify', a.admin)).body.ok

  it('a bulk unpublish and a bulk edit of signed articles record each document’s own event', async () => {
    const ids = await drafts(8)
    for (const id of ids) {
      await a.reviewAndSign('articles', id)
      await a.publish('articles', id)
    }
    const eventsOf = async (action: string) => {
      const { docs } = await a.t.payload.find({ collection: 'review-events', where: { action: { equals: action }, documentId: { in: ids.map(String) } }, limit: 100 })
      return docs.map((event) => event.documentId).sort()
    }

    const unpublished = await a.call(`articles?where[id][in]=${ids.join(',')}`, a.admin, { method: 'PATCH', body: { _status: 'draft' } })
    expect(unpublished.body.errors ?? []).toEqual([])
    expect((unpublished.body.docs as Json[]).map((doc) => String(doc.id)).sort()).toEqual(ids.map(String).sort())
    for (const id of ids) expect(await a.readerSees('articles', id)).toBeNull()
    expect(await eventsOf('unpublished')).toEqual(ids.map(String).sort())

    const edited = await a.call(`articles?draft=true&where[id][in]=${ids.join(',')}`, a.admin, { method: 'PATCH', body: { body: richText('Rest helps a great deal.') } })
    expect(edited.body.errors ?? []).toEqual([])
    for (const id of ids) {
      const { signOff, fingerprint } = (await a.latest('articles', id)).medicalReview
      expect(signOff?.fingerprint).not.toBe(fingerprint)
    }
    expect(await eventsOf('invalidated')).toEqual(ids.map(String).sort())
    expect(await chainVerifies()).toBe(true)
  })

  it('an admin’s bulk delete of twelve drafts deletes every one, each with its own audit event', async () => {
    const ids = await drafts(12)
    const eventsBefore = (await a.t.payload.count({ collection: 'review-events' })).totalDocs
    const bulk = await a.call(`articles?where[id][in]=${ids.join(',')}`, a.admin, { method: 'DELETE' })
    expect(bulk.body.errors ?? []).toEqual([])
    expect(bulk.status).toBe(200)
    expect((bulk.body.docs as Json[]).map((doc) => String(doc.id)).sort()).toEqual(ids.map(String).sort())
    expect((await a.t.payload.count({ collection: 'articles', where: { id: { in: ids } } })).totalDocs).toBe(0)
    const deleted = await a.t.payload.count({ collection: 'review-events', where: { action: { equals: 'deleted' }, documentId: { in: ids.map(String) } } })
    expect(deleted.totalDocs).toBe(ids.length)
    expect((await a.t.payload.count({ collection: 'review-events' })).totalDocs).toBe(eventsBefore + ids.length)
    expect(await chainVerifies()).toBe(true)
  })
})

describe('a bulk delete stays all or nothing when another hook’s query fails midway', () => {
  // A site's own hook that runs a Local API query which fails makes Payload roll back the bulk
  // operation's one transaction while the other documents are still being deleted.
  const transactional = testDatabaseKind() === 'mongodb' && mongoServerKind() === 'congodb' ? it.skip : it
  transactional('deletes none of the documents and records nothing', async () => {
    const ids: number[] = []
    for (let i = 0; i < 8; i += 1) {
      const created = await a.call('articles?draft=true', a.writer, { body: { title: `Midway ${i} ${Math.random()}`, body: richText('Rest helps.') } })
      ids.push(created.body.doc.id as number)
    }
    const failing = ids[3]
    const hooks = a.t.payload.collections.articles.config.hooks
    const siteHook: (typeof hooks.beforeDelete)[number] = async ({ id, req }) => {
      if (String(id) === String(failing)) await req.payload.findByID({ collection: 'users', id: 987654321, req, disableErrors: false })
    }
    hooks.beforeDelete.unshift(siteHook)
    try {
      const before = await a.rowCounts('articles')
      const bulk = await a.call(`articles?where[id][in]=${ids.join(',')}`, a.admin, { method: 'DELETE' })
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      expect(bulk.status).toBeLessThan(500)
      expect([codeOf(bulk.body), bulk.body.errors[0].data.refused]).toEqual(['BULK_DELETE_INCOMPLETE', [failing]])
      expect(await a.rowCounts('articles')).toEqual(before)
    } finally {
      hooks.beforeDelete.splice(hooks.beforeDelete.indexOf(siteHook), 1)
    }
  })
})

describe('a bulk update stays all or nothing when another hook’s query fails midway', () => {
  const transactional = testDatabaseKind() === 'mongodb' && mongoServerKind() === 'congodb' ? it.skip : it
  transactional('unpublishes none of the articles, and records no unpublishing', async () => {
    const ids: (number | string)[] = []
    for (let i = 0; i < 6; i += 1) {
      const created = await a.call('articles?draft=true', a.writer, { body: { title: `Unpublish midway ${i} ${Math.random()}`, body: richText('Rest helps.') } })
      ids.push(created.body.doc.id)
      await a.reviewAndSign('articles', ids[i])
      await a.publish('articles', ids[i])
    }
    const failing = ids[2]
    const hooks = a.t.payload.collections.articles.config.hooks
    const siteHook: (typeof hooks.beforeChange)[number] = async ({ data, originalDoc, req }) => {
      if (String(originalDoc?.id) === String(failing)) await req.payload.findByID({ collection: 'users', id: 987654321, req, disableErrors: false })
      return data
    }
    hooks.beforeChange.unshift(siteHook)
    try {
      const bulk = await a.call(`articles?where[id][in]=${ids.join(',')}`, a.admin, { method: 'PATCH', body: { _status: 'draft' } })
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      expect(bulk.status).toBeLessThan(500)
    } finally {
      hooks.beforeChange.splice(hooks.beforeChange.indexOf(siteHook), 1)
    }
    for (const id of ids) expect((await a.readerSees('articles', id))?.id).toBe(id)
    const { totalDocs } = await a.t.payload.count({ collection: 'review-events', where: { action: { equals: 'unpublished' }, documentId: { in: ids.map(String) } } })
    expect(totalDocs).toBe(0)
    expect((await a.call('review-events/verify', a.admin)).body.ok).toBe(true)
  })
})

describe('“Publish selected” publishes all of the selection or none of it', () => {
  const transactional = testDatabaseKind() === 'mongodb' && mongoServerKind() === 'congodb' ? it.skip : it
  transactional('one unsigned article in the selection keeps the signed ones unpublished too, and says which', async () => {
    const ids: (number | string)[] = []
    for (let i = 0; i < 3; i += 1) {
      const created = await a.call('articles?draft=true', a.writer, { body: { title: `Selection ${i} ${Math.random()}`, body: richText('CAR T cures MS.') } })
      ids.push(created.body.doc.id)
      if (i !== 1) await a.reviewAndSign('articles', ids[i])
    }
    const eventsBefore = (await a.t.payload.count({ collection: 'review-events', where: { action: { equals: 'published' } } })).totalDocs
    const bulk = await a.call(`articles?draft=true&where[id][in]=${ids.join(',')}`, a.admin, { method: 'PATCH', body: { _status: 'published' } })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect(bulk.status).toBeLessThan(500)
    expect(bulk.body.errors[0].message).toMatch(/^“Selection 1 /)
    for (const id of ids) expect(await a.readerSees('articles', id)).toBeNull()
    expect((await a.t.payload.count({ collection: 'review-events', where: { action: { equals: 'published' } } })).totalDocs).toBe(eventsBefore)
  })
})

describe('accounts and bylines', () => {
  it('anonymous failed logins neither lock a reviewer out of signing nor reveal the account', async () => {
    const id = (await a.call('articles?draft=true', a.writer, { body: { title: 'Lockout', body: richText('CAR T cures MS.') } })).body.doc.id
    const answers = new Set<string>()
    for (let i = 0; i < 7; i += 1) {
      const known = await a.call('users/login', undefined, { body: { email: a.reviewer.user.email, password: `wrong ${i}` } })
      const unknown = await a.call('users/login', undefined, { body: { email: `nobody-${i}@example.test`, password: 'wrong' } })
      answers.add(JSON.stringify([known.status, known.body.errors?.[0]?.message]))
      answers.add(JSON.stringify([unknown.status, unknown.body.errors?.[0]?.message]))
    }
    expect(answers.size).toBe(1)
    const state = await a.reviewAndSign('articles', id, a.reviewer)
    expect(state.signOff?.printedName).toBe('Dr Ada Reviewer')
  })

  it('only admins set the printed name and credentials, and the change is recorded', async () => {
    const self = await a.call(`users/${a.reviewer2.user.id}`, a.reviewer2, {
      method: 'PATCH',
      body: { reviewerProfile: { displayName: 'Dr Jane Doe', credentials: 'MD, PhD, Chief Medical Officer' } },
    })
    expect([self.status, codeOf(self.body)]).toEqual([403, 'PRINTED_NAME_ADMIN_ONLY'])
    const stored = await a.t.payload.findByID({ collection: 'users', id: a.reviewer2.user.id })
    expect(stored.reviewerProfile?.displayName).toBe('Dr Second')
    const byAdmin = await a.call(`users/${a.reviewer2.user.id}`, a.admin, { method: 'PATCH', body: { reviewerProfile: { displayName: 'Dr Second', credentials: 'PhD, MD' } } })
    expect(byAdmin.status).toBe(200)
    const events = await a.t.payload.find({ collection: 'review-events', where: { action: { equals: 'signer_profile_changed' } } })
    expect(events.docs.map((event) => event.documentId)).toContain(String(a.reviewer2.user.id))
  })
})
