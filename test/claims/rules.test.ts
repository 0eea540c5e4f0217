import { describe, expect, it } from '@jest/globals'
import {
  ClaimRuleError,
  createScanner,
  DEFAULT_RULES,
  scanText,
  type Finding,
  type Rule,
} from '../../src/claims/index.js'
import { gatePrefixes } from '../../src/claims/rules/anchors.js'
import { compileRules } from '../../src/claims/rules/compile.js'

const ruleError = (fn: () => unknown): ClaimRuleError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ClaimRuleError) return error
    throw error
  }
  throw new Error('expected a ClaimRuleError')
}

describe('rule pack', () => {
  it('has unique ids prefixed by their category', () => {
    const ids = DEFAULT_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of DEFAULT_RULES) expect(rule.id.startsWith(`${rule.category}.`)).toBe(true)
  })

  it('compiles every default branch behind a literal prefix (no slow whole-text passes)', () => {
    expect(compileRules({ watchList: ['KYV-101'] }).unanchored).toEqual([])
  })

  it('keeps every gate pattern below the 20 KB past which V8 stops optimising a pattern', () => {
    const { passes } = compileRules({ watchList: ['KYV-101'] })
    expect(passes.length).toBeGreaterThan(2)
    for (const { gate } of passes) expect(gate.source.length).toBeLessThan(20_000)
  })

  it('finds claims whose words start in different gate patterns, numbers included', () => {
    const findings = scanText('Apple vinegar cures gout, zinc shortens colds, and 100% of users improved.')
    expect(findings.map((finding) => `${finding.ruleId} ${finding.text}`)).toEqual([
      'cure_remission.claim-verb cures gout',
      'efficacy_statistics.effect-verb shortens colds',
      'absolute_guarantee.hundred-percent 100%',
    ])
  })

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_RULES))).toEqual(DEFAULT_RULES)
  })

  it('extracts literal prefixes, branching on optional parts', () => {
    expect(gatePrefixes('cur(?:e|es)', false)).toEqual(['cure', 'cures'])
    expect(gatePrefixes('(?:overall )?response rates?', false)).toEqual([
      'response r',
      'overall re',
    ])
    expect(gatePrefixes('(?<=\\bnot )approved', false)).toEqual(['approved'])
    expect(gatePrefixes('(?=[^.]*\\?)(?<=\\bcan )cure', false)).toEqual(['cure'])
    expect(gatePrefixes('cure(?=s)s', false)).toEqual(['cure'])
    expect(gatePrefixes('[Uu]nlike', true)).toEqual(['Unlike', 'unlike'])
    expect(gatePrefixes('\\d+ mg', false)).toEqual(['\\d'])
    expect(gatePrefixes('\\w+ly', false)).toBeNull()
  })

  it('gates a long alternation on more than its first word', () => {
    const numbers = `(?:a|one) (?:${Array.from({ length: 20 }, (_, i) => `word${i}`).join('|')})`
    expect(gatePrefixes(numbers, false)).toEqual(['a wor', 'one w'])
  })

  it('tries the rules that share a prefix in the same order where the gate narrows them', () => {
    // Two rules of one category matching the same words: the one tried first keeps the finding,
    // whether or not a third rule with the same finder prefix could start there.
    const rules: Rule[] = [
      {
        id: 'hype_sensational.numbers',
        category: 'hype_sensational',
        patterns: [`(?:a|an) (?:${Array.from({ length: 20 }, (_, i) => `zz${i}`).join('|')}) miracle`],
      },
      { id: 'hype_sensational.first', category: 'hype_sensational', patterns: ['an amazing (?:cure|pill)'] },
      { id: 'hype_sensational.second', category: 'hype_sensational', patterns: ['an amazing cure'] },
    ]
    const scanner = createScanner({ rules: { add: rules } })
    const found = (text: string) =>
      scanner.scanText(text).filter((finding) => finding.category === 'hype_sensational')
    expect(found('It is an amazing cure.').map((finding) => finding.ruleId)).toEqual([
      'hype_sensational.first',
    ])
    expect(found('It is a zz3 miracle.').map((finding) => finding.ruleId)).toEqual([
      'hype_sensational.numbers',
    ])
  })
})

describe('options', () => {
  it('adds rules a site defines, matched with the same engine', () => {
    const scanner = createScanner({
      rules: {
        add: [
          {
            id: 'hype_sensational.nootropic',
            category: 'hype_sensational',
            terms: ['nootropic', 'noo-tropic'],
          },
        ],
      },
    })
    expect(scanner.scanText('Try this noo tropic.').map((f) => f.ruleId)).toEqual([
      'hype_sensational.nootropic',
    ])
  })

  it('runs added rules without a literal prefix in a pass of their own', () => {
    const scanner = createScanner({
      rules: {
        add: [
          { id: 'hype_sensational.ly', category: 'hype_sensational', patterns: ['\\w+ly amazing'] },
        ],
      },
    })
    expect(scanner.scanText('It is truly amazing.').map((f) => f.text)).toEqual(['truly amazing'])
  })

  it('overrides fields of existing rules', () => {
    const scanner = createScanner({
      rules: {
        override: { 'hype_sensational.miracle': { severity: 'error', message: 'No "%s" please.' } },
      },
    })
    expect(scanner.scanText('A miracle drug.')[0]).toMatchObject({
      severity: 'error',
      message: 'No "miracle" please.',
    })
  })

  it('disables rules and whole categories', () => {
    expect(
      createScanner({ rules: { disable: ['hype_sensational.miracle'] } }).scanText('A miracle.'),
    ).toEqual([])
    const scanner = createScanner({ rules: { disable: ['hype_sensational'] } })
    expect(scanner.scanText('A miracle, a game-changer, a breakthrough.')).toEqual([])
    expect(scanner.rules.find((rule) => rule.id === 'hype_sensational.miracle')?.disabled).toBe(
      true,
    )
  })

  it('changes category defaults', () => {
    const scanner = createScanner({ categories: { comparative: { severity: 'warning' } } })
    expect(scanner.scanText('It is safer than chemotherapy.')[0]!.severity).toBe('warning')
  })

  it('does not change the defaults of other scanners', () => {
    createScanner({ rules: { override: { 'cure_remission.cure': { severity: 'suggestion' } } } })
    expect(scanText('It cures MS.')[0]!.severity).toBe('error')
  })

  it('passes options through the one-shot functions', () => {
    expect(
      scanText('Kale is a superfood.', {
        rules: {
          add: [
            { id: 'hype_sensational.kale', category: 'hype_sensational', terms: ['superfood'] },
          ],
        },
      }),
    ).toHaveLength(1)
  })

  it.each<[string, unknown]>([
    ['a rule without id', { rules: { add: [{ category: 'comparative', terms: ['x'] }] } }],
    ['an unknown category', { rules: { add: [{ id: 'x.y', category: 'nope', terms: ['x'] }] } }],
    [
      'a rule without terms or patterns',
      { rules: { add: [{ id: 'comparative.empty', category: 'comparative' }] } },
    ],
    [
      'an invalid pattern',
      {
        rules: {
          add: [{ id: 'comparative.bad', category: 'comparative', patterns: ['(unclosed'] }],
        },
      },
    ],
    [
      'a capturing group',
      {
        rules: {
          add: [{ id: 'comparative.cap', category: 'comparative', patterns: ['(better)'] }],
        },
      },
    ],
    [
      // Valid only inside a wrapper: it would close the group it is placed in and escape its word boundaries.
      'a pattern that closes its own group',
      { rules: { add: [{ id: 'comparative.escape', category: 'comparative', patterns: ['better)|(?:worse'] }] } },
    ],
    [
      'a pattern of assertions only',
      { rules: { add: [{ id: 'comparative.assert', category: 'comparative', patterns: ['(?=better)'] }] } },
    ],
    [
      // A match starts at a word's start, so "'s" alone (not "it's") could never match.
      'a pattern that can open with an apostrophe',
      { rules: { add: [{ id: 'comparative.s', category: 'comparative', patterns: ["(?:is|'s) as good as"] }] } },
    ],
    [
      // Contractions are written out before matching ("isn't" reads "is not"), so these never match.
      'a pattern that holds a contraction',
      { rules: { add: [{ id: 'comparative.nt', category: 'comparative', patterns: ["(?:is|are)n't as good as"] }] } },
    ],
    [
      'a term that holds a contraction typed without its apostrophe',
      { rules: { add: [{ id: 'safety_side_effects.dont', category: 'safety_side_effects', terms: ['dont worry'] }] } },
    ],
    [
      'an exception that holds a contraction',
      { rules: { add: [{ id: 'comparative.x', category: 'comparative', terms: ['as good as'], exceptions: ["isn't as good as"] }] } },
    ],
    [
      'an empty match',
      { rules: { add: [{ id: 'comparative.empty', category: 'comparative', patterns: ['x?'] }] } },
    ],
    [
      'nested quantifiers',
      {
        rules: {
          add: [{ id: 'comparative.redos', category: 'comparative', patterns: ['(?:a+)+b'] }],
        },
      },
    ],
    [
      'an unknown macro',
      {
        rules: {
          add: [{ id: 'comparative.macro', category: 'comparative', patterns: ['{nope} x'] }],
        },
      },
    ],
    [
      'an unknown field',
      {
        rules: {
          add: [{ id: 'comparative.f', category: 'comparative', terms: ['x'], regex: 'x' }],
        },
      },
    ],
    [
      'a clashing id',
      { rules: { add: [{ id: 'cure_remission.cure', category: 'cure_remission', terms: ['x'] }] } },
    ],
    [
      'an override of an unknown rule',
      { rules: { override: { 'cure_remission.nope': { severity: 'error' } } } },
    ],
    [
      'a bad severity override',
      { rules: { override: { 'cure_remission.cure': { severity: 'fatal' } } } },
    ],
    [
      'a bad wording polarity',
      { rules: { add: [{ id: 'comparative.pol', category: 'comparative', terms: ['x'], polarity: 'maybe' }] } },
    ],
    [
      'a bad instruction flag',
      { rules: { add: [{ id: 'dosing_treatment_advice.ins', category: 'dosing_treatment_advice', terms: ['x'], instruction: 'yes' }] } },
    ],
    [
      'a bad floor',
      { rules: { add: [{ id: 'comparative.fl', category: 'comparative', terms: ['x'], floor: 'lowest' }] } },
    ],
    ['disabling an unknown rule', { rules: { disable: ['cure_remission.nope'] } }],
    ['a bad watch list', { watchList: ['ok', ''] }],
    ['a bad limit', { limits: { maxDepth: -1 } }],
    ['a bad category default', { categories: { comparative: { severity: 'loud' } } }],
  ])('rejects %s with a clear ClaimRuleError', (_name, options) => {
    const error = ruleError(() => createScanner(options as never))
    expect(error.code).toMatch(/^INVALID_(RULE|OPTIONS)$/)
    expect(error.message.length).toBeGreaterThan(10)
  })

  it('takes a rule whose own wording is hedged, and reads cues around it as for any other', () => {
    const scanner = createScanner({
      rules: { add: [{ id: 'efficacy_statistics.jury-out', category: 'efficacy_statistics', terms: ['the jury is out'], polarity: 'hedged' }] },
    })
    const polarityIn = (text: string) => scanner.scanText(text).find((finding) => finding.ruleId === 'efficacy_statistics.jury-out')?.polarity
    expect(polarityIn('On cold water swimming for low mood, the jury is out.')).toBe('hedged')
    expect(polarityIn('It is not true that the jury is out.')).toBe('negated')
  })

  it('reads a negation in a dosing rule as the advice itself unless the rule says it is no instruction', () => {
    const rule = { category: 'dosing_treatment_advice' as const, terms: ['be crushed'] }
    const polarityOf = (instruction: boolean | undefined) =>
      createScanner({ rules: { add: [{ ...rule, id: 'dosing_treatment_advice.crushed', instruction }] } })
        .scanText('These slow-release tablets must not be crushed.')
        .find((finding) => finding.ruleId === 'dosing_treatment_advice.crushed')?.polarity
    expect(polarityOf(undefined)).toBe('affirmed')
    expect(polarityOf(true)).toBe('affirmed')
    expect(polarityOf(false)).toBe('negated')
  })

  it('never shows a rule\'s findings below its floor, and never holds them above its severity', () => {
    const rule: Rule = { id: 'hype_sensational.sale', category: 'hype_sensational', terms: ['flash sale'], floor: 'warning' }
    const text = 'Talk to your doctor about the flash sale.'
    // The model is off: in a clause it reads as ordinary, a background suggestion is left out.
    const severityWith = (options: { rules: { add: Rule[] } }) =>
      createScanner({ rules: { ...options.rules, disable: ['model'] } }).scanText(text).find((finding) => finding.ruleId === rule.id)?.severity
    expect(severityWith({ rules: { add: [{ ...rule, floor: undefined }] } })).toBe('suggestion')
    expect(severityWith({ rules: { add: [rule] } })).toBe('warning')
    // A site that makes the rule a suggestion gets suggestions: the floor is never above the severity.
    expect(severityWith({ rules: { add: [{ ...rule, severity: 'suggestion' }] } })).toBe('suggestion')
  })

  it('names the bad rule', () => {
    const bad: Rule = { id: 'comparative.broken', category: 'comparative', patterns: ['[unclosed'] }
    const error = ruleError(() => createScanner({ rules: { add: [bad] } }))
    expect(error.ruleId).toBe('comparative.broken')
    expect(error.message).toContain('comparative.broken')
  })
})

describe('hype and cure words in a text on no health topic', () => {
  const scanner = createScanner()
  const severityOf = (findings: Finding[], category: string) =>
    findings.find((finding) => finding.category === category)?.severity

  it('are lowered when nothing in the text names a health topic: a cure word to a warning, never further', () => {
    const findings = scanner.scanText('Cure for the post-holiday slump? Ice rink returns to the city square')
    expect(severityOf(findings, 'cure_remission')).toBe('warning')
    expect(findings[0]!.message).toContain('figure of speech')
    expect(findings[0]!.message).toContain('shown as a warning')
    // A claim that names no condition still asks for a decision.
    expect(severityOf(scanner.scanText('Our water is a miracle cure. It cures everything.'), 'cure_remission')).toBe('warning')
    expect(severityOf(scanner.scanText('That comeback was a game-changer for the club.'), 'hype_sensational')).toBe(
      'suggestion',
    )
  })

  it('keep their severity when the text names one, even behind hidden characters', () => {
    expect(severityOf(scanner.scanText('A cure for the post-holiday slump? Ask your GP.'), 'cure_remission')).toBe('error')
    expect(severityOf(scanner.scanText('This game-changer cures M\u200bS.'), 'hype_sensational')).toBe('warning')
  })

  it('read the topic from the whole document, not the field', () => {
    const title = 'A miracle on the horizon?'
    const onTopic = scanner.scanDocument({ title, body: 'New results in multiple sclerosis were shared today.' })
    const offTopic = scanner.scanDocument({ title, body: 'The ice rink opens on Friday.' })
    expect(severityOf(onTopic, 'hype_sensational')).toBe('warning')
    expect(severityOf(offTopic, 'hype_sensational')).toBe('suggestion')
  })
})
