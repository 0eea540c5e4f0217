import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { claimAcrossEdit } from './claimAcrossEdit.js'
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
    const struck = paragraph(text('Ibuprofen is '), text('not', STRIKETHROUGH), text(' safe in pregnancy.'))
    const { before, after, signOffVoided } = await claimAcrossEdit(a, approved, struck, 'safety_side_effects')
    expect(before?.decision.status).toBe('approved')
    // The sign-off is voided by the edit (this holds) ...
    expect(signOffVoided).toBe(true)
    // ... but readers now read "Ibuprofen is safe in pregnancy": the approval of its negation must not stand.
    expect(after).toBeDefined()
    expect({ key: after?.key === before?.key, decision: after?.decision.status }).toEqual({ key: false, decision: 'pending' })
  })
})
