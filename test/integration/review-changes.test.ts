import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ReviewChanges } from '../../src/review/changes/reviewChanges.js'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { publishThroughReview } from '../helpers/review.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let writer: Account
let reviewer: Account

beforeAll(async () => {
  t = await startTestServer()
  writer = await createAccount(t.payload, t.url, ['writer'])
  reviewer = await createAccount(t.payload, t.url, ['reviewer'])
})
afterAll(async () => t?.close())

const changes = async (id: number | string, since: string, account: Account | null = reviewer) => {
  const response = await fetch(`${t.url}/api/articles/${id}/review/changes?since=${since}`, {
    headers: account?.headers ?? {},
  })
  return { status: response.status, body: (await response.json()) as ReviewChanges & { errors?: { data?: { code?: string } }[] } }
}
const edit = (id: number | string, data: Record<string, unknown>) =>
  fetch(`${t.url}/api/articles/${id}?draft=true`, { method: 'PATCH', headers: writer.headers, body: JSON.stringify(data) })

let published: number | string
const SIGNED = 'CAR T-cell therapy is being studied in MS. Side effects can be serious.'

describe('what changed since sign-off, and since the published version', () => {
  beforeAll(async () => {
    const doc = await publishThroughReview(
      t.payload,
      'articles',
      { title: 'What changed', body: richText(SIGNED) },
      { writer: writer.user, reviewer: reviewer.user },
    )
    published = doc.id
  })

  it('shows no change right after publishing', async () => {
    for (const since of ['signoff', 'published']) {
      const answer = await changes(published, since)
      expect(answer.status).toBe(200)
      expect(answer.body.baselineAt).toEqual(expect.any(String))
      expect(answer.body.fields).toEqual([])
    }
  })

  it('shows the words added and removed in a draft edit, per field, against both baselines', async () => {
    expect((await edit(published, { body: richText('CAR T-cell therapy cures MS. Side effects can be serious.') })).status).toBe(200)
    for (const since of ['signoff', 'published']) {
      const { status, body } = await changes(published, since)
      expect(status).toBe(200)
      expect(body.fields.map((field) => field.field)).toEqual(['body'])
      const [field] = body.fields
      expect(field!.label).toBe('Body')
      const removed = field!.parts.filter((part) => part.removed).map((part) => part.value).join('')
      const added = field!.parts.filter((part) => part.added).map((part) => part.value).join('')
      expect(removed).toMatch(/is being studied in/)
      expect(added).toMatch(/cures/)
      // Unchanged words stay as they were: the parts put back together give each version.
      expect(field!.parts.filter((part) => !part.added).map((part) => part.value).join('')).toBe(SIGNED)
      expect(field!.parts.filter((part) => !part.removed).map((part) => part.value).join('')).toContain('cures MS.')
    }
  })

  it('names a change of formatting alone, which also changes what readers get', async () => {
    const struck = richText('CAR T-cell therapy is being studied in MS. Side effects can be serious.') as {
      root: { children: { children: { format: number }[] }[] }
    }
    struck.root.children[0]!.children[0]!.format = 4 // strikethrough
    expect((await edit(published, { body: struck })).status).toBe(200)
    const { body } = await changes(published, 'signoff')
    expect(body.fields).toEqual([expect.objectContaining({ field: 'body', formatOnly: true })])
  })

  it('compares the title too, and leaves unchanged fields out', async () => {
    expect((await edit(published, { title: 'What changed, renamed', body: richText(SIGNED) })).status).toBe(200)
    const { body } = await changes(published, 'published')
    expect(body.fields.map((field) => field.field)).toEqual(['title'])
  })
})

describe('the document’s own history', () => {
  it('lists its review events newest first, with names and what each meant', async () => {
    const another = await fetch(`${t.url}/api/articles?draft=true`, {
      method: 'POST',
      headers: writer.headers,
      body: JSON.stringify({ title: 'Another document', body: richText('It cures MS.') }),
    })
    const anotherId = ((await another.json()) as { doc: { id: number } }).doc.id
    await fetch(`${t.url}/api/articles/${anotherId}/review/submit`, { method: 'POST', headers: writer.headers })
    const response = await fetch(`${t.url}/api/articles/${published}/review/history`, { headers: writer.headers })
    expect(response.status).toBe(200)
    const { entries } = (await response.json()) as { entries: { sequence: number; action: string; actorName: string; meaning: string }[] }
    const actions = entries.map((entry) => entry.action).reverse()
    expect(actions.slice(0, 2)).toEqual(['submitted', 'claim_decided'])
    expect(actions).toEqual(expect.arrayContaining(['signed', 'published']))
    expect(actions.indexOf('signed')).toBeLessThan(actions.indexOf('published'))
    const sequences = entries.map((entry) => entry.sequence)
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a))
    const signed = entries.find((entry) => entry.action === 'signed')!
    expect(signed.meaning).toMatch(/approve it for publication/)
    // Only this document's events: none of the other document's.
    const other = await t.payload.find({ collection: 'review-events', where: { documentId: { equals: String(anotherId) } } })
    expect(other.docs.length).toBe(1)
    expect(entries.map((entry) => entry.sequence)).not.toContain((other.docs[0] as unknown as { sequence: number }).sequence)
  })

  it('is not for anonymous readers', async () => {
    expect((await fetch(`${t.url}/api/articles/${published}/review/history`)).status).toBe(401)
  })
})

describe('bad requests and other readers', () => {
  it('says when there is nothing to compare with', async () => {
    const created = await fetch(`${t.url}/api/articles?draft=true`, {
      method: 'POST',
      headers: writer.headers,
      body: JSON.stringify({ title: 'Never reviewed', body: richText('It may help.') }),
    })
    const { doc } = (await created.json()) as { doc: { id: number } }
    for (const since of ['signoff', 'published']) {
      const answer = await changes(doc.id, since, writer)
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual({ since, baselineAt: null, fields: [] })
    }
  })

  it('refuses an unknown baseline with a code, and anonymous readers', async () => {
    const bad = await changes(published, 'yesterday')
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0]?.data?.code).toBe('INVALID_SINCE')
    expect((await changes(published, 'signoff', null)).status).toBe(401)
  })
})
