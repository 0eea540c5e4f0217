import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { createScanner } from '../../src/claims/index.js'

/**
 * Audits of the rule exceptions: sentences written to carry a must-see claim through the everyday
 * words an exception excuses ("Take a moment to swallow two aspirin").
 *
 * - `exception-attacks.txt`: the first audit, one to three sentences per exception, each of which
 *   hid its claim when it was written; the exceptions were then narrowed against them.
 * - `exception-attacks-blind.txt`: a second audit written afterwards by people who saw neither the
 *   first one's sentences nor its fixes, one sentence per exception, kept as first run.
 * - `exception-attacks-blind-2.txt`: a third, written the same way against the model's overrule,
 *   one sentence per exception in the packs' order, kept as first run. Before the overrule, 218 of
 *   its 263 sentences got nothing to decide.
 *
 * Narrowing exceptions one by one rescued the first audit but few of the second. Letting the model
 * overrule an exception where it reads the sentence as that kind of claim rescued about a fifth of
 * the second audit (139 -> 90); the rest is open work. Each bound only ever moves down, so no new
 * exception or rule change hides more.
 */
const AUDITS: [file: string, sentences: number, stillHiddenAtMost: number][] = [
  ['exception-attacks.txt', 212, 26],
  ['exception-attacks-blind.txt', 236, 90],
  ['exception-attacks-blind-2.txt', 263, 124],
]

const scanner = createScanner(medicalReviewOptions.claims)

describe.each(AUDITS)('the exception audit %s', (file, sentences, stillHiddenAtMost) => {
  const attacks = readFileSync(new URL(`../fixtures/claims/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')

  it(`holds its ${sentences} sentences`, () => {
    expect(attacks.length).toBe(sentences)
  })

  it(`leaves at most ${stillHiddenAtMost} of them with nothing to decide`, () => {
    const hidden = attacks.filter((text) => !scanner.scanText(text).some((finding) => finding.severity !== 'suggestion'))
    expect(hidden.length).toBeLessThanOrEqual(stillHiddenAtMost)
  })
})
