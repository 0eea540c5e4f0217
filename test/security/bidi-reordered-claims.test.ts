import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
})
afterAll(async () => a?.close())

const RLM = '\u200f' // right-to-left mark: an invisible strong right-to-left character
const ALM = '\u061c' // Arabic letter mark: the same, another code point
const RLI = '\u2067' // right-to-left isolate
const PDI = '\u2069' // pop directional isolate
const RLE = '\u202b' // right-to-left embedding
const PDF = '\u202c' // pop directional formatting

/**
 * A word stored letter by letter in reverse, the letters kept apart by an invisible right-to-left
 * character, inside a right-to-left isolate or embedding. The Unicode Bidirectional Algorithm
 * (what every browser runs) shows each letter as a run of its own and lays the runs out right to
 * left: the reader sees the word. No right-to-left override (U+202E) is involved.
 */
const lettersShownAs = (word: string, mark = RLM, open = RLI, close = PDI) => open + [...word].reverse().join(mark) + close

/** Words stored in reverse order, kept apart the same way: the reader sees them in order. */
const wordsShownAs = (words: string) => RLI + words.split(' ').reverse().join(`${RLM} `) + PDI

/** Each sentence is shown to a reader exactly as "CAR T cures MS..." (checked with GNU FriBidi). */
const DISGUISES: [string, string, string][] = [
  ['letters laid out right to left in an isolate, kept apart by right-to-left marks', `CAR T ${lettersShownAs('cures')} MS.`, 'CAR T cures MS.'],
  ['the same in an embedding', `CAR T ${lettersShownAs('cures', RLM, RLE, PDF)} MS.`, 'CAR T cures MS.'],
  ['the same kept apart by Arabic letter marks', `CAR T ${lettersShownAs('cures', ALM)} MS.`, 'CAR T cures MS.'],
  [
    'words laid out right to left, the "no" stored before the claim and shown after it',
    `CAR T ${wordsShownAs('cures MS and no one doubts it')}.`,
    'CAR T cures MS and no one doubts it.',
  ],
]

describe('a claim a reader sees through bidirectional reordering (no override character) is still reviewed', () => {
  it.each(DISGUISES)('with %s, in the title or the body', async (_how, sentence, _shown) => {
    const ordinary = richText('The trial team will share its results next year.')
    for (const body of [{ title: `${sentence} (${Math.random()})`, body: ordinary }, { title: `Disguise ${Math.random()}`, body: richText(sentence) }]) {
      const created = await a.call('articles?draft=true', a.writer, { body })
      expect([created.status, created.body]).toEqual([201, expect.anything()])
      const id = created.body.doc.id as number
      const submitted = await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })
      expect([submitted.status, submitted.body]).toEqual([200, expect.anything()])
      const { claims, fingerprint } = (await a.latest('articles', id)).medicalReview
      // The plain sentence is an error-rated cure claim; shown to readers as such, it must be one here.
      expect(claims).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'cure_remission', severity: 'error' })]))

      const signed = await a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } })
      expect([signed.status, codeOf(signed.body)]).toEqual([403, 'CLAIMS_PENDING'])
      const published = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })
      expect(published.status).toBeGreaterThanOrEqual(400)
      expect(await a.readerSees('articles', id)).toBeNull()
    }
  })
})

describe('end to end: nobody decides the claim, and readers get it', () => {
  it('keeps "CAR T cures MS." (letters laid out right to left) from readers until a reviewer decides it', async () => {
    const sentence = `CAR T ${lettersShownAs('cures')} MS.`
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Bidi ${Math.random()}`, body: richText(sentence) } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    // The reviewer signs without deciding anything: no claim was put to them.
    const { fingerprint } = (await a.latest('articles', id)).medicalReview
    const signed = await a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } })
    const published = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })
    const live = await a.readerSees('articles', id)
    // What happens today: signed 200, published 200, and readers get the body with the claim in it.
    expect({ signed: signed.status, published: published.status, live: live !== null }).toEqual({ signed: 403, published: expect.any(Number), live: false })
  })
})
