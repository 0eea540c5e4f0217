import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * The database stores text as UTF-8, where half of a surrogate pair becomes U+FFFD. An audit event
 * hashed with half an emoji in its text would be stored unlike what was hashed, and the check
 * would report the chain tampered from there on, hiding later real tampering behind the break.
 * - a writer's comment on a claim longer than 80 characters, with an emoji where the quote is cut;
 * - a reviewer's reason holding a lone surrogate (valid JSON: "\ud83d"): refused as input.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

const brokenAt = async () => (await verifyAuditChain(a.t.payload)).firstBroken

describe('audit events and half of a surrogate pair', () => {
  it('a writer’s comment on a long sentence cut inside an emoji keeps the chain whole', async () => {
    expect(await brokenAt()).toBeUndefined()
    const start = 'Vitamin C cures the common cold in'
    const sentence = `${start}${' adults'.repeat(6)}`.padEnd(76, 'x') + '\u{1F600} and it works within two days.'
    expect(sentence.charCodeAt(76)).toBe(0xd83d)
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Emoji ${Math.random()}`, body: richText(sentence) } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const claim = (await a.latest('articles', id)).medicalReview.claims.find((each) => each.sentence.length > 80)
    expect(claim).toBeDefined()
    const comment = await a.call(`articles/${id}/review/comments`, a.writer, { body: { claim: claim!.key, body: 'Is this sourced?' } })
    expect([comment.status, codeOf(comment.body)]).toEqual([200, undefined])
    expect(await brokenAt()).toBeUndefined()
  })

  it('a reviewer’s reason with a lone surrogate is refused with a clear error, and the chain holds', async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Reason ${Math.random()}`, body: richText('Vitamin C cures the common cold.') } })
    const id = created.body.doc.id as number
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    const sent = await a.call(`articles/${id}/review/request-changes`, a.reviewer, { body: '{"reason":"Cite a source \\ud83d please"}' })
    const state = (await a.latest('articles', id)).medicalReview
    expect({ status: sent.status, code: codeOf(sent.body), review: state.status, broken: await brokenAt() }).toEqual({ status: 400, code: 'INVALID_INPUT', review: 'in_review', broken: undefined })
  })

  it('refuses content with half of a character pair in a title or rich text, on every database, and stores nothing', async () => {
    const tag = `${Math.random()}`
    const sent = [
      { title: `Lone \ud800 title ${tag}`, body: richText('Pacing may help some people.') },
      { title: `Claim ${tag}`, body: richText('Vitamin C cures the common cold \ud83d in adults.') },
      { title: `Plain ${tag}`, body: richText('Walking \udc00 is pleasant.') },
      // In a key: PostgreSQL refused the JSON with a 500, and SQLite stored U+FFFD in its place.
      { title: `Keyed ${tag}`, body: { root: { ...richText('Walking is pleasant.').root, '\ud800': 1 } } },
    ]
    const answers = []
    for (const body of sent) {
      const answer = await a.call('articles?draft=true', a.writer, { body })
      answers.push([answer.status, codeOf(answer.body)])
    }
    const stored = await a.t.payload.count({ collection: 'articles', where: { title: { like: tag } } })
    expect({ answers, stored: stored.totalDocs, broken: await brokenAt() }).toEqual({ answers: Array(4).fill([400, 'INVALID_INPUT']), stored: 0, broken: undefined })
  })

  it('refuses half of a character pair in a reviewer’s evidence and in a GraphQL query’s where', async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Evidence ${Math.random()}`, body: richText('Vitamin C cures the common cold.') } })
    const id = created.body.doc.id as number
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    const claim = (await a.latest('articles', id)).medicalReview.claims[0]!
    const evidence = await a.call(`articles/${id}/review/claims/${claim.key}`, a.reviewer, { body: '{"decision":"approved","evidence":{"url":"https://example.test/\\ud800"}}' })
    // A URL cannot carry one (decoding makes it U+FFFD); GraphQL variables can.
    const query = JSON.stringify({ query: 'query($v: JSON){ Articles(draft: true, where: { body: { like: $v } }) { totalDocs } }', variables: { v: 'XX' } }).replace('XX', '\\ud800')
    const graphql = await a.call('graphql', a.writer, { body: query })
    const decision = (await a.latest('articles', id)).medicalReview.claims[0]!.decision.status
    expect({
      evidence: [evidence.status, codeOf(evidence.body)],
      graphql: graphql.body.errors?.[0]?.extensions?.statusCode,
      decision,
    }).toEqual({ evidence: [400, 'INVALID_EVIDENCE'], graphql: 400, decision: 'pending' })
  })
})
