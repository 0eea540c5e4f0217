import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { codeOf, reviewApi } from '../helpers/reviewApi.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let mail: Mailbox
let writer: Account
let first: Account
let second: Account

beforeAll(async () => {
  mail = await startMailbox()
  t = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), SMTP_STARTTLS: 'false' })
  writer = await createAccount(t.payload, t.url, ['writer'])
  first = await createAccount(t.payload, t.url, ['reviewer'])
  second = await createAccount(t.payload, t.url, ['reviewer'])
})
afterAll(async () => {
  await t?.close()
  await mail?.close()
})

const { call, stored } = reviewApi(() => t)

const draft = async (data: Record<string, unknown>) => {
  const created = await call('articles?draft=true', writer, 'POST', data)
  expect(created.status).toBe(201)
  return (created.body.doc as { id: number }).id
}
let drafted = 0
const inReview = async (sentence: string) => {
  const id = await draft({ title: `Conflict ${++drafted}`, body: richText(sentence) })
  expect((await call(`articles/${id}/review/submit`, writer)).status).toBe(200)
  return id
}

describe('two reviewers on one document', () => {
  it('a decision made on a stale view is refused and the other decision stays', async () => {
    const id = await inReview('CAR T cures MS in most patients.')
    const seenByFirst = await call(`articles/${id}/review`, first, 'GET')
    const seenBySecond = await call(`articles/${id}/review`, second, 'GET')
    expect(seenByFirst.body.revision).toMatch(/^[0-9a-f]{16}$/)
    expect(seenBySecond.body.revision).toBe(seenByFirst.body.revision)
    const key = seenByFirst.body.claims![0]!.key

    const approved = await call(`articles/${id}/review/claims/${key}`, first, 'POST', {
      decision: 'approved',
      revision: seenByFirst.body.revision,
    })
    expect(approved.status).toBe(200)
    expect(approved.body.revision).not.toBe(seenByFirst.body.revision)

    const stale = await call(`articles/${id}/review/claims/${key}`, second, 'POST', {
      decision: 'rejected',
      note: 'Overstated.',
      revision: seenBySecond.body.revision,
    })
    expect(stale.status).toBe(409)
    expect(codeOf(stale)).toBe('STALE_REVIEW')
    expect(JSON.stringify(stale.body)).toMatch(/approved/)
    const after = await stored(id)
    expect(after.claims.find((claim) => claim.key === key)?.decision).toMatchObject({
      status: 'approved',
      reviewer: String(first.user.id),
    })

    // Having reloaded, the second reviewer may overrule on purpose, and the record says who did.
    const reloaded = await call(`articles/${id}/review`, second, 'GET')
    expect(reloaded.body.revision).toBe(approved.body.revision)
    const overruled = await call(`articles/${id}/review/claims/${key}`, second, 'POST', {
      decision: 'rejected',
      note: 'Overstated.',
      revision: reloaded.body.revision,
    })
    expect(overruled.status).toBe(200)
    expect((await stored(id)).claims.find((claim) => claim.key === key)?.decision).toMatchObject({
      status: 'rejected',
      reviewer: String(second.user.id),
    })
  })

  it('without a revision, another reviewer’s decision is not overwritten blindly', async () => {
    const id = await inReview('This supplement has no side effects.')
    const key = (await stored(id)).claims[0]!.key
    expect((await call(`articles/${id}/review/claims/${key}`, first, 'POST', { decision: 'approved' })).status).toBe(200)
    // Their own decision a reviewer may change without one.
    expect((await call(`articles/${id}/review/claims/${key}`, first, 'POST', { decision: 'pending' })).status).toBe(200)
    expect((await call(`articles/${id}/review/claims/${key}`, first, 'POST', { decision: 'approved' })).status).toBe(200)

    const blind = await call(`articles/${id}/review/claims/${key}`, second, 'POST', { decision: 'rejected', note: 'No.' })
    expect(blind.status).toBe(409)
    expect(codeOf(blind)).toBe('DECISION_EXISTS')
    expect((await stored(id)).claims.find((claim) => claim.key === key)?.decision.status).toBe('approved')
  })

  it('a malformed revision is a 400 that names the field, and nothing changes', async () => {
    const id = await inReview('It cures MS.')
    const before = await stored(id)
    for (const revision of ['', 'abc', 42, ['x'], { $ne: null }, 'z'.repeat(16)]) {
      const answer = await call(`articles/${id}/review/claims/${before.claims[0]!.key}`, first, 'POST', {
        decision: 'approved',
        revision,
      })
      expect(answer.status).toBe(400)
      expect(codeOf(answer)).toBe('INVALID_REVISION')
    }
    expect(await stored(id)).toEqual(before)
  })

  it('sign-off and request-changes on a stale view are refused too', async () => {
    const id = await inReview('It cures MS.')
    const seen = await call(`articles/${id}/review`, second, 'GET')
    for (const claim of seen.body.claims!) {
      await call(`articles/${id}/review/claims/${claim.key}`, first, 'POST', { decision: 'approved' })
    }
    const signed = await call(`articles/${id}/review/sign-off`, second, 'POST', {
      password: TEST_PASSWORD,
      fingerprint: seen.body.fingerprint,
      revision: seen.body.revision,
    })
    expect(codeOf(signed)).toBe('STALE_REVIEW')
    const sentBack = await call(`articles/${id}/review/request-changes`, second, 'POST', {
      reason: 'Cite a trial.',
      revision: seen.body.revision,
    })
    expect(codeOf(sentBack)).toBe('STALE_REVIEW')
    const after = await stored(id)
    expect(after.status).toBe('in_review')
    expect(after.signOff).toBeNull()
  })
})

describe('one decision for many claims', () => {
  it('approves every listed warning with one note, one audit event each, in one step', async () => {
    const id = await inReview('The drug reduced relapses by 50%. This breakthrough changes everything. Take 500 mg twice a day.')
    const seen = await call(`articles/${id}/review`, first, 'GET')
    const warnings = seen.body.claims!.filter((claim) => claim.severity === 'warning').map((claim) => claim.key)
    expect(warnings.length).toBeGreaterThanOrEqual(2)
    const eventsBefore = (await t.payload.count({ collection: 'review-events', where: { documentId: { equals: String(id) } } })).totalDocs

    const approved = await call(`articles/${id}/review/claims`, first, 'POST', {
      keys: warnings,
      decision: 'approved',
      note: 'Figures match the label.',
      revision: seen.body.revision,
    })
    expect(approved.status).toBe(200)
    const after = await stored(id)
    for (const claim of after.claims) {
      if (warnings.includes(claim.key)) {
        expect(claim.decision).toMatchObject({ status: 'approved', note: 'Figures match the label.', reviewer: String(first.user.id) })
      } else {
        expect(claim.decision.status).toBe('pending')
      }
    }
    const eventsAfter = (await t.payload.count({ collection: 'review-events', where: { documentId: { equals: String(id) } } })).totalDocs
    expect(eventsAfter - eventsBefore).toBe(warnings.length)
  })

  it('refuses the whole list when one key is unknown or the list is malformed, and changes nothing', async () => {
    const id = await inReview('The drug reduced relapses by 50%. This breakthrough changes everything.')
    const before = await stored(id)
    const keys = before.claims.map((claim) => claim.key)
    const unknown = await call(`articles/${id}/review/claims`, first, 'POST', { keys: [...keys, 'no-such-claim'], decision: 'approved' })
    expect(unknown.status).toBe(404)
    expect(codeOf(unknown)).toBe('CLAIM_NOT_FOUND')
    for (const bad of [undefined, [], 'abc', [1, 2], [''], Array.from({ length: 501 }, (_, index) => `k${index}`)]) {
      const answer = await call(`articles/${id}/review/claims`, first, 'POST', { keys: bad, decision: 'approved' })
      expect(answer.status).toBe(400)
      expect(codeOf(answer)).toBe('INVALID_KEYS')
    }
    const writerTries = await call(`articles/${id}/review/claims`, writer, 'POST', { keys, decision: 'approved' })
    expect(writerTries.status).toBe(403)
    expect(await stored(id)).toEqual(before)
  })
})

describe('what can be submitted', () => {
  it('an empty or incomplete draft is refused, stays a draft and emails nobody', async () => {
    const sentBefore = mail.messages.length
    const untitled = await draft({ title: 'An empty page' })
    const incomplete = await call(`articles/${untitled}/review/submit`, writer)
    expect(incomplete.status).toBe(422)
    expect(codeOf(incomplete)).toBe('INCOMPLETE_DOCUMENT')
    expect(JSON.stringify(incomplete.body)).toMatch(/Body/i)

    const blank = await draft({ title: 'Blank body', body: richText('   ') })
    const nothing = await call(`articles/${blank}/review/submit`, writer)
    expect(nothing.status).toBe(422)
    expect(codeOf(nothing)).toBe('INCOMPLETE_DOCUMENT')

    for (const id of [untitled, blank]) expect((await stored(id)).status).toBe('draft')
    // A submission that went through would email the reviewers; give any such mail time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mail.messages.slice(sentBefore).filter((message) => /review requested/i.test(message.subject))).toEqual([])
  })

  it('content sent back cannot be resubmitted unchanged, and the reason stays in view', async () => {
    const id = await inReview('CAR T is a cure for MS.')
    const key = (await stored(id)).claims[0]!.key
    await call(`articles/${id}/review/claims/${key}`, first, 'POST', { decision: 'rejected', note: 'No cure exists.' })
    expect((await call(`articles/${id}/review/request-changes`, first, 'POST', { reason: 'Remove the cure claim.' })).status).toBe(200)

    const again = await call(`articles/${id}/review/submit`, writer)
    expect(again.status).toBe(409)
    expect(codeOf(again)).toBe('UNCHANGED_SINCE_CHANGES_REQUESTED')
    expect(JSON.stringify(again.body)).toContain('Remove the cure claim.')
    const kept = await stored(id)
    expect(kept.status).toBe('changes_requested')
    expect(kept.changesRequested?.reason).toBe('Remove the cure claim.')
    expect(kept.claims[0]!.decision).toMatchObject({ status: 'rejected', note: 'No cure exists.' })

    // An autosave that changes nothing does not count as addressing it.
    expect((await call(`articles/${id}?draft=true&autosave=true`, writer, 'PATCH', {})).status).toBe(200)
    expect(codeOf(await call(`articles/${id}/review/submit`, writer))).toBe('UNCHANGED_SINCE_CHANGES_REQUESTED')

    await call(`articles/${id}?draft=true`, writer, 'PATCH', { body: richText('CAR T is being studied in MS.') })
    expect((await call(`articles/${id}/review/submit`, writer)).status).toBe(200)
    expect((await stored(id)).status).toBe('in_review')
  })
})
