import type { CollectionSlug } from 'payload'

import { expect } from '@jest/globals'

import type { ReviewState } from '../../src/review/types.js'

import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export type Attacker = {
  t: TestServer
  writer: Account
  writer2: Account
  reviewer: Account
  reviewer2: Account
  admin: Account
  call: (path: string, account?: Account, init?: { method?: string; body?: unknown }) => Promise<{ status: number; body: Json }>
  /** The newest version, as staff see it. */
  latest: (collection: string, id: number | string) => Promise<Json & { medicalReview: ReviewState }>
  /** What an anonymous reader receives over REST: the document, or null. */
  readerSees: (collection: string, id: number | string) => Promise<Json | null>
  /** Rows in the main table, the versions table and the audit log. */
  rowCounts: (collection: string) => Promise<{ docs: number; versions: number; events: number }>
  /** Submit (unless in review), approve every claim, and sign off, as the given reviewer. */
  reviewAndSign: (collection: string, id: number | string, reviewer?: Account) => Promise<ReviewState>
  /** Writer publishes; expects success. */
  publish: (collection: string, id: number | string, as?: Account) => Promise<void>
  close: () => Promise<void>
}

export const codeOf = (body: Json): string | undefined => body.errors?.[0]?.data?.code
export const reasonsOf = (body: Json): string[] => (body.errors?.[0]?.data?.reasons ?? []).map((reason: Json) => reason.code)

/** A real server on a fresh database, five accounts, and the calls an attacker makes. */
export const startAttacker = async (): Promise<Attacker> => {
  const t = await startTestServer()
  const writer = await createAccount(t.payload, t.url, ['writer'])
  const writer2 = await createAccount(t.payload, t.url, ['writer'])
  const reviewer = await createAccount(t.payload, t.url, ['reviewer'], { reviewerProfile: { displayName: 'Dr Ada Reviewer', credentials: 'MD' } })
  const reviewer2 = await createAccount(t.payload, t.url, ['reviewer'], { reviewerProfile: { displayName: 'Dr Second', credentials: 'PhD' } })
  const admin = await createAccount(t.payload, t.url, ['admin'])

  const call: Attacker['call'] = async (path, account, init = {}) => {
    const response = await fetch(`${t.url}/api/${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', ...(account ? { authorization: `JWT ${account.token}` } : {}) },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    })
    const text = await response.text()
    let body: Json = {}
    try {
      body = text ? JSON.parse(text) : {}
    } catch {
      body = { text }
    }
    return { status: response.status, body }
  }
  const latest: Attacker['latest'] = async (collection, id) =>
    (await t.payload.findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0 })) as never
  const readerSees: Attacker['readerSees'] = async (collection, id) => {
    const read = await call(`${collection}/${id}?depth=0`)
    return read.status === 200 ? read.body : null
  }
  const rowCounts: Attacker['rowCounts'] = async (collection) => ({
    docs: (await t.payload.db.count({ collection: collection as CollectionSlug, where: {} })).totalDocs,
    versions: (await t.payload.db.countVersions({ collection: collection as CollectionSlug, where: {} })).totalDocs,
    events: (await t.payload.db.count({ collection: 'review-events', where: {} })).totalDocs,
  })
  const reviewAndSign: Attacker['reviewAndSign'] = async (collection, id, signer = reviewer) => {
    const state = (await latest(collection, id)).medicalReview
    if (state.status !== 'in_review') {
      const submitted = await call(`${collection}/${id}/review/submit`, writer, { body: {} })
      expect([submitted.status, submitted.body]).toEqual([200, expect.anything()])
    }
    for (const claim of (await latest(collection, id)).medicalReview.claims) {
      if (claim.decision.status === 'approved') continue
      const decided = await call(`${collection}/${id}/review/claims/${claim.key}`, signer, { body: { decision: 'approved' } })
      expect([decided.status, codeOf(decided.body)]).toEqual([200, undefined])
    }
    const { fingerprint } = (await latest(collection, id)).medicalReview
    const signed = await call(`${collection}/${id}/review/sign-off`, signer, { body: { password: TEST_PASSWORD, fingerprint } })
    expect([signed.status, codeOf(signed.body)]).toEqual([200, undefined])
    return (await latest(collection, id)).medicalReview
  }
  const publish: Attacker['publish'] = async (collection, id, as = writer) => {
    const result = await call(`${collection}/${id}`, as, { method: 'PATCH', body: { _status: 'published' } })
    expect([result.status, codeOf(result.body)]).toEqual([200, undefined])
  }
  return { t, writer, writer2, reviewer, reviewer2, admin, call, latest, readerSees, rowCounts, reviewAndSign, publish, close: () => t.close() }
}
