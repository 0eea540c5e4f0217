import { describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'

import { createScanner } from '../../src/claims/index.js'
import { claimStorage } from '../../src/review/claimStorage.js'
import { initialState } from '../../src/review/initialState.js'
import { reconcileState } from '../../src/review/reconcileState.js'
import type { ReviewClaim } from '../../src/review/types.js'
import { packedRows } from '../helpers/packedRows.js'

const scanner = createScanner({ watchList: ['DMO-19'] })
const storage = claimStorage(scanner)
const TEXT = [
  'CAR T-cell therapy cures multiple sclerosis and has no side effects.',
  'DMO-19 stopped relapses in every patient.',
  'Ask your doctor before you stop taking any medicine.',
].join('\n\n')
const claimsOf = (text: string): ReviewClaim[] =>
  reconcileState(initialState(), scanner.scanText(text, { fieldPath: 'body' }), 'fingerprint', null).state.claims
/** As the database returns it: a fresh copy of what was stored. */
const roundTrip = (claims: ReviewClaim[]) => storage.expand(JSON.parse(JSON.stringify(storage.compact(claims))) as unknown)

describe('claim storage', () => {
  it('reads back exactly the claims it stored, decided or not', () => {
    const claims = claimsOf(TEXT)
    expect(claims.length).toBeGreaterThanOrEqual(4)
    claims[1] = { ...claims[1]!, decision: { status: 'approved', reviewer: '7', reviewerName: 'Dr R', decidedAt: '2026-01-01T00:00:00.000Z' } }
    expect(roundTrip(claims)).toEqual(claims)
  })

  it('stores only what it cannot rebuild', () => {
    const claims = claimsOf(TEXT)
    const stored = packedRows(storage.compact(claims))
    const fromRules = stored.filter((claim) => !claim.ruleId.startsWith('model.'))
    expect(fromRules.every((claim) => claim.category === undefined && claim.decision === undefined)).toBe(true)
    // The watch-listed product adds a note to its sentence's claims, which the rule's wording lacks.
    const noted = claims.filter((claim) => claim.message.includes('Investigational product named in this sentence'))
    expect(noted.length).toBeGreaterThan(0)
    expect(stored.filter((claim) => claim.message !== undefined).map((claim) => claim.key)).toEqual(noted.map((claim) => claim.key))
    // A sentence holding two claims is stored once.
    expect(stored.filter((claim) => claim.sentence !== undefined)).toHaveLength(new Set(claims.map((claim) => claim.sentence)).size)
    expect(storage.compact(claims).deflated.length).toBeLessThan(JSON.stringify(claims).length * 0.25)
  })

  it('gives every read its own claims, however often one stored value is read', () => {
    const claims = claimsOf(TEXT)
    claims[0] = { ...claims[0]!, decision: { status: 'approved', reviewer: '7', reviewerName: 'Dr R', decidedAt: '2026-01-01T00:00:00.000Z' } }
    const stored = storage.compact(claims)
    const first = storage.expand(stored)!
    first[0]!.decision.status = 'rejected'
    first[1]!.sentence = 'Changed by a reader.'
    expect(storage.expand(stored)).toEqual(claims)
    expect(storage.expand(JSON.parse(JSON.stringify(stored)))).toEqual(claims)
  })

  it('reads claims stored whole, as they were before packing', () => {
    const claims = claimsOf(TEXT)
    expect(storage.expand(JSON.parse(JSON.stringify(claims)))).toEqual(claims)
  })

  it('reads back every severity and polarity, on claims that share their sentence', () => {
    const [first] = claimsOf(TEXT)
    const severities = ['error', 'warning', 'suggestion'] as const
    const polarities = ['affirmed', 'negated', 'hedged'] as const
    const claims = severities.flatMap((severity) =>
      polarities.map((polarity) => ({ ...first!, key: `${severity}-${polarity}`, severity, polarity })),
    )
    claims.push({ ...first!, key: 'last', severity: 'error', polarity: 'affirmed' })
    expect(roundTrip(claims)).toEqual(claims)
  })

  it('keeps the field and sentence of each claim when fields alternate, empty ones included', () => {
    const base = claimsOf(TEXT)
    const claims = base.map((claim, index) => ({ ...claim, field: ['title', '', 'faqs.0.answer'][index % 3]!, sentence: index % 2 ? '' : claim.sentence }))
    expect(roundTrip(claims)).toEqual(claims)
  })

  it('reads packed claims that do not parse as none, and leaves other values alone', () => {
    const deflated = (json: string) => ({ deflated: deflateRawSync(json).toString('base64') })
    expect(storage.expand(deflated('[["k1",'))).toEqual([])
    expect(storage.expand(deflated('{"key":"k1"}'))).toEqual([])
    expect(storage.expand(deflated('[["k1","cure_remission.cure"],"row"]'))).toEqual([])
    expect(storage.expand({ deflated: 'not deflated' })).toEqual([])
    expect(storage.expand(null)).toBeUndefined()
    expect(storage.expand('[]')).toBeUndefined()
  })

  it('reads a claim whose rule is gone with its category and the category’s wording', () => {
    const [read] = storage.expand([
      { key: 'k1', ruleId: 'cure_remission.retired', severity: 'error', polarity: 'affirmed', field: 'body', text: 'cures MS', start: 0, end: 8, sentence: 'It cures MS.' },
    ])!
    expect(read).toMatchObject({ category: 'cure_remission', decision: { status: 'pending' }, sentence: 'It cures MS.' })
    expect(read!.message).toBe(scanner.categories.cure_remission.message.split('%s').join('cures MS'))
  })
})
