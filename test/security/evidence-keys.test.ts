import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * Evidence keys are checked with `key in checks`, which also admits every name on
 * Object.prototype ("toString", "constructor", "__proto__"); the lookup then destructures a
 * function or an object and throws a TypeError: a 500 instead of INVALID_EVIDENCE.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

describe('evidence with an inherited property name', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('answers 400 INVALID_EVIDENCE for evidence.%s, not a 500', async (name) => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Evidence ${Math.random()}`, body: richText('Vitamin C cures the common cold.') } })
    const id = created.body.doc.id as number
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    const claim = (await a.latest('articles', id)).medicalReview.claims[0]!
    const raw = `{"decision":"approved","evidence":{${JSON.stringify(name)}:"x"}}`
    const decided = await a.call(`articles/${id}/review/claims/${claim.key}`, a.reviewer, { body: raw })
    expect([decided.status, codeOf(decided.body)]).toEqual([400, 'INVALID_EVIDENCE'])
  })
})
