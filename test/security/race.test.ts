import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { fingerprintDocument } from '../../src/review/reviewableContent.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { type Attacker, type Json, startAttacker } from './securityHarness.js'

// PostgreSQL is where instances race for real; SQLite takes turns in one process, so fewer rounds.
const ROUNDS = Number(process.env.RACE_ROUNDS || (testDatabaseKind() === 'postgres' ? 100 : 20))
const ORIGINAL = 'CAR T cures MS in some people.'
const EDITED = 'CAR T cures MS in everyone.'

let a: Attacker
let trial: number
beforeAll(async () => {
  a = await startAttacker()
  trial = (await a.call('trials?draft=true', a.writer, { body: { nctId: 'NCT99000099', title: 'Raced trial', overallStatus: 'RECRUITING' } })).body.doc.id
  await a.reviewAndSign('trials', trial)
  await a.publish('trials', trial)
})
afterAll(async () => a?.close())

/** An article citing the trial, submitted, every claim approved, ready to be signed. */
const readyToSign = async (round: number) => {
  const created = await a.call('articles?draft=true', a.writer, {
    body: { title: `Race ${round}`, body: richText(ORIGINAL), relatedTrials: [trial] },
  })
  const id = created.body.doc.id as number
  expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
  for (const claim of (await a.latest('articles', id)).medicalReview.claims) {
    expect((await a.call(`articles/${id}/review/claims/${claim.key}`, a.reviewer, { body: { decision: 'approved' } })).status).toBe(200)
  }
  return { id, fingerprint: (await a.latest('articles', id)).medicalReview.fingerprint }
}

describe(`${ROUNDS} rounds of sign-off, edit, publish and trial change in parallel`, () => {
  it('never publishes content the reviewer did not sign, never deadlocks, and leaves an intact audit chain', async () => {
    const statuses: number[] = []
    let published = 0
    for (let round = 0; round < ROUNDS; round += 1) {
      const { id, fingerprint } = await readyToSign(round)
      const results = await Promise.all([
        a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } }),
        // Two rounds in three race an edit; the third lets the sign-off stand.
        round % 3
          ? a.call(`articles/${id}?draft=true`, a.writer2, { method: 'PATCH', body: { body: richText(EDITED) } })
          : Promise.resolve({ status: 200, body: {} }),
        a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } }),
        a.call(`trials/${trial}?draft=true`, a.writer, {
          method: 'PATCH',
          body: { overallStatus: round % 2 ? 'RECRUITING' : 'ACTIVE_NOT_RECRUITING' },
        }),
        // A second publish after the others have had a chance to land.
        new Promise<{ status: number; body: Json }>((resolve) =>
          setTimeout(() => resolve(a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })), 20),
        ),
      ])
      // Once everything has landed, publishing succeeds exactly when the gate's conditions hold.
      results.push(await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } }))
      statuses.push(...results.map((result) => result.status))
      const live = (await a.t.payload.find({ collection: 'articles', where: { id: { equals: id } }, draft: false, depth: 0, overrideAccess: true })).docs[0] as Json | undefined
      if (live?._status === 'published') {
        published += 1
        // Whatever won, readers get exactly the signed content.
        expect(JSON.stringify(live.body)).toContain(ORIGINAL)
        expect(JSON.stringify(live.body)).not.toContain(EDITED)
        expect(live.medicalReview.signOff.fingerprint).toBe(fingerprintDocument(a.t.payload, 'articles', live))
        expect((await a.readerSees('articles', id))?.review?.reviewedBy?.name).toBe('Dr Ada Reviewer')
      }
    }
    // A deadlock or a lost lock shows as a 5xx; none is allowed.
    expect(statuses.filter((status) => status >= 500)).toEqual([])
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(ROUNDS)
    expect(published).toBeGreaterThan(0)
    const report = await verifyAuditChain(a.t.payload)
    // The whole report on failure: which link, checkpoint or live document broke.
    if (!report.ok) console.log(JSON.stringify(report, null, 1))
    expect(report).toMatchObject({ ok: true })
    console.log(`race: ${ROUNDS} rounds on ${testDatabaseKind()}, ${statuses.length} requests, 0 answered 5xx, ${published} rounds ended published, audit chain intact`)
    // About 1.5 s a round on 2 cores.
  }, ROUNDS * 6_000)
})
