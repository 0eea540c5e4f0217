import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Attacker, startAttacker } from './securityHarness.js'

let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
})
afterAll(async () => a?.close())

/**
 * The editor's strikethrough button (text format bit 4) shows a word crossed out: a reader reads
 * "Ibuprofen is n̶o̶t̶ safe in pregnancy." as "Ibuprofen is safe in pregnancy." The scanner flattens
 * rich text to its characters and never looks at the format, so the struck sentence keeps the key
 * (and the negated reading) of the one the reviewer approved. The edit voids the sign-off, but the
 * re-sign finds the approval of "not safe" standing for what readers now read as "safe".
 */
const base = { format: '', indent: 0, version: 1, direction: 'ltr' }
const text = (value: string, format = 0) => ({ type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 })
const paragraph = (...children: ReturnType<typeof text>[]) => ({
  root: { ...base, type: 'root', children: [{ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children }] },
})
const STRIKETHROUGH = 4

describe('a struck-through word is not read as written', () => {
  it('a decision on "not safe in pregnancy" does not stand once "not" is struck through', async () => {
    const approved = paragraph(text('Ibuprofen is not safe in pregnancy.'))
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Pregnancy ${Math.random()}`, body: approved } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const signed = await a.reviewAndSign('articles', id)
    const before = signed.claims.find((claim) => claim.category === 'safety_side_effects')
    expect(before?.decision.status).toBe('approved')
    await a.publish('articles', id)

    const struck = paragraph(text('Ibuprofen is '), text('not', STRIKETHROUGH), text(' safe in pregnancy.'))
    const changed = await a.call(`articles/${id}?draft=true`, a.writer, { method: 'PATCH', body: { body: struck } })
    expect(changed.status).toBe(200)
    const state = (await a.latest('articles', id)).medicalReview
    // The sign-off is voided by the edit (this holds) ...
    expect(state.signOff?.fingerprint === state.fingerprint).toBe(false)
    // ... but readers now read "Ibuprofen is safe in pregnancy": the approval of its negation must not stand.
    const after = state.claims.find((claim) => claim.category === 'safety_side_effects')
    expect(after).toBeDefined()
    expect({ key: after?.key === before?.key, decision: after?.decision.status }).toEqual({ key: false, decision: 'pending' })
  })
})
