import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { graphQLId } from '../helpers/graphQLId.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * The demo server refuses a NUL character anywhere in a JSON body (NUL_CHARACTER), but a GraphQL
 * string literal spells it as the escape `\u0000`, which only the GraphQL parser turns into a NUL.
 * SQLite then stored the text cut at the NUL while the claim kept it, and an audit event quoting
 * the claim was cut too, so the chain check called a writer's comment tampered; PostgreSQL
 * answered "Something went wrong.". The plugin refuses a NUL on every door.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

describe('a NUL character written through a GraphQL string escape', () => {
  it('is refused with a 4xx, and a writer cannot break the audit chain with it', async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: 'Garlic', body: richText('Garlic is pleasant.') } })
    const id = created.body.doc.id as number
    // The same over REST JSON is refused by the server.
    const rest = await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { summary: 'Garlic cures colds.\u0000' } })
    expect([rest.status, codeOf(rest.body)]).toEqual([400, 'NUL_CHARACTER'])

    const mutation = `mutation { updateArticle(id: ${graphQLId(id)}, draft: true, data: { summary: "Garlic cures the common cold\\u0000 in every patient." }) { id } }`
    const graphQL = await a.call('graphql', a.writer, { body: { query: mutation } })
    const stored = await a.latest('articles', id)
    // Were the summary stored, the writer would open a conversation on its claim, whose event quotes it.
    const claim = stored.medicalReview.claims.find((each) => each.field === 'summary')
    if (claim) await a.call(`articles/${id}/review/comments`, a.writer, { body: { claim: claim.key, body: 'Is this fine?' } })
    const report = await verifyAuditChain(a.t.payload)
    expect({
      graphQL: { status: graphQL.status, errors: graphQL.body.errors?.map((error: { message: string }) => error.message) ?? null },
      summaryHasNul: String(stored.summary ?? '').includes('\u0000'),
      claimHasNul: Boolean(claim?.sentence.includes('\u0000')),
      chainBroken: report.firstBroken?.reason ?? null,
    }).toEqual({
      graphQL: { status: expect.any(Number), errors: [expect.stringMatching(/NUL|not allowed|invalid/i)] },
      summaryHasNul: false,
      claimHasNul: false,
      chainBroken: null,
    })
  })
})
