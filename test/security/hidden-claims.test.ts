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
 * left: the reader sees the word, with no right-to-left override involved.
 */
const lettersShownAs = (word: string, mark = RLM, open = RLI, close = PDI) => open + [...word].reverse().join(mark) + close

/** Words stored in reverse order, kept apart the same way: the reader sees them in order. */
const wordsShownAs = (words: string) => RLI + words.split(' ').reverse().join(`${RLM} `) + PDI

/**
 * A writer disguises "cures" so that a reader still reads it but a naive matcher does not. The
 * server must find the claim in every such spelling, ask a reviewer to decide it, and keep the
 * article from readers until then. Each bidirectional sentence below is shown exactly as "CAR T
 * cures MS..." (checked with GNU FriBidi).
 */
const DISGUISES: [string, string][] = [
  ['letters laid out right to left in an isolate, kept apart by right-to-left marks', `CAR T ${lettersShownAs('cures')} MS.`],
  ['the same in an embedding', `CAR T ${lettersShownAs('cures', RLM, RLE, PDF)} MS.`],
  ['the same kept apart by Arabic letter marks', `CAR T ${lettersShownAs('cures', ALM)} MS.`],
  // The stored "no" comes before the claim and is shown after it: not a negated claim to the reader.
  ['words laid out right to left', `CAR T ${wordsShownAs('cures MS and no one doubts it')}.`],
  ['letters reversed under a right-to-left override, shown as the word', 'CAR T \u202eseruc\u202c MS.'],
  ['the word spelt out with hyphens', 'CAR T c-u-r-e-s MS.'],
  ['the word spelt out with spaces', 'CAR T c u r e s MS.'],
  ['a precomposed accent', 'CAR T cur\u00e9s MS.'],
  ['a Hangul filler, drawn as nothing', 'CAR T cu\u3164res MS.'],
  ['a dotless i', 'CAR T is cur\u0131ng MS.'],
]

describe('a claim disguised in the text a reader sees is still reviewed', () => {
  it.each(DISGUISES)('with %s, in the title or the body', async (_how, sentence) => {
    const ordinary = richText('The trial team will share its results next year.')
    for (const body of [{ title: `${sentence} (${Math.random()})`, body: ordinary }, { title: `Disguise ${Math.random()}`, body: richText(sentence) }]) {
      const created = await a.call('articles?draft=true', a.writer, { body })
      expect([created.status, created.body]).toEqual([201, expect.anything()])
      const id = created.body.doc.id as number
      const submitted = await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })
      expect([submitted.status, submitted.body]).toEqual([200, expect.anything()])
      const { claims, fingerprint } = (await a.latest('articles', id)).medicalReview
      expect(claims).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'cure_remission', severity: 'error' })]))

      const signed = await a.call(`articles/${id}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint } })
      expect([signed.status, codeOf(signed.body)]).toEqual([403, 'CLAIMS_PENDING'])
      const published = await a.call(`articles/${id}`, a.writer, { method: 'PATCH', body: { _status: 'published' } })
      expect(published.status).toBeGreaterThanOrEqual(400)
      expect(await a.readerSees('articles', id)).toBeNull()
    }
  })
})
