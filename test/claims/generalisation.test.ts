import { describe, expect, it } from '@jest/globals'
import { createScanner, scanDocument, scanLexical, scanMarkdown, scanText, type Finding } from '../../src/claims/index.js'
import { isModelRuleId } from '../../src/claims/model/model-pass.js'
import { MODEL_OVERRULED_NOTE } from '../../src/claims/scan-text.js'

/** The rules without the statistical model: one compiled pack for the whole file. */
const rulesAloneScanner = createScanner({ rules: { disable: ['model'] } })

/** Each row: a sentence, the rule that must find it, and the words the finding must point at. */
const itFindsEach = (rows: [string, string, string][]) =>
  it.each(rows)('finds "%s"', (text, ruleId, words) => {
    expect(scanText(text).find((f) => f.ruleId === ruleId)?.text).toBe(words)
  })

/** Each text: a sentence in which no finding may be a warning or an error. */
const itFlagsNothingIn = (texts: string[]) =>
  it.each(texts)('flags nothing at warning or error in "%s"', (text) => {
    expect(scanText(text).filter((f) => f.severity !== 'suggestion')).toEqual([])
  })

/** What the statistical model adds: its own findings, and rule matches it kept against an exception. */
const byModel = (finding: Finding) => isModelRuleId(finding.ruleId) || finding.message.endsWith(MODEL_OVERRULED_NOTE)

/**
 * Ordinary sentences whose everyday words an exception excuses, and which the model reads as that
 * kind of claim: the exception no longer silences the model, so the reviewer may get a warning to
 * clear, never an error. This is the measured cost of the overrule (one more ordinary sentence
 * with a warning in 1,908 frozen).
 */
const itFlagsNothingButThroughTheModelIn = (texts: string[]) =>
  it.each(texts)('flags nothing at error, and nothing at warning but through the model, in "%s"', (text) => {
    const findings = scanText(text).filter((f) => f.severity !== 'suggestion')
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(findings.filter((f) => !byModel(f))).toEqual([])
  })

/**
 * Each text: a sentence whose claim words sit in background or someone else's claim. Context
 * lowers them, an error-rated rule's finding to a warning at most (a reviewer still decides it)
 * and any other to a suggestion, and says so.
 */
const itLowersByContextIn = (texts: string[]) =>
  it.each(texts)('lowers by context, never to an error, in "%s"', (text) => {
    const findings = scanText(text)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(finding.context).toBeDefined()
      expect(finding.severity).not.toBe('error')
    }
  })

/** The classes of weakness the generalised engine fixes, one test each. */

const of = (findings: Finding[], category: string) => findings.find((f) => f.category === category)

describe('evasion characters', () => {
  it.each([
    ['zero-width space', 'It cu\u200bres arthritis.'],
    ['soft hyphen', 'It cu\u00adres arthritis.'],
    ['Cyrillic look-alike', 'It \u0441ures arthritis.'],
    ['fullwidth letters', 'It \uff43\uff55\uff52\uff45\uff53 arthritis.'],
    ['mathematical letters', 'It \u{1d41c}\u{1d42e}\u{1d42b}\u{1d41e}\u{1d42c} arthritis.'],
    ['combining mark', 'It cure\u0301s arthritis.'],
    ['precomposed accent', 'It cur\u00e9s arthritis.'],
    ['dotless i', 'It cures arthr\u0131tis.'],
    ['stroked letter', 'It cures \u00f8steoarthritis.'],
    ['Hangul filler, drawn as nothing', 'It cu\u3164res arthritis.'],
    ['variation selector', 'It cu\ufe0fres arthritis.'],
    ['bidi override around the stored word', 'It \u202ecures\u202c arthritis.'],
    ['bidi override showing reversed letters as the word', 'It \u202eseruc\u202c arthritis.'],
    ['word spelt with hyphens', 'It c-u-r-e-s arthritis.'],
    ['word spelt with spaces', 'It c u r e s arthritis.'],
    ['word spelt with dots in capitals', 'It C.U.R.E.S arthritis.'],
  ])('finds a claim hidden with a %s, with offsets into the original', (_name, text) => {
    const finding = of(scanText(text), 'cure_remission')!
    expect(finding).toBeDefined()
    expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    expect(text.slice(finding.sentence.start, finding.sentence.end)).toBe(finding.sentence.text)
    expect(finding.start).toBeLessThanOrEqual(4)
  })

  it('shows what the reader sees: a whole phrase reversed under an override is found, and highlighted whole', () => {
    const text = 'Our drops: \u202e.sitirhtra seruc\u202c Order now.'
    const finding = of(scanText(text), 'cure_remission')!
    expect(finding).toMatchObject({ severity: 'error', text: '.sitirhtra seruc\u202c' })
  })

  it('keeps apart claims of one kind that the stored and the shown reading find in different words', () => {
    // Inside an override run every character maps back to the whole reordered stretch, so the shown
    // claim's offsets cannot say which stored sentence it belongs to: both findings stay.
    for (const [text, stored] of [
      ['\u202eHello there. Statins might cure diabetes. SM seruc tI', 'hedged'],
      ['\u202eOk. Statins do not cure diabetes. SM seruc tI', 'negated'],
    ] as const) {
      const cures = scanText(text).filter((finding) => finding.category === 'cure_remission')
      expect(cures.map((finding) => [finding.polarity, finding.text])).toEqual([
        ['affirmed', text.slice(1)],
        [stored, 'cure diabetes'],
      ])
    }
  })

  it('reads the order the bidirectional algorithm shows, not only under an override', () => {
    const RLM = '\u200f'
    // Letters stored backwards between right-to-left marks, in an isolate: shown as "cures".
    expect(of(scanText(`CAR T \u2067${[...'cures'].reverse().join(RLM)}\u2069 MS.`), 'cure_remission')).toMatchObject({ severity: 'error', polarity: 'affirmed' })
    // A paragraph that opens with a right-to-left mark is laid out right to left where the site
    // lets the text pick its direction: its words, kept apart by marks, are shown in reverse.
    expect(of(scanText(`${RLM}MS${RLM} cures${RLM} T CAR`), 'cure_remission')).toMatchObject({ severity: 'error' })
    // The same letters outside an isolate stay where they are in a left-to-right paragraph: a
    // reader sees "s e r u c", and so does the scan.
    expect(scanText(`CAR T ${[...'cures'].reverse().join(RLM)} MS.`)).toEqual([])
  })

  it('joins only single letters spelt out, and keeps a lone "a" or a capital before them apart', () => {
    expect(of(scanText('CAR T c u r e s MS.'), 'cure_remission')?.text).toBe('c u r e s MS')
    expect(of(scanText('This is a c u r e for MS.'), 'cure_remission')?.text).toBe('c u r e for MS')
    expect(scanText('Blood groups A B AB O and the rhesus factor.')).toEqual([])
    expect(scanText('Grades a, b, c and d are shown on the chart.')).toEqual([])
  })

  it('reads accented and unaccented spellings alike, so one claim keeps one key whichever form was typed', () => {
    const precomposed = scanText('Guillain-Barr\u00e9 syndrome is cured by this tea.')
    const decomposed = scanText('Guillain-Barre\u0301 syndrome is cured by this tea.')
    expect(precomposed.map((f) => f.key)).toEqual(decomposed.map((f) => f.key))
    expect(precomposed.length).toBeGreaterThan(0)
  })
})

describe('claims hidden in Markdown', () => {
  it.each([
    ['a decimal character reference', 'Stem cells &#99;ure MS.'],
    ['a hexadecimal character reference', 'Stem cells &#x63;ure MS.'],
    ['a named reference', 'Stem cells cur&eacute; MS.'],
    ['a soft hyphen typed as a reference', 'Stem cells cu&shy;re MS.'],
    ['an empty inline tag', 'Stem cells cu<b></b>re MS.'],
    ['a comment', 'Stem cells cu<!-- x -->re MS.'],
    ['bold inside the word', 'Stem cells cu**re** MS.'],
    ['a link around part of the word', 'Stem cells [cu](https://example.com)re MS.'],
  ])('finds a claim a renderer shows whole although typed with %s, with offsets into the file', (_name, text) => {
    const finding = of(scanMarkdown(text), 'cure_remission')!
    expect(finding).toMatchObject({ severity: 'error' })
    expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    expect(finding.sentence.text).toBe(text)
  })

  it('reads what separates words as a space, and code and unknown references as typed', () => {
    expect(scanMarkdown('Stem cells cu<br>re MS.')).toEqual([])
    expect(scanMarkdown('Stem cells cu<p>re MS.')).toEqual([])
    expect(scanMarkdown('Type `stem cells &#99;ure MS` to test the parser.')).toEqual([])
    expect(scanMarkdown('Stem cells &cx;ure MS.')).toEqual([])
  })
})

describe('negation scope', () => {
  const polarity = (text: string, category: string) => of(scanText(text), category)?.polarity
  it('keeps each clause of "does not cure X and has not been approved" negated', () => {
    const text = 'Ivermectin does not cure COVID-19 and has not been approved for that use.'
    expect(polarity(text, 'cure_remission')).toBe('negated')
    expect(polarity(text, 'regulatory_status')).toBe('negated')
  })
  it('reaches a far cue that opens the clause or denies the evidence', () => {
    expect(polarity('None of these herbs has ever been proven to cure cancer.', 'cure_remission')).toBe('negated')
    expect(polarity('There is no evidence that garlic water protects against flu.', 'cure_remission')).toBe('negated')
  })
  it('reads "may or may not" as hedged, "non-FDA-approved" as negated, and crosses a colon', () => {
    expect(polarity('The drug may or may not prevent relapses.', 'cure_remission')).toBe('hedged')
    expect(polarity('They sell non-FDA-approved pills.', 'regulatory_status')).toBe('negated')
    expect(polarity('Not proven: turmeric cures arthritis.', 'cure_remission')).toBe('negated')
  })
})

describe('context', () => {
  it.each([
    'When symptoms improve after a relapse, this is known as remission.',
    'About 85 out of 100 people with MS have relapsing remitting MS.',
    'You can report side effects to VAERS.',
  ])('lowers background sentences: %s', (text) => {
    const findings = scanText(text)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(finding.severity).not.toBe('error')
      expect(finding.context).toBe('background')
    }
  })
  it('leaves out a suggestion only background gave where the model also reads the clause as ordinary, and keeps every other', () => {
    // Both readings say "not a claim": no card for the reviewer.
    expect(scanText('Please report any suspected side effects to your doctor or pharmacist as soon as you can.')).toEqual([])
    expect(scanText('The term herd immunity refers to the protection a population gets when most people are immune.')).toEqual([])
    // The rules alone still read the background, so the model is what leaves it out.
    const rulesAlone = rulesAloneScanner
    expect(rulesAlone.scanText('Please report any suspected side effects to your doctor or pharmacist as soon as you can.')).not.toEqual([])
    // A claim dressed as a definition, which the model does not read as plainly ordinary, stays.
    expect(of(scanText('Ginseng is sometimes called the root that lowers blood sugar and boosts energy.'), 'efficacy_statistics')).toMatchObject({
      severity: 'suggestion',
      context: 'background',
    })
    // A short clause is not read by the model: its background suggestion stays.
    expect(scanText('You can report side effects to VAERS.').map((f) => f.context)).toContain('background')
    // Only suggestions are left out: a background finding held at a warning by its floor stays.
    expect(of(scanText('Palliative care is care for people with a terminal illness where a cure is no longer possible.'), 'cure_remission')).toMatchObject({ severity: 'warning' })
  })

  it('lowers a claim attributed to someone else, and keeps it: a cure claim to a warning, a reviewer still decides it', () => {
    const finding = of(scanText('The company claims to cure cancer with its drops.'), 'cure_remission')!
    expect(finding).toMatchObject({ severity: 'warning', context: 'attributed' })
    const advice = of(scanText('Be wary of products that promise to cure arthritis.'), 'cure_remission')!
    expect(advice).toMatchObject({ severity: 'warning', context: 'attributed' })
    const hype = of(scanText('The company claims its drops are a breakthrough.'), 'hype_sensational')!
    expect(hype).toMatchObject({ severity: 'suggestion', context: 'attributed' })
  })

  it('reads definitions and registry fields as background', () => {
    const definition = of(
      scanText('Palliative care is care for people with a terminal illness where a cure is no longer possible.'),
      'cure_remission',
    )!
    expect(definition).toMatchObject({ severity: 'warning', context: 'background' })
    const field = of(scanText('Primary outcome: proportion of patients in remission at 12 months.'), 'cure_remission')!
    expect(field).toMatchObject({ severity: 'warning', context: 'background' })
  })

  it('reads context clause by clause: a claim beside a definition keeps its severity, and its finding no context', () => {
    const findings = scanText('Remission is defined as no signs of disease; CAR T wipes out MS.')
    const cure = findings.filter((finding) => finding.category === 'cure_remission')
    expect(cure).toHaveLength(1)
    expect(cure[0]).toMatchObject({ severity: 'error', text: 'Remission' })
    expect(cure[0]!.context).toBeUndefined()
    expect(cure[0]!.matches.map((match) => match.text)).toEqual(['Remission', 'wipes out MS'])
    const alone = of(scanText('Remission is defined as no signs of disease; ask your doctor.'), 'cure_remission')!
    expect(alone).toMatchObject({ severity: 'warning', context: 'background' })
  })

  it('keeps a negated instruction as advice', () => {
    const finding = of(scanText('Never give aspirin to children under 16.'), 'dosing_treatment_advice')!
    expect(finding).toMatchObject({ polarity: 'affirmed', severity: 'error' })
  })

  it.each([
    'Volunteers in the study were given three doses a month apart.',
    'What is a booster dose?',
    'Sales of the diet book jumped 40% in a month.',
    'Shares in the vaccine maker fell 12 percent after the results.',
    'We read the studies we found in two medical databases.',
    'The review included people with chronic lower back pain.',
  ])('no rule reads a dose named, money, method text or a body part as a claim: %s', (text) => {
    // The rules' exceptions; the statistical model's false positives are counted on the splits
    // (it reads the last sentence as an efficacy claim, from "lower" and "people with").
    const byRules = scanText(text).filter((finding) => !isModelRuleId(finding.ruleId))
    expect(byRules.filter((finding) => finding.severity !== 'suggestion')).toEqual([])
  })

  it('still reads a dose to change, a figure of effect and a finding', () => {
    expect(of(scanText('Do not double your dose if you miss one.'), 'dosing_treatment_advice')?.severity).toBe('error')
    expect(of(scanText('The cream cut itching by 40% in a week.'), 'efficacy_statistics')).toBeDefined()
    expect(of(scanText('Scientists found that the virus lingers in the gut.'), 'efficacy_statistics')).toBeDefined()
  })
})

describe('bugs', () => {
  it('never matches across a blank line', () => {
    const findings = scanText('Our tea will\n\ncure nothing here, only taste good.')
    expect(findings.every((f) => !f.text.includes('\n\n'))).toBe(true)
  })
  it('does not read 5G as a dose', () => {
    expect(of(scanText('Stream music over 5G or Wi-Fi.'), 'dosing_treatment_advice')).toBeUndefined()
    expect(of(scanText('I take 5g of creatine every morning.'), 'dosing_treatment_advice')).toBeDefined()
  })
  it('does not read a concentration in blood or water as a dose', () => {
    const limit = 'Children with more than 3.5 micrograms per deciliter of lead in their blood need follow-up.'
    expect(of(scanText(limit), 'dosing_treatment_advice')).toBeUndefined()
    expect(of(scanText('Give 3.5 micrograms per kilogram twice a day.'), 'dosing_treatment_advice')).toBeDefined()
  })
  it('reads a germ causing its illness as background, and a product causing harm as a claim', () => {
    const harmRule = (text: string) => scanText(text).flatMap((f) => f.matches).filter((m) => m.ruleId === 'safety_side_effects.harm')
    expect(harmRule('The virus that causes shingles stays in the body for life.')).toEqual([])
    expect(harmRule('Norovirus is the leading cause of gastroenteritis outbreaks.')).toEqual([])
    expect(of(scanText('The HPV vaccine causes infertility.'), 'safety_side_effects')).toBeDefined()
    expect(of(scanText('The virus can cause lasting heart damage.'), 'safety_side_effects')).toBeDefined()
  })
  it('reads a percentage as a figure of effect only beside an effect', () => {
    const numbersRule = (text: string) =>
      scanText(text).flatMap((f) => f.matches).filter((m) => m.ruleId === 'efficacy_statistics.numbers')
    expect(numbersRule('Hospital admissions for asthma in the county rose 12% over the winter.')).toEqual([])
    expect(numbersRule('Roughly 3% of newborns have a minor birth mark that fades by school age.')).toEqual([])
    expect(numbersRule('Turnout at the free screening day was 41%, the organisers said.')).toEqual([])
    expect(numbersRule('This nasal spray blocks 99% of pollen before it reaches you.').map((m) => m.text)).toEqual(['99%'])
    expect(numbersRule('Treated plants saw a 70 percent success rate against the blight.').map((m) => m.text)).toEqual(['70 percent'])
    expect(numbersRule('The gel clears 85% of cold sores within three days.').map((m) => m.text)).toEqual(['85%'])
  })
  it('reads a condition falling by a share, or patients over their illness, as an effect', () => {
    const numbersRule = (text: string) =>
      scanText(text).flatMap((f) => f.matches).filter((m) => m.ruleId === 'efficacy_statistics.numbers')
    expect(numbersRule('Asthma attacks fell 35% in the first month on the new inhaler.').map((m) => m.text)).toEqual(['35%'])
    const rulesAlone = (text: string) => of(rulesAloneScanner.scanText(text), 'efficacy_statistics')
    expect(rulesAlone('Two thirds of patients were over their hay fever within a week.')).toBeDefined()
  })
  it('does not read when a condition of pregnancy shows itself as a vaccine schedule', () => {
    const schedule = (text: string) => of(scanText(text), 'dosing_treatment_advice')
    expect(schedule('Obstetric cholestasis usually starts after 28 weeks of pregnancy, with itching of the palms.')).toBeUndefined()
    expect(schedule('Gestational diabetes is usually diagnosed at 24 to 28 weeks of pregnancy.')).toBeUndefined()
    expect(schedule('The whooping cough vaccine is offered from 16 weeks of pregnancy.')?.text).toBe('from 16 weeks of pregnancy')
  })
  it('does not read coming back for a visit or a measurement schedule as a dose', () => {
    const visit = 'You will need to come back for a second short visit so the nurse can read the test.'
    expect(of(scanText(visit), 'dosing_treatment_advice')).toBeUndefined()
    expect(of(scanText('Come back for your second dose in eight weeks.'), 'dosing_treatment_advice')).toBeDefined()
    const measurement = 'The plan covers one bone density measurement every 24 months.'
    expect(of(scanText(measurement), 'dosing_treatment_advice')).toBeUndefined()
  })
})

describe('duplicates', () => {
  it('merges findings of one category in one sentence, keeping every span and a stable key', () => {
    const text = 'This miracle cure heals arthritis and cures diabetes.'
    const cures = scanText(text).filter((f) => f.category === 'cure_remission')
    expect(cures).toHaveLength(1)
    expect(cures[0]!.matches.length).toBeGreaterThanOrEqual(2)
    for (const match of cures[0]!.matches) expect(text.slice(match.start, match.end)).toBe(match.text)
    const again = scanText(`Intro sentence here. ${text}`).find((f) => f.category === 'cure_remission')!
    expect(again.key).toBe(cures[0]!.key)
  })
})

describe('Lexical decorators, blocks and nested children', () => {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
  const state = {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [text('Plain paragraph.')] },
        {
          type: 'block',
          version: 1,
          fields: {
            id: '65f1c2',
            blockType: 'callout',
            title: 'This tea cures diabetes.',
            items: [{ caption: 'It has no side effects.' }],
            body: { root: { type: 'root', children: [{ type: 'paragraph', children: [text('A miracle cure.')] }] } },
          },
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              fields: { url: 'https://example.com/cures-cancer', linkType: 'custom' },
              children: [text('Garlic kills viruses.')],
            },
          ],
        },
      ],
    },
  }
  it('scans every prose text in block fields, nested rich text and link text, not URLs', () => {
    const findings = scanLexical(state)
    const paths = findings.map((f) => f.node!.path)
    expect(paths).toContain('root.children[1].fields.title')
    expect(paths).toContain('root.children[1].fields.items[0].caption')
    expect(paths.some((path) => path.startsWith('root.children[1].fields.body.root'))).toBe(true)
    expect(paths.some((path) => path.startsWith('root.children[2]'))).toBe(true)
    expect(findings.some((f) => f.text.includes('example.com'))).toBe(false)
  })

  it("reads text that leaves other than text nodes carry, such as a code block's highlighted runs", () => {
    const code = {
      root: {
        type: 'root',
        children: [{ type: 'code', children: [{ type: 'code-highlight', text: 'CAR T cures MS.', version: 1 }] }],
      },
    }
    expect(scanLexical(code).map((f) => [f.category, f.node!.path])).toEqual([['cure_remission', 'root.children[0].children[0]']])
  })
})

describe('scanDocument on reader content', () => {
  it('scans strings and rich text at any depth and skips ids, URLs, dates and hashes', () => {
    const findings = scanDocument({
      id: 42,
      title: 'Garlic cures colds',
      slug: 'garlic-cures-colds',
      publishedAt: '2025-03-01T10:00:00.000Z',
      hash: 'a3f9c0d2e4b6a8c0d2e4f6a8',
      website: 'https://example.com/cures',
      faqs: [{ id: 'x1', question: 'Does it work?', answer: 'It cures colds in a day.' }],
      references: [null, { label: 'Study shows it cures colds', count: 3 }],
    })
    const fields = new Set(findings.map((f) => f.field))
    expect(fields.has('title')).toBe(true)
    expect(fields.has('faqs.0.answer')).toBe(true)
    expect(fields.has('references.1.label')).toBe(true)
    for (const skipped of ['publishedAt', 'hash', 'website']) expect(fields.has(skipped)).toBe(false)
  })

  it('reads the keys of a JSON value that are words, not field names', () => {
    const findings = scanDocument({ facts: { 'CAR T cures MS': true, sideEffects: 'none listed' } })
    expect(findings.map((f) => [f.field, f.category, f.text])).toEqual([['facts.CAR T cures MS', 'cure_remission', 'cures MS']])
  })
})

describe('claims about how a disease behaves, as fact-checkers list them', () => {
  const found = (text: string, category: string) => of(scanText(text), category)
  it.each([
    ['who is contagious', 'People with no symptoms are not contagious.', 'safety_side_effects', 'negated'],
    ['who can catch it', 'Dogs cannot catch the flu.', 'safety_side_effects', 'negated'],
    ['how it passes on', 'The virus can be passed through breast milk.', 'safety_side_effects', 'affirmed'],
    ['mother to baby', 'Pregnant women can transfer the infection to their unborn babies.', 'safety_side_effects', 'affirmed'],
    ['who falls seriously ill', 'Young adults can also become seriously ill with flu.', 'safety_side_effects', 'affirmed'],
    ['who needs hospital care', 'Most patients with severe flu required intensive care.', 'safety_side_effects', 'affirmed'],
    ['what a test can tell', 'Antibody tests cannot show whether you are protected.', 'efficacy_statistics', 'negated'],
    ['how reliable a test is', 'Home test kits are not reliable enough to use.', 'efficacy_statistics', 'negated'],
    ['how long immunity lasts', 'Immunity to measles lasts for decades.', 'efficacy_statistics', 'affirmed'],
    ['an association', 'Obesity is strongly linked to severe outcomes.', 'efficacy_statistics', 'affirmed'],
    ['no association', 'There is no relationship between blood type and infection.', 'efficacy_statistics', 'negated'],
    ['a treatment that did nothing', 'The drug had no impact on recovery time.', 'efficacy_statistics', 'negated'],
    ['outcomes that improved', 'Outcomes were greatly improved when patients were treated with plasma.', 'efficacy_statistics', 'affirmed'],
    ['what a mask stops', 'Masks blocked almost all droplets.', 'efficacy_statistics', 'affirmed'],
    ['who is as likely to catch it', 'Children are as likely to get infected as adults.', 'safety_side_effects', 'affirmed'],
    ['antibodies made', 'Most people who recover will make antibodies.', 'efficacy_statistics', 'affirmed'],
    ['who can be infected', 'Cats can be infected by the virus.', 'safety_side_effects', 'affirmed'],
    ['where the virus is found', 'The virus was detected in sewage.', 'safety_side_effects', 'affirmed'],
  ])('finds %s', (_name, text, category, polarity) => {
    expect(found(text, category)?.polarity).toBe(polarity)
  })
  it.each([
    'MS is not contagious.',
    'Measles is an infectious disease caused by a virus.',
    'This page explains how flu tests work.',
    'You can get a flu jab at the pharmacy.',
    'The test shows whether you have antibodies.',
    'The incubation period is the time between catching the virus and the first symptoms.',
  ])('leaves a definition or description alone: %s', (text) => {
    expect(found(text, 'safety_side_effects') ?? found(text, 'efficacy_statistics')).toBeUndefined()
  })
})

describe('research findings as news reports them', () => {
  const found = (text: string) => of(scanText(text), 'efficacy_statistics')
  it.each([
    ['what researchers found', 'Researchers have found traces of the virus in tears.', 'affirmed'],
    ['what a review documented', 'A review of outbreaks in care homes documented only two cases spread by staff.', 'affirmed'],
    ['what scientists estimated', 'Scientists estimated that most infections in the city went unnoticed.', 'affirmed'],
    ['a finding of nothing', "The study found no trace of the virus on the patients' phones.", 'negated'],
  ])('finds %s', (_name, text, polarity) => {
    const finding = found(text)
    expect(finding?.ruleId).toBe('efficacy_statistics.finding')
    expect(finding?.polarity).toBe(polarity)
  })

  it('gives way to a rule that reads the claim itself, keeping its words and polarity', () => {
    const finding = found('The trial found that the vaccine did not reduce hospital admissions.')
    expect(finding?.ruleId).not.toBe('efficacy_statistics.finding')
    expect(finding?.matches.map((match) => match.ruleId)).not.toContain('efficacy_statistics.finding')
    expect(finding?.polarity).toBe('negated')
  })

  it.each([
    'The researchers recruited 300 adults from six clinics.',
    'Tests found no trace of the virus in the water supply.',
    'The headline does not say what the study measured.',
  ])('leaves method and news text alone: %s', (text) => {
    expect(found(text)?.ruleId).not.toBe('efficacy_statistics.finding')
  })
})

describe('epidemiology and biology stated as fact', () => {
  const found = (text: string, category: string) => of(scanText(text), category)
  it.each([
    ['a risk factor', 'High blood pressure is the main risk factor for stroke.', 'efficacy_statistics', 'affirmed'],
    ['a predictor', 'Frailty was a better predictor of death than age.', 'efficacy_statistics', 'affirmed'],
    ['an incubation period', 'The incubation period of chickenpox ranges from 10 to 21 days.', 'efficacy_statistics', 'affirmed'],
    ['protection that wanes', 'Protection from the whooping cough jab wanes within a few years.', 'efficacy_statistics', 'affirmed'],
    ['how often an outcome happens', 'Healthy teenagers rarely need hospital care for flu.', 'efficacy_statistics', 'affirmed'],
    ['where a virus came from', 'The outbreak strain probably jumped to people from camels.', 'efficacy_statistics', 'hedged'],
    ['what a virus does in the body', 'The vaccine does not change your DNA.', 'efficacy_statistics', 'negated'],
    ['a cause stated outright', 'Energy drinks caused palpitations in several teenagers.', 'safety_side_effects', 'affirmed'],
    ['a disease and its cause', 'Most cases of cervical cancer are caused by HPV.', 'safety_side_effects', 'affirmed'],
  ])('finds %s', (_name, text, category, polarity) => {
    expect(found(text, category)?.polarity).toBe(polarity)
  })

  it.each([
    'The incubation period is how long it takes for symptoms to appear after infection.',
    'Ask your doctor about the risk factors listed on this page.',
    'Report any side effect, even if you are not sure the medicine caused it.',
    'The closure of the clinic was caused by a shortage of staff.',
  ])('leaves a definition, an instruction or an everyday cause alone: %s', (text) => {
    const findings = scanText(text).filter((finding) =>
      ['efficacy_statistics.epidemiology', 'safety_side_effects.causes'].includes(finding.ruleId),
    )
    expect(findings).toEqual([])
  })
})

describe('weight-loss and appetite claims in product copy', () => {
  it.each([
    'These capsules make you lose weight while you sleep.',
    'The tea curbs hunger between meals.',
    'Our shake suppresses your appetite for hours.',
  ])('finds %s', (text) => {
    // A warning from the rule; the model reads "Our shake suppresses your appetite for hours" as
    // ordinary and lowers it to a suggestion, which the reviewer still sees.
    expect(['warning', 'suggestion']).toContain(of(scanText(text), 'efficacy_statistics')?.severity)
  })

  it('leaves a feeling about something else alone', () => {
    expect(scanText('The good news made people feel better about the season.')).toEqual([])
  })
})

describe('yes/no questions about a health effect, as evidence checks and FAQs ask them', () => {
  const questionFinding = (text: string) => scanText(text).find((f) => f.ruleId.endsWith('.question'))
  it.each([
    ['Can ginseng ease tiredness after chemotherapy?', 'efficacy_statistics', 'ease'],
    ['Does zinc really work?', 'efficacy_statistics', 'really work'],
    ['Would melatonin help against jet lag?', 'efficacy_statistics', 'help against'],
    ['Are probiotic yoghurts worth buying for a healthy gut?', 'efficacy_statistics', 'worth buying'],
    ['Could compression socks prevent thrombosis on a long flight?', 'cure_remission', 'prevent'],
    ['Is homeopathy safe for babies?', 'safety_side_effects', 'safe'],
  ])('reads "%s" as a hedged %s question, at warning', (text, category, words) => {
    const finding = questionFinding(text)!
    expect(finding).toMatchObject({ category, severity: 'warning', polarity: 'hedged', text: words })
  })
  it('asks for no review of a question off any health topic, or of a verb used as a modifier', () => {
    expect(scanText('Does the new timetable work on bank holidays?').filter((f) => f.severity !== 'suggestion')).toEqual([])
    expect(questionFinding('Is your feed also full of detox tea adverts this month?')).toBeUndefined()
    expect(questionFinding('Can UV-blocking lenses be fitted to my frames?')).toBeUndefined()
  })
  it('gives way to a rule that reads the claim itself', () => {
    const findings = scanText('Would acupuncture help with migraine?')
    expect(findings.map((f) => f.ruleId)).toEqual(['efficacy_statistics.helps'])
  })
  it('needs the question mark of the same sentence', () => {
    expect(questionFinding('Can it wait? Zinc eases colds.')).toBeUndefined()
    expect(questionFinding('Doctors can ease pain with ibuprofen.')).toBeUndefined()
  })
})

describe('everyday health copy: good or bad for the body, and what to get', () => {
  itFindsEach([
    ['Beetroot juice is great for your heart.', 'efficacy_statistics.good-for', 'great for your heart'],
    ['Fizzy drinks are bad for your teeth.', 'safety_side_effects.bad-for', 'bad for your teeth'],
    ['Bilberries sharpen your night vision.', 'efficacy_statistics.effect-verb', 'sharpen your night vision'],
    ['Ministers urge the over-60s to book a flu jab.', 'dosing_treatment_advice.recommended', 'urge the over-60s to book a flu jab'],
    ['Carers should get vaccinated before visiting.', 'dosing_treatment_advice.recommended', 'should get vaccinated'],
    ['Exercise can double your chances of recovering well.', 'efficacy_statistics.effect-verb', 'double your chances of'],
    ['Steam inactivates the norovirus on worktops.', 'cure_remission.claim-verb', 'inactivates the norovirus'],
    ['Take vitamin B12 every morning with food.', 'dosing_treatment_advice.instruction', 'Take vitamin B12'],
  ])
  it.each([
    'The dry spell was good for the vineyard.',
    'Late trains are bad for business.',
    'Who should get a flu jab this winter?',
    'The cream can burn the skin if left on too long.',
    'Double masking is back in fashion on the underground.',
  ])('leaves "%s" to other rules', (text) => {
    const ours = ['efficacy_statistics.good-for', 'safety_side_effects.bad-for', 'dosing_treatment_advice.recommended', 'efficacy_statistics.effect-verb']
    expect(scanText(text).filter((f) => ours.includes(f.ruleId))).toEqual([])
  })
})

describe('what a jab or a product did, as posts and product copy put it, and evidence-check verdicts', () => {
  itFindsEach([
    ['Keeps your heart healthy and your arteries clear.', 'efficacy_statistics.effect-verb', 'Keeps your heart healthy'],
    ['Gives your immune system the boost it needs this winter.', 'efficacy_statistics.effect-verb', 'Gives your immune system the boost'],
    ['The evidence is too weak to say whether zinc shortens colds.', 'efficacy_statistics.open-verdict', 'too weak'],
    ['For night cramps, the trial results contradict each other.', 'efficacy_statistics.open-verdict', 'contradict each other'],
    ['Trials found only a modest benefit for memory.', 'efficacy_statistics.helps', 'benefit'],
    ['the jab gave my brother a rash for a week', 'safety_side_effects.harm-claims', 'gave my'],
    ['Second dose done, my arm feels like lead', 'safety_side_effects.harm-claims', 'arm feels like'],
    ['Fizzy drinks wear away tooth enamel.', 'safety_side_effects.harm-claims', 'wear away tooth enamel'],
    ['Dairy feeds cancer cells, the post claims.', 'safety_side_effects.harm-claims', 'feeds cancer'],
    ['Sweets make kids hyperactive.', 'safety_side_effects.any-side-effect', 'make kids hyperactive'],
  ])
  it.each([
    'My arm is sore after tennis.',
    'The boxer knocked him out in the second round.',
    'Honestly, these tablets gave me my life back.',
  ])('reads no harm in "%s"', (text) => {
    expect(scanText(text).filter((f) => f.category === 'safety_side_effects')).toEqual([])
  })
})

describe('public-health instructions', () => {
  it.each([
    ['Close contacts should self-isolate for five days.', 'should self-isolate'],
    ['Stay at home if you have a fever and a new cough.', 'Stay at home'],
    ['The pneumococcal vaccine is recommended for adults over 65.', 'recommended for'],
    ['Gargle with salt water 4x a day to keep colds away.', '4x a day'],
    ['Drink two litres of water a day to flush out toxins.', 'two litres of water a day'],
    ['Health officials advise against giving honey to babies.', 'advise against'],
  ])('finds "%s"', (text, words) => {
    expect(scanText(text).find((f) => f.ruleId === 'dosing_treatment_advice.public-health')?.text).toBe(words)
  })
  it.each([
    'Quarantine means keeping someone who may have been exposed away from others.',
    'Should I stay at home if my child has a cold?',
    'Stay at home and enjoy a quiet weekend with the family.',
  ])('reads no instruction in "%s"', (text) => {
    expect(scanText(text).filter((f) => f.ruleId === 'dosing_treatment_advice.public-health' && f.severity !== 'suggestion')).toEqual([])
  })
})

describe('protection, spread, resistance, deaths blamed on a jab, and approvals in headlines', () => {
  itFindsEach([
    ['Two doses of the vaccine give long-lasting protection.', 'efficacy_statistics.protection', 'protection'],
    ['After the flu jab, protection wears off within months.', 'efficacy_statistics.protection', 'protection wears off'],
    ['Typhoid is becoming resistant to common antibiotics.', 'efficacy_statistics.protection', 'resistant to common antibiotics'],
    ['How does chickenpox spread?', 'safety_side_effects.transmission', 'spread'],
    ['Measles can be caught in a waiting room an hour after an infected child has left.', 'safety_side_effects.transmission', 'caught'],
    ['The virus can stay infectious on door handles for days.', 'safety_side_effects.transmission', 'stay infectious on'],
    ['Teacher dies hours after getting jab, family says', 'safety_side_effects.harm-claims', 'dies hours after getting jab'],
    ['New malaria jab wins approval in Ghana', 'regulatory_status.general', 'wins approval'],
    ['Learning CPR saves lives.', 'efficacy_statistics.protection', 'saves lives'],
    ['Honestly measles is just a bad cold, stop panicking.', 'comparative.general', 'just a bad cold'],
    ['The flu jab contains mercury and aluminium, wake up.', 'safety_side_effects.harm-claims', 'contains mercury'],
    ['Sunbeds are a safe way to get your vitamin D.', 'safety_side_effects.safe-any', 'safe'],
    ['Lemon water cannot alter the pH of your blood.', 'efficacy_statistics.protection', 'alter the pH of'],
  ])
  itFlagsNothingIn([
    'The new law strengthens data protection for patients.',
    'Where does the bus to the hospital stop?',
  ])
})

describe('product copy about a part of the body, and testimonials in everyday words', () => {
  itFindsEach([
    ['Calms tired, itchy eyes in minutes.', 'efficacy_statistics.effect-verb', 'Calms tired, itchy eyes'],
    ['Strengthens weak, brittle teeth.', 'efficacy_statistics.effect-verb', 'Strengthens weak, brittle teeth'],
    ['Unblocks a stuffy nose overnight.', 'efficacy_statistics.effect-verb', 'Unblocks a stuffy nose'],
    ['my grandad swears by cod liver oil for his knees', 'testimonial_anecdote.first-person', 'swears by'],
    ['I had the flu for a week, took this and was back on my feet the next day.', 'testimonial_anecdote.first-person', 'back on my feet'],
    ['On the shakes a fortnight now and my readings are right down.', 'testimonial_anecdote.first-person', 'readings are right down'],
  ])
  it('reads a claim word in a definition ("another word for") as background, and leaves it out where the model reads the sentence as ordinary', () => {
    const text = 'Salve is another word for an ointment that soothes sore skin.'
    const rulesAlone = rulesAloneScanner.scanText(text)
    expect(rulesAlone.length).toBeGreaterThan(0)
    expect(rulesAlone.every((f) => f.severity === 'suggestion' && f.context === 'background')).toBe(true)
    expect(scanText(text)).toEqual([])
  })
})

describe('effects made smaller, side effects when starting a medicine, and limits stated', () => {
  itFindsEach([
    ['Acupuncture may make hot flushes less frequent.', 'efficacy_statistics.good-for', 'make hot flushes less frequent'],
    ['Some people get heartburn when they first start taking the capsules.', 'safety_side_effects.any-side-effect', 'heartburn when they first start taking the capsules'],
    ['A negative test does not always rule anything out, and swabs do not always detect the virus.', 'absolute_guarantee.general', 'always detect'],
  ])
  it('reads nothing in a figure of speech off any health topic', () => {
    expect(scanText('A good playlist makes the commute less painful.').filter((f) => f.severity !== 'suggestion')).toEqual([])
  })
})

describe('a definition that praises what it names is a claim', () => {
  it.each([
    ['Hydroxychloroquine is an effective treatment for COVID-19.', 'efficacy_statistics.effective-any'],
    ['Colloidal silver is a natural medicine that kills every virus.', 'cure_remission.claim-verb'],
  ])('flags "%s"', (text, ruleId) => {
    const finding = scanText(text).find((f) => f.ruleId === ruleId)
    expect(finding?.severity).not.toBe('suggestion')
    expect(finding?.context).toBeUndefined()
  })
  it('still reads a plain definition as background', () => {
    const findings = scanText('Aspirin is a medicine that is used to treat pain and fever.')
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((f) => f.context === 'background' && f.severity !== 'error')).toBe(true)
  })
})

describe('time on a treatment, quoted customers, doses asked for or given in slang, and what is not a dose', () => {
  itFindsEach([
    ['Five days on the antibiotics and the cough had cleared.', 'testimonial_anecdote.time-on', 'Five days on the antibiotics and the'],
    ['My son has gone six months without an asthma attack.', 'testimonial_anecdote.time-on', 'gone six months without an'],
    ['Gave the turmeric capsules a fair try for eight weeks and my knees are no better.', 'testimonial_anecdote.time-on', 'Gave the turmeric capsules a fair try'],
    ['"Best thing I have bought this year," says Margaret, 68.', 'testimonial_anecdote.named-quote', 'says Margaret, 68'],
    ['Probiotics made zero difference to my bloating.', 'testimonial_anecdote.first-person', 'made zero difference'],
    ['Patients find they can walk further within a month.', 'testimonial_anecdote.reported', 'find'],
    ["Best night's sleep in years after a week of the drops.", 'testimonial_anecdote.time-on', "Best night's sleep in years"],
    ['I necked three paracetamol before the run.', 'dosing_treatment_advice.instruction', 'necked three paracetamol'],
    ['My GP told me to pause the allopurinol during the flare.', 'dosing_treatment_advice.instruction', 'pause the allopurinol'],
    ['How much melatonin can I give my teenager?', 'dosing_treatment_advice.instruction', 'How much melatonin can I give'],
    ['Keep antacids away from either side of each dose by two hours.', 'dosing_treatment_advice.instruction', 'either side of each dose'],
    ["You'll need to take folic acid until week twelve.", 'dosing_treatment_advice.you-should', "You'll need to take"],
    ['Teachers urged to get flu vaccine before term starts', 'dosing_treatment_advice.recommended', 'urged to get flu vaccine'],
    ['Over 50? Get your free flu jab at any pharmacy.', 'dosing_treatment_advice.recommended', 'Get your free flu jab'],
    ['Studies found no sign of the jab harming unborn babies.', 'safety_side_effects.harm', 'harming unborn'],
  ])
  itFlagsNothingIn([
    'Each 10 ml of the syrup contains 250 mg of amoxicillin.',
    'Please order repeat prescriptions at least three working days ahead.',
    'The only way to know your cholesterol level is a blood test.',
    'Eligible studies compared the supplement with a placebo.',
    'Free blood pressure checks are available here for anyone aged 40 or over.',
    'Participants will attend the clinic four times.',
    'Lab tests show which bacteria are causing the infection.',
    'The illness it causes was named after the town.',
  ])
  it('reads a lifetime-risk figure as background', () => {
    const findings = rulesAloneScanner.scanText(
      'Half of all people born in Britain after 1960 will get cancer during their lifetime.',
    )
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((f) => f.context === 'background')).toBe(true)
  })
})

describe('figures of speech and logistics around medicines that are not claims', () => {
  itFlagsNothingIn([
    'The surgery says it has been cured of its booking backlog after hiring two receptionists.',
    'Hospital hiring spree cures the clinic\'s staffing headache',
    'There was a queue right round the block for flu jabs at the pharmacy.',
    'Take unused tablets back to your pharmacy so they can be disposed of safely.',
    'Never mix bleach with other cleaning products.',
    'Use our vaccine finder page to book a slot near you.',
    'Deaths are counted if they happen within 28 days of a positive test.',
    'Home test kits are posted to everyone aged 60 to 74 every two years.',
  ])
  it('still reads a cure of a health problem', () => {
    expect(scanText('This tea cured my waiting-room anxiety and my migraines.').some((f) => f.category === 'cure_remission')).toBe(true)
  })
})

describe('comparisons of health qualities, best defences, and what works better', () => {
  itFindsEach([
    ['Home swabs are as reliable as clinic tests for spotting strep throat.', 'comparative.general', 'as reliable as'],
    ['The new strain is three times as infectious as the old one.', 'comparative.general', 'as infectious as'],
    ['Handwashing remains the best defence against norovirus.', 'comparative.general', 'the best defence'],
    ['Quitting with support gives you the best chance of staying smoke-free.', 'comparative.general', 'the best chance'],
    ['Hybrid immunity offers the most robust protection we know of.', 'comparative.general', 'the most robust protection'],
    ['For older adults the boosted vaccine seems to work better.', 'comparative.general', 'work better'],
    ['This screening test harms more women than it helps.', 'comparative.general', 'more women than'],
    ['A kinder alternative to radiotherapy, say its makers.', 'comparative.general', 'alternative to radiotherapy'],
    ['One dose gives protection against measles comparable to two.', 'comparative.as-well-as', 'comparable to'],
  ])
  itFlagsNothingIn([
    'Call the surgery as soon as you can after the rash appears.',
    'The booklet costs about as much as a cup of coffee.',
    'As many as forty people attended the open day.',
    'The new ward is comparable to a hotel in size.',
  ])
})

describe('time and benchmark comparisons, sales, markets and public safety are not health claims', () => {
  itFlagsNothingIn([
    'Compared with the previous winter, fewer people waited over four hours in A&E.',
    "Flu jabs sold better than ever at the chain's pharmacies this autumn.",
    'Pharmacy profits were higher than expected last quarter.',
    'Cases were lower than in the same week last year.',
    'The city says the new cycle lanes have made its roads far safer.',
    'The app keeps your health records safe and encrypted.',
    'The markets regulator approved the takeover of the pharmacy group.',
    'By March, 70 percent of adults had received at least two doses.',
    'Risk of bias was judged high in four of the nine trials.',
    'Donations rose to three times as much as the year before.',
    'Psoriasis, also known as plaque psoriasis, is an inflammatory condition of the skin.',
    'Roughly one in five adults in rural Scotland has high blood pressure.',
    'We gave most weight to well-run, better-powered trials.',
  ])
  it('still reads a comparison of outcomes with a named comparator', () => {
    expect(scanText('The new drug worked better than placebo compared with last year\'s trial.').some((f) => f.category === 'comparative')).toBe(true)
  })
})

describe('cures, harms, prognosis and trial payments in the words posts and headlines use', () => {
  itFindsEach([
    ['Turmeric paste clears up conjunctivitis in a day.', 'cure_remission.claim-verb', 'clears up conjunctivitis'],
    ['Gargle salt water every hour and any virus in your mouth gets flushed away.', 'cure_remission.passive', 'flushed'],
    ['Nerve pain gone in a week with our cream.', 'cure_remission.gone', 'gone in'],
    ['The mint tea left my gut free of the bacteria.', 'cure_remission.passive', 'free of the bacteria'],
    ['flu jab = autism, wake up people', 'safety_side_effects.harm', 'jab = autism'],
    ['Kids who get the HPV shot will struggle to get pregnant later.', 'safety_side_effects.harm', 'struggle to get pregnant'],
    ['The booster can make your period come late.', 'safety_side_effects.harm', 'make your period come late'],
    ['Night shifts tied to shorter lives in nurses, study finds.', 'safety_side_effects.harm', 'tied to shorter'],
    ['Vaccines contain microchips that track you.', 'safety_side_effects.harm', 'Vaccines contain microchips'],
    ['People with gout should never take a flu vaccine.', 'dosing_treatment_advice.recommended', 'should never take a flu vaccine'],
    ['My doctor reckons statins stop working after a few years.', 'efficacy_statistics.helps', 'stop working'],
    ['Most people who get shingles recover within a month.', 'efficacy_statistics.helps', 'Most people who get shingles recover'],
    ['Night-shift workers may face higher heart disease risk than day workers.', 'comparative.general', 'higher heart disease risk than'],
    ['garlic >> antibiotics, cleared my infection in 2 days', 'comparative.general', '>>'],
    ['The best vaccine is the one you can get soonest.', 'comparative.general', 'The best vaccine'],
    ['Research team seeks 500 volunteers for a sleep study.', 'trial_availability_eligibility.sign-up', 'seeks 500 volunteers'],
    ['Volunteers who stay for the full week receive up to £900 to cover their time.', 'trial_availability_eligibility.take-part', 'receive up to £900'],
  ])
  it('reads a claim about a medicine or condition no lexicon lists as on a health topic', () => {
    expect(scanText('Semaglutide causes hallucinations in teenagers.').find((f) => f.category === 'safety_side_effects')?.severity).not.toBe('suggestion')
  })
})

describe("what counts as someone else's claim", () => {
  const contextOf = (text: string, category: string) => of(scanText(text), category)?.context
  it("reads a fact-checker's verdict as its own claim, which a reviewer must see", () => {
    const finding = of(scanText('Verdict: the studies we found do not show that magnesium eases leg cramps.'), 'efficacy_statistics')
    expect(finding?.severity).toBe('warning')
    expect(finding?.polarity).toBe('negated')
  })
  it('reads "so-called" as attribution only before a promise word', () => {
    expect(contextOf('So-called hybrid immunity lasts longer than protection from vaccination alone.', 'comparative')).toBeUndefined()
    expect(contextOf('Be wary of so-called miracle cures for arthritis.', 'cure_remission')).toBe('attributed')
  })
  it('reads "avoid" as a warning about sellers, not about people', () => {
    expect(contextOf('Avoid websites that sell cures for autism.', 'cure_remission')).toBe('attributed')
    expect(contextOf('Stay at home and avoid contact with other people until the rash has cleared up.', 'dosing_treatment_advice')).toBeUndefined()
  })
})

describe('news, method text and product pages that use claim words in ordinary ways', () => {
  itFlagsNothingIn([
    'The airline said its new jet was safer than any aircraft it had flown before.',
    'Interim chief hailed as a safe pair of hands for the hospital board',
    'The practice switched from paper records to an electronic system last spring.',
    "Miracle on ice as the hospital's curling team wins the county cup",
    'Finding a dentist taking NHS patients is a miracle these days.',
    'Who should I contact if my child has a reaction after a vaccine?',
    'The health rumour spread through social media within hours.',
    'Children completed sleep diaries and questionnaires every six months.',
    'More than a third of the volunteers were smokers.',
    'The foundation pays for about a quarter of all heart research in the region.',
    "Cholera killed about a third of the town's population in 1832.",
    "The words 'doctor recommended' on a label do not mean a doctor tested it.",
    'Taking part in the study is entirely voluntary.',
    'The bottle is made from 100% recycled glass.',
  ])
  itLowersByContextIn([
    'The trial was not large enough to tell whether the drug prevents strokes.',
  ])
})

describe('advice, relief, authorised nutrition wording and approvals as news gives them', () => {
  itFindsEach([
    ['You should come back for a second dose after eight weeks.', 'dosing_treatment_advice.stop-start', 'come back for a second dose'],
    ['GPs should stop prescribing codeine to children.', 'dosing_treatment_advice.stop-start', 'stop prescribing'],
    ['Kale lets you see better at night.', 'efficacy_statistics.helps', 'see better'],
    ['Massage may offer short-term relief for back pain.', 'efficacy_statistics.helps', 'offer short-term relief'],
    ['Vitamin C contributes to the normal function of the immune system.', 'efficacy_statistics.helps', 'contributes to the normal'],
    ['Physio can speed up your return to work.', 'efficacy_statistics.helps', 'speed up your return to'],
    ['Energy drinks trigger palpitations in teenagers.', 'safety_side_effects.harm', 'trigger palpitations'],
    ['Screens at bedtime may be messing with your sleep.', 'safety_side_effects.harm', 'messing with your sleep'],
    ['Coffee is giving me palpitations.', 'safety_side_effects.harm', 'giving me palpitations'],
    ['Regulators on Friday approved a new weight-loss jab.', 'regulatory_status.agency', 'Regulators on Friday approved'],
    ['Can garlic stave off colds?', 'cure_remission.claim-verb', 'stave off colds'],
  ])
})

describe('agency FAQs, fact-check articles and research method text', () => {
  itFlagsNothingIn([
    'Which adults qualify for a flu jab at no cost?',
    'Sharing your test result helps our data team monitor outbreaks.',
    'Runners are more motivated in spring than in winter, the club says.',
    'Everyone aged 60 to 74 gets a testing kit through the post every two years.',
    'The booking app was approved for release in March.',
    'Insulin was first given to a patient in 1922.',
    "The county's radiation agency published safety measurements of the masts.",
    "The brand's website calls the gummies a 'miracle for sleep'.",
    'Mortality was estimated from death registrations.',
    'Malaria caused an estimated 600,000 deaths in 2022.',
    'Around 30% of the people in the town had antibodies by spring.',
    'The study protocol was approved by the university ethics committee.',
    'Eligible patients were adults with type 2 diabetes.',
    'In all, 412 children took part in the asthma study.',
    'This work was funded by a government grant.',
    'Outcome data were available for 88% of participants.',
    'About 60% of infections recorded in the survey were mild.',
  ])
  itLowersByContextIn([
    'The video, viewed more than a million times, says lemon water cures gout.',
    'According to the post, ginger tea flushes the virus out of your lungs.',
    'A celebrity chef said turmeric can cure arthritis.',
    'On Tuesday a radio host told listeners that garlic pills are safer than statins.',
    'Remission was defined as no symptoms for six months.',
  ])
  // The rules' reading; the statistical model may still add its own testimonial finding here.
  it('reads a missed dose as dosing, not as a recovery told in the first person', () => {
    const findings = scanText('My son missed his second jab - does he have to start again?')
    expect(findings.map((f) => f.category)).toContain('dosing_treatment_advice')
    const ruleCategories = findings.filter((f) => !f.ruleId.startsWith('model.')).map((f) => f.category)
    expect(ruleCategories).not.toContain('testimonial_anecdote')
  })
  it('still reads an authority restated as advice', () => {
    const finding = of(scanText('You should wait four weeks after covid before your booster, according to the NHS website.'), 'dosing_treatment_advice')
    expect(finding?.context).toBeUndefined()
  })
})

describe('surveillance news, funding, and the glossary of an evidence check', () => {
  itFlagsNothingIn([
    'In March the health minister described the spread of the virus as an emergency.',
    'Wales saw a rise in reported mumps cases last winter, officials said.',
    'Charity pledges £20m to fight sickle cell disease',
    'Childhood obesity rate climbs to 23%, school survey finds',
    "Safety inspectors approve reopening of the clinic's lift",
    'In randomised controlled trials, a computer decides who gets which treatment.',
    'Sham: a fake procedure used so that patients cannot tell which group they are in.',
    'On their own, surveys cannot show cause and effect.',
    'Reviewers checked each trial against the inclusion criteria.',
    'We cannot give individual medical advice by email.',
  ])
  itLowersByContextIn([
    'The number needed to treat tells you how many people must take a drug for one to benefit.',
  ])
  it('still reads what slows the spread, and a headline that only looks like a glossary line', () => {
    expect(of(scanText('Masks slow the spread of the virus.'), 'efficacy_statistics')?.severity).toBe('warning')
    expect(of(scanText('Dark chocolate: the sweet way to protect your heart'), 'cure_remission')?.severity).toBe('error')
  })
})

describe("a reader's question reported, and free public services", () => {
  it.each([
    'If you have been wondering whether vitamin D tablets help with winter colds, you are not alone.',
    'Readers often ask whether gout can be cured for good.',
    '"Is it safe to fly when pregnant?" asked one reader.',
    'In the clip, he tells viewers the tea cleared his asthma.',
  ])('reads "%s" as a question or claim someone else raised', (text) => {
    const findings = scanText(text)
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((f) => f.context === 'attributed')).toBe(true)
  })
  itFlagsNothingIn([
    'What side effects should I report after my flu jab?',
    'Travel jabs such as hepatitis A are provided free by your GP.',
    'Arsenic levels in the well were far higher than in tap water.',
  ])
  itFindsEach([
    ['Volunteers who finish every visit will receive up to £450.', 'trial_availability_eligibility.take-part', 'receive up to £450'],
  ])
})

describe('effects told as fewer deaths, sooner recovery, harms to health, and comparisons without "than"', () => {
  itFindsEach([
    ['Supervised walking works at least as well as painkillers for hip pain.', 'comparative.general', 'works at least as well as'],
    ['Unlike sleeping tablets, the benefits of CBT last after treatment ends.', 'comparative.unlike', 'Unlike sleeping tablets'],
    ['Lockdowns may have contributed to fewer flu cases that winter.', 'efficacy_statistics.helps', 'contributed to fewer'],
    ['Patients on the new pathway went home two days sooner than those on the old one.', 'comparative.general', 'sooner than'],
    ['Stomach bugs may be less likely if you wash fruit before eating it.', 'efficacy_statistics.helps', 'less likely if you'],
    ['Since the vaccine was introduced, not a single case has been seen in the region.', 'efficacy_statistics.helps', 'not a single case'],
    ['A handful of the berries is enough to poison a toddler.', 'safety_side_effects.harm', 'enough to poison'],
    ['Vaping could affect your fertility.', 'safety_side_effects.harm', 'could affect your fertility'],
    ['Face masks poison the wearer with their own breath.', 'safety_side_effects.harm', 'poison the wearer'],
    ['Nurses told to get flu jab before December', 'dosing_treatment_advice.recommended', 'told to get flu jab'],
    ['Children who take zinc get colds less often.', 'efficacy_statistics.helps', 'less often'],
    ['Screening every two years means fewer deaths from bowel cancer.', 'efficacy_statistics.helps', 'means fewer deaths'],
  ])
})

describe('promises without exceptions: full protection, every germ, nobody ever, impossible', () => {
  itFindsEach([
    ['Two sprays a day and your family is fully protected against winter bugs.', 'absolute_guarantee.universal', 'fully protected'],
    ['A single course of the shots gives lifelong immunity to shingles.', 'absolute_guarantee.universal', 'lifelong immunity'],
    ['Our silver gel destroys every germ on contact, including the flu virus.', 'absolute_guarantee.universal', 'every germ'],
    ['Nobody on this diet has ever needed insulin again.', 'absolute_guarantee.universal', 'Nobody on this diet has ever'],
    ['Catching measles twice is impossible once you have had it.', 'absolute_guarantee.universal', 'impossible'],
    ['The tonic healed all patients in the clinic within a month.', 'absolute_guarantee.universal', 'all patients'],
    ['The rash cleared up completely after a week of the cream.', 'absolute_guarantee.universal', 'cleared up completely'],
  ])
  itFlagsNothingIn([
    'Why some children never catch chickenpox is still a mystery to researchers.',
    'Lung cancer makes up about one in ten of all cancers diagnosed each year.',
    'It is impossible to say how many people had the infection without symptoms.',
  ])
  it('shows a promise in text on no health topic as a suggestion: "lifetime protection" of a phone', () => {
    const finding = scanText('The case comes with lifetime protection for the phone screen.').find(
      (f) => f.ruleId === 'absolute_guarantee.universal',
    )
    expect(finding?.severity).toBe('suggestion')
  })
})

describe('an absolute put on what a remedy does or on who must take it', () => {
  itFindsEach([
    ['This balm stops eczema flare-ups completely within a week.', 'absolute_guarantee.qualified', 'stops eczema flare-ups completely'],
    ['Boiling your vegetables destroys all of the vitamin C in them.', 'absolute_guarantee.qualified', 'destroys all of'],
    ['Our elderberry syrup definitely shortens a cold.', 'absolute_guarantee.qualified', 'definitely shortens'],
    ['One tablet a day keeps you safe from hay fever all summer long.', 'absolute_guarantee.qualified', 'all summer long'],
    ['Every man over 40 should take saw palmetto for his prostate.', 'absolute_guarantee.qualified', 'Every man over 40 should'],
  ])
  itFlagsNothingIn([
    'Everyone in the office should bring a packed lunch on Friday.',
    'The shop stays open all summer long, including bank holidays.',
  ])
})

describe('a contraction reads as the words it stands for', () => {
  // Rules and model alike: contractions are written out before either reads the text.
  const reading = (text: string) => scanText(text).map((f) => [f.ruleId, f.severity, f.polarity])
  it.each([
    ['People without symptoms are not contagious.', "People without symptoms aren't contagious."],
    ['Statins are not linked to memory loss.', "Statins aren't linked to memory loss."],
    ['The flu jab cannot give you flu.', "The flu jab can't give you flu."],
    ['Antibiotics will not cure a cold.', "Antibiotics won't cure a cold."],
    ['You do not need a booster this winter.', 'You dont need a booster this winter.'],
    ['This nasal spray is not suitable for children under 12.', "This nasal spray isn't suitable for children under 12."],
    ['Ibuprofen is not recommended if you have asthma.', "Ibuprofen isn't recommended if you have asthma."],
    ['A hip replacement is not risk-free.', "A hip replacement isn't risk-free."],
    ['Honey must not be given to babies under one.', "Honey mustn't be given to babies under one."],
    ['Heatstroke should not be underestimated.', "Heatstroke shouldn't be underestimated."],
  ])('%j and %j', (full, contracted) => {
    expect(reading(full).length).toBeGreaterThan(0)
    expect(reading(contracted)).toEqual(reading(full))
  })
})

describe('"do not" as an order, and in a statement whose subject is a pronoun', () => {
  itFindsEach([
    ['Do not have alcohol while you are taking metronidazole.', 'dosing_treatment_advice.instruction', 'have'],
    ["Don't take ibuprofen with this medicine.", 'dosing_treatment_advice.instruction', 'take ibuprofen'],
  ])
  it.each([
    'Iron deficiency anaemia is when you do not have enough iron in your body.',
    "It happens when they don't have enough vitamin B12 in their diet.",
  ])('reads no instruction in "%s"', (text) => {
    expect(scanText(text).map((finding) => finding.ruleId)).not.toContain('dosing_treatment_advice.instruction')
  })
})

describe("a remedy at work on someone's own trouble, and time with a product", () => {
  itFindsEach([
    ['Honestly think the turmeric is helping my knees, I can do the stairs again.', 'testimonial_anecdote.remedy-at-work', 'is helping my'],
    ['The new cream has been working wonders for her eczema.', 'testimonial_anecdote.remedy-at-work', 'has been working wonders for her'],
    ['Three weeks with the light box and I finally wake up before my alarm.', 'testimonial_anecdote.time-on', 'Three weeks with the light box and I'],
  ])
  itFlagsNothingIn([
    'The council is helping our local food bank with a grant this winter.',
    'Two weeks with the new timetable and the buses are still late.',
    'My sister is helping my mum with her shopping.',
  ])
})

describe('comparisons with a placebo, usual care or another dose, as trials and evidence checks put them', () => {
  itFindsEach([
    ['In two trials, the lozenges shortened colds no more than sugar pills did.', 'comparative.benchmark', 'no more than sugar pills'],
    ['The app reduced anxiety scores about as much as a course of group therapy.', 'comparative.benchmark', 'about as much as'],
    ['Older adults face a higher risk of falls on the new tablets than on the old ones.', 'comparative.benchmark', 'higher risk of falls on the new tablets than on'],
    ['Lotions will not shift head lice for good, only a fine-tooth comb does.', 'comparative.benchmark', 'only a fine-tooth comb does'],
    ['Massage showed no benefit beyond that of a sham treatment.', 'comparative.benchmark', 'benefit beyond that of a sham'],
  ])
  itFlagsNothingIn([
    'Drink as much as you need to stay comfortable in the heat.',
    'On the day of the scan, eat about as much as you would on any other day.',
  ])
})

describe('testimonials as posts write them: the "I" left out, and what a jab or a pill did to the teller', () => {
  itFindsEach([
    ['Started the iron tablets last month, felt loads better within a week.', 'testimonial_anecdote.dropped-subject', 'felt loads better'],
    ["Swapped to oat milk, haven't had a migraine in 6 months.", 'testimonial_anecdote.dropped-subject', "haven't had a migraine in 6 months"],
    ['Took magnesium before bed, slept straight through till seven.', 'testimonial_anecdote.dropped-subject', 'slept straight through'],
    ['The second booster gave me a blinding headache for a day.', 'testimonial_anecdote.done-to-me', 'gave me a blinding headache'],
    ['Those slimming drops made my skin go itchy all over.', 'testimonial_anecdote.done-to-me', 'made my skin go itchy'],
    ['A spoon of manuka honey a day keeps my kids cold free.', 'testimonial_anecdote.done-to-me', 'keeps my kids cold free'],
  ])
  itFlagsNothingIn([
    'Feeling better after a cold? You can usually go back to the gym.',
    'The lifeguard course gave me a real sense of confidence.',
  ])
})

describe('who should not have a medicine, and what replaces one', () => {
  itFindsEach([
    ['Aspirin should never be given to anyone under 16.', 'dosing_treatment_advice.use-or-not', 'should never be given'],
    ["Teenagers don't need a booster if they had the virus last year.", 'dosing_treatment_advice.use-or-not', "don't need a booster"],
    ['The live nasal vaccine is not usually given to children with severe asthma.', 'dosing_treatment_advice.use-or-not', 'not usually given to children'],
    ['Hundreds of readers have swapped their statins for our red yeast capsules.', 'dosing_treatment_advice.use-or-not', 'swapped their statins'],
    ['Sleep soundly again, no pills needed.', 'dosing_treatment_advice.use-or-not', 'no pills needed'],
  ])
  itFlagsNothingIn([
    'The cafe swapped its plastic cups for paper ones last spring.',
    'Pets are not usually allowed in the ward.',
  ])
})

describe('a possible effect on something the lexicon does not name', () => {
  it.each([
    ['Tai chi might slow the unsteadiness that comes with Parkinson’s disease.', 'slow'],
    ['Chewing gum after bowel surgery may shorten the stay in hospital.', 'shorten'],
    ['A cool flannel could soothe prickly heat in babies.', 'soothe'],
  ])('finds "%s" as a hedged efficacy claim', (text, verb) => {
    const finding = scanText(text).find((f) => f.category === 'efficacy_statistics')
    expect(finding?.ruleId).toBe('efficacy_statistics.may-effect')
    expect(finding?.text).toBe(verb)
    expect(finding?.polarity).toBe('hedged')
  })
  it('leaves the claim to the rule that knows the condition: "may ease migraines"', () => {
    const finding = scanText('Magnesium tablets may ease migraines in some adults.').find((f) => f.category === 'efficacy_statistics')
    expect(finding?.ruleId).not.toBe('efficacy_statistics.may-effect')
    expect(finding?.text).toContain('migraines')
  })
  itFlagsNothingIn(['Higher interest rates may slow the housing market this winter.'])
})

describe('harms in everyday words: poison, rots, recalls, counterfeits, side effects complained of', () => {
  itFindsEach([
    ['Fluoride is slow poison and your dentist knows it.', 'safety_side_effects.everyday-harm', 'poison'],
    ['Energy drinks rot your teeth and your gut.', 'safety_side_effects.everyday-harm', 'rot your teeth'],
    ['Batches of the eye drops were recalled after bacteria were found.', 'safety_side_effects.everyday-harm', 'recalled'],
    ['Counterfeit weight-loss pens have put shoppers in hospital.', 'safety_side_effects.everyday-harm', 'Counterfeit weight-loss pens'],
    ['Several volunteers complained of a metallic taste and dizziness.', 'safety_side_effects.everyday-harm', 'complained of a metallic taste'],
  ])
  itFlagsNothingIn([
    'I cannot recall the name of the cafe.',
    'The museum shop was fined for selling counterfeit handbags.',
  ])
})

describe('when a treatment works best, and who is at more risk', () => {
  itFindsEach([
    ['Emergency contraception works best when taken as soon as possible.', 'efficacy_statistics.works-best', 'works best when'],
    ['Smokers are far more likely than non-smokers to develop gum disease.', 'efficacy_statistics.works-best', 'more likely than non-smokers to develop'],
    ['Glaucoma often causes no symptoms until sight is lost.', 'efficacy_statistics.works-best', 'often causes no symptoms'],
  ])
  itFlagsNothingIn(['The team works best when everyone gets a proper lunch break.'])
})

describe('names with numbers, durations that are not a course, and no obligation', () => {
  it.each([
    'SARS-CoV-2 enters human cells by binding to the ACE2 receptor.',
    'Paxlovid is a COVID-19 pill for people at high risk.',
    'The virus can stay detectable on plastic for up to three days.',
    'You do not have to pay anything for the vaccine at any of our sites.',
  ])('reads no dosing advice in "%s"', (text) => {
    expect(scanText(text).filter((f) => f.category === 'dosing_treatment_advice')).toEqual([])
  })
  itFindsEach([
    ['Use the nasal spray for up to 7 days.', 'dosing_treatment_advice.instruction', 'up to 7 days'],
    ['Patients received 2 million CAR-T cells per kilogram.', 'dosing_treatment_advice.amount', '2 million CAR-T cells'],
    ['Take 2 tablets twice a day with food.', 'dosing_treatment_advice.instruction', 'Take 2 tablets'],
    ['How often do I have to take it?', 'dosing_treatment_advice.instruction', 'How often do I have'],
    ['Take at least 5 full days of the antibiotics.', 'dosing_treatment_advice.instruction', 'at least 5 full days'],
  ])
})

describe('nouns, money, staff and methods that read like claims, and claims with no usual verb', () => {
  it.each([
    ['School nurses will run the annual nasal spray flu vaccine sessions in September.', 'dosing_treatment_advice'],
    ['Used inhalers should be taken back to a pharmacy for safe disposal.', 'dosing_treatment_advice'],
    ['Used inhalers should be taken back to a pharmacy for safe disposal.', 'safety_side_effects'],
    ['The drug maker said it would cut the list price of its insulin by 70 percent from January.', 'efficacy_statistics'],
    ['The maternity unit is recruiting 40 extra midwives to cover the summer.', 'trial_availability_eligibility'],
    ['Little one had her jabs today and was more upset about the plaster than the needle.', 'comparative'],
  ])('no rule of the category reads "%s" as a claim of %s', (text, category) => {
    expect(scanText(text).filter((f) => f.category === category && !isModelRuleId(f.ruleId))).toEqual([])
  })
  it('still reads a trial recruiting patients when staff are named beside them', () => {
    expect(of(scanText('We are recruiting patients and nurses for our new trial.'), 'trial_availability_eligibility')).toBeDefined()
  })
  it('reads a registry field after a semicolon, and data collection, as background', () => {
    const field = of(scanText('Condition studied: seasonal influenza; intervention: vaccine versus saline placebo.'), 'comparative')!
    expect(field).toMatchObject({ context: 'background' })
    expect(field.severity).not.toBe('error')
    const rulesAlone = rulesAloneScanner
    const collected = rulesAlone.scanText('Adverse events were collected for seven days using diaries completed by parents.')
    expect(collected.filter((f) => f.category === 'safety_side_effects').map((f) => f.context)).toEqual(['background'])
  })
  itFindsEach([
    ['Antibiotic eye drops are not usually needed for conjunctivitis.', 'dosing_treatment_advice.use-or-not', 'are not usually needed'],
    ['People with kidney disease should avoid anti-inflammatory painkillers.', 'dosing_treatment_advice.use-or-not', 'should avoid anti-inflammatory'],
    ['The blood test picked up more than half of cancers at an early stage.', 'efficacy_statistics.detection', 'picked up more than half of cancers'],
  ])
})

describe('leaflet boilerplate, pack contents, and claims in the words of devices, kidneys and eyes', () => {
  itFlagsNothingIn([
    'Read all of this leaflet carefully before you start using this inhaler.',
    'Each jar holds 60 vegan capsules in recyclable packaging.',
  ])
  itFindsEach([
    ['Registered as a Class I medical device for the relief of dry, gritty eyes.', 'regulatory_status.general', 'Registered as a Class I medical device'],
    ['SGLT2 inhibitors slowed the decline in kidney function.', 'efficacy_statistics.effect-verb', 'slowed the decline in'],
    ['Inhaled steroids stunt children’s growth.', 'safety_side_effects.harm', 'stunt children’s growth'],
    ['Ketamine therapy is the fastest way to lift low mood.', 'comparative.general', 'the fastest way'],
    ['Laser eye surgery gives you sharper vision than glasses ever could.', 'comparative.general', 'sharper vision than'],
    ['Babies born early may be offered a monthly antibody injection.', 'dosing_treatment_advice.schedule', 'monthly antibody injection'],
    ['A gene therapy has left a teenager free of sickle cell disease.', 'cure_remission.passive', 'free of sickle cell disease'],
  ])
})

describe('advice in everyday words, comparisons without "than", survival, and claim words used about shops and strikes', () => {
  itFindsEach([
    ['Patients with heart failure should be taking a beta blocker.', 'dosing_treatment_advice.instruction', 'should be taking a beta blocker'],
    ['Cut down on caffeine and alcohol for two weeks and see if the palpitations settle.', 'dosing_treatment_advice.instruction', 'Cut down on caffeine'],
    ['Take three gummies daily with food.', 'dosing_treatment_advice.amount', 'three gummies'],
    ['The new inhaler does the same job as the old one at half the price.', 'comparative.general', 'does the same job'],
    ['Nothing else came close to this balm for my cracked heels.', 'comparative.general', 'Nothing else came close'],
    ['A gentler alternative to ibuprofen for everyday aches.', 'comparative.general', 'gentler alternative to'],
    ['Adding the antibody to chemotherapy prolonged overall survival by four months.', 'efficacy_statistics.effect-verb', 'prolonged overall survival'],
    ['Watch the belly fat melt away in just three weeks.', 'hype_sensational.general', 'belly fat melt away'],
  ])
  itFlagsNothingIn([
    'Avoid the car park on market days.',
    'The side effects of the bus strike hit elderly patients hardest.',
    'A data and safety monitoring board reviewed the unblinded results.',
    'Your guaranteed next-day delivery slot is confirmed.',
    'The committee agreed the analysis plan before recruitment started.',
  ])
})

describe('leaflet boilerplate, review methods and business news around dose, trial and percent words', () => {
  itFlagsNothingIn([
    'Each carton holds 14 or 28 capsules in foil strips.',
    'Vitamin D comes in micrograms or IU, and 1 microgram is the same as 40 IU.',
    'The marketing authorisation holder is Northfield Pharma plc.',
    'What you need to know before you use this inhaler',
    'Screening is offered to adults who do not already have diabetes.',
    'The health board is recruiting over 150 midwives from abroad.',
    'Eleven trials with 2,930 participants met the inclusion criteria.',
    'The waiting list has grown by almost 15 percent since spring.',
    'Cost-effectiveness was modelled over ten years.',
  ])
  itFindsEach([
    ['Most adults need 10 micrograms of vitamin D a day.', 'dosing_treatment_advice.amount', '10 micrograms'],
    ['The study is recruiting over 150 adults with severe asthma.', 'trial_availability_eligibility.recruiting', 'recruiting'],
  ])
})

describe('effects in phrasal verbs, how a medicine is started and stopped, and study schedules', () => {
  itFindsEach([
    ['Fried food pushes your cholesterol up.', 'efficacy_statistics.effect-verb', 'pushes your cholesterol up'],
    ['The new jab could keep thousands of babies out of hospital this winter.', 'efficacy_statistics.effect-verb', 'keep thousands of babies out of hospital'],
    ['A spoonful of honey settles a cough at night.', 'efficacy_statistics.effect-verb', 'settles a cough'],
    ['Methotrexate is usually started after the first weeks of symptoms.', 'dosing_treatment_advice.instruction', 'started after'],
    ['Stopping beta blockers suddenly can make angina worse.', 'dosing_treatment_advice.instruction', 'Stopping beta blockers suddenly'],
    ["Don't scratch the blisters, however itchy they get.", 'dosing_treatment_advice.instruction', 'scratch'],
    ['Talking therapy beat antidepressants at one year.', 'comparative.superior', 'beat antidepressants'],
    ['Talking therapy works more than any pill for mild low mood.', 'comparative.general', 'more than any pill'],
  ])
  itFlagsNothingIn([
    'Nurses weighed the children and checked their height every three months.',
    'Side effects of the parking charges are felt by visitors.',
  ])
})

describe('definitions of a germ or infection by how it spreads, blues, safety bodies and ages', () => {
  itFlagsNothingIn([
    'Listeriosis is a rare infection spread by eating contaminated chilled foods.',
    'Cure for the Sunday-night blues? Library opens late for a pub quiz at the health centre',
    'Medicines safety agency moves its headquarters to Leeds',
  ])
  it('reads "at four years of age" as an age, not as time on a treatment', () => {
    const findings = scanText('The second dose is given at four years of age and the booster at fourteen.')
    expect(findings.filter((f) => f.category === 'testimonial_anecdote')).toEqual([])
  })
  it('reads "X are a family of viruses, some of which cause Y" as background', () => {
    const text = 'Rhinoviruses are a large family of viruses, some of which cause the common cold.'
    const rulesAlone = rulesAloneScanner.scanText(text)
    expect(rulesAlone.map((f) => [f.severity, f.context])).toEqual([['suggestion', 'background']])
    // The model also reads the clause as ordinary, so the suggestion is left out.
    expect(scanText(text)).toEqual([])
  })
  itFindsEach([
    ['Both diets produced similar weight loss over six months.', 'comparative.as-well-as', 'similar weight loss'],
    ['Two doses protect most children for at least ten years.', 'efficacy_statistics.protection', 'protect most children for at least ten years'],
  ])
})

describe('pack sizes in a list, definitions of a figure, review methods, and a disease declared gone', () => {
  itFlagsNothingIn([
    'Cartons of 7, 14 and 28 capsules are available; not all may be sold.',
    'Excess winter deaths are the number of deaths above what would be expected outside winter.',
    'Attributable risk is the proportion of cases that can be put down to one exposure.',
    'We gave more weight to the trials at lower risk of bias.',
  ])
  it('reads "was declared eradicated in 2002" as history, which the severity floor keeps a warning', () => {
    const findings = scanText('Polio was declared eradicated in the region in 2002.')
    expect(findings.map((f) => [f.category, f.severity, f.context])).toEqual([['cure_remission', 'warning', 'background']])
  })
  it('does not read "there is a treatment that..." as a definition', () => {
    const findings = scanText('There is a treatment that lowers blood pressure within a week, according to our leaflet.')
    expect(findings.map((f) => [f.category, f.severity, f.context])).toEqual([['efficacy_statistics', 'warning', undefined]])
  })
})

describe('primary-care conditions, promises never to fall ill, "the only formula", and disease as the cause', () => {
  itFindsEach([
    ['Cider vinegar shrinks varicose veins in a fortnight.', 'cure_remission.claim-verb', 'shrinks varicose veins'],
    ['This tincture gets rid of head lice overnight.', 'cure_remission.claim-verb', 'gets rid of head lice'],
    ['Take two of these and you will never get ill again this year.', 'absolute_guarantee.never-again', 'you will never get'],
    ['Our blend is the only herbal formulation that calms an irritable bowel.', 'comparative.general', 'the only herbal formulation'],
    ['Turmeric beats steroids for joint pain, the seller says.', 'comparative.superior', 'beats steroids'],
    ['Smart insoles may one day replace injections for people with diabetes.', 'comparative.general', 'replace injections'],
    ['Over-80s will be offered a top-up dose this autumn.', 'dosing_treatment_advice.vaccine-schedule', 'offered a top-up dose'],
    ['Hand, foot and mouth disease is rarely serious in young children.', 'safety_side_effects.harm', 'rarely serious'],
    ['Four months without bread and my bloating has gone.', 'testimonial_anecdote.time-on', 'Four months without bread and my'],
    ['Had my first migraine in six months after the switch.', 'testimonial_anecdote.time-on', 'first migraine in six months'],
    ['Since I cut out caffeine my heart has stopped racing.', 'testimonial_anecdote.time-on', 'Since I cut out caffeine my'],
  ])
  itFlagsNothingIn([
    'Tiredness caused by an underactive thyroid usually builds slowly.',
    'Migraine is thought to affect more women than asthma and diabetes together.',
    'Do not drive home after the eye drops; bring someone with you.',
    'Test positivity rose to 11.2% over the holiday weekend.',
    'To replace a lost vaccine record, ask your surgery for a copy.',
  ])
  it('reads "X, in this report, means ..." as a definition, which the severity floor keeps at most a warning', () => {
    const findings = scanText('Remission, in this review, means no signs of the disease on two scans six months apart.')
    expect(findings.map((f) => [f.category, f.severity, f.context])).toEqual([['cure_remission', 'warning', 'background']])
  })
  it('ends a negation\'s scope at "so you": the boost is claimed, the promise is affirmed', () => {
    const findings = scanText('Elderberry boosts your immunity so you won\'t get ill at all this winter.')
    expect(findings.map((f) => [f.category, f.polarity])).toEqual([
      ['efficacy_statistics', 'affirmed'],
      ['absolute_guarantee', 'affirmed'],
    ])
  })
  it('reads ", early results show" at the end as a hedge on the whole sentence', () => {
    const findings = scanText('The gel reduced painful flare-ups among the older volunteers in both clinics, early results show.')
    expect(findings.map((f) => f.polarity)).toEqual(['hedged'])
  })
})

describe('posts and fact-check lines: what a course is stopped, saved or given up for, and whose denial a negation is', () => {
  itFindsEach([
    ['Just stop the sertraline for a week and see if you feel worse.', 'dosing_treatment_advice.instruction', 'stop the sertraline'],
    ['Save your leftover antibiotics for the next infection.', 'dosing_treatment_advice.instruction', 'Save your leftover antibiotics'],
    ['Try a statin holiday for a few weeks and see if the cramps go.', 'dosing_treatment_advice.instruction', 'statin holiday'],
    ['The ADHD tablets made my heart race all afternoon.', 'testimonial_anecdote.done-to-me', 'made my heart race'],
    ["I've not had a single flare in 18 months since cutting out wheat.", 'testimonial_anecdote.none-since', 'not had a single flare in 18 months'],
    ["Didn't notice any difference from the collagen powder at all.", 'testimonial_anecdote.first-person', "Didn't notice any difference"],
    ['This year the flu jab has put dozens of healthy nurses in intensive care.', 'safety_side_effects.harm', 'put dozens of healthy nurses in intensive care'],
    ['Eating carrots daily will let you throw away your reading glasses.', 'cure_remission.claim-verb', 'throw away your reading glasses'],
    ["A tiny bit of gluten won't hurt if you're coeliac.", 'safety_side_effects.harm', "won't hurt"],
    ['This serum works for literally everyone.', 'absolute_guarantee.everyone', 'for literally everyone'],
    ['Acupuncture has taken my back pain from an 8 to a 3.', 'testimonial_anecdote.first-person', 'taken my back pain from an 8 to a 3'],
  ])
  itFlagsNothingIn([
    'The new car park barriers at the hospital still do not take cards.',
    'The pharmacy chain stopped selling tobacco products in 2014.',
    'The advert was approved for broadcast in 2019 by the compliance team.',
    'The WHO declared an end to COVID-19 as a global health emergency in May 2023.',
    "It won't hurt to ask your pharmacist before you travel.",
  ])
  const polarity = (text: string, category: string) => of(scanText(text), category)?.polarity
  it('keeps a claim affirmed when a later clause denies something else', () => {
    expect(polarity('This antihistamine is far better than the old one and does not make me drowsy.', 'comparative')).toBe('affirmed')
    expect(polarity("The injection made me so sick I couldn't keep water down for days.", 'safety_side_effects')).toBe('affirmed')
  })
  it('reads "apparently" and "I think" as hedges', () => {
    expect(polarity('Apparently chanca piedra dissolves kidney stones within a week.', 'cure_remission')).toBe('hedged')
    expect(polarity("I think the turmeric is finally starting to work on my knees.", 'testimonial_anecdote')).toBe('hedged')
  })
  it('reads "neither ... nor" as one denial, and "than ... ever could" as no hedge', () => {
    expect(polarity('Steam from eucalyptus oil neither prevents nor cures COVID-19.', 'cure_remission')).toBe('negated')
    expect(polarity('Natural infection gives stronger immunity than vaccination ever could.', 'comparative')).toBe('affirmed')
  })
})

describe('agency and news lines: vaccine schedules, advice to skip a jab, warnings and raised risks', () => {
  itFindsEach([
    ['The hepatitis B vaccine is given at 8, 12 and 16 weeks.', 'dosing_treatment_advice.vaccine-schedule', 'given at 8, 12 and 16 weeks'],
    ["You'll need two doses, with a gap of 4 weeks or more between them.", 'dosing_treatment_advice.vaccine-schedule', 'a gap of 4 weeks or more between them'],
    ['The best time to have it is from 16 weeks up to 32 weeks of pregnancy.', 'dosing_treatment_advice.vaccine-schedule', 'from 16 weeks up to 32 weeks of pregnancy'],
    ['Skip the shot and load up on cod liver oil instead.', 'dosing_treatment_advice.instruction', 'Skip the shot'],
    ["Don't let them vax your newborn on day one.", 'dosing_treatment_advice.instruction', "Don't let them vax"],
    ["Regulator warns against drinking chlorine dioxide after hospital admissions", 'safety_side_effects.harm', 'warns against drinking'],
    ['Eye stroke risk may be higher in people on semaglutide, a study suggests', 'safety_side_effects.harm', 'risk may be higher'],
    ['Been on turmeric for 6 months, no more knee pain.', 'testimonial_anecdote.dropped-subject', 'no more knee pain'],
  ])
  itFlagsNothingIn([
    'Is rent control the cure for the housing crisis? Economists are divided',
    'Pharmacy chain to close 300 branches, putting flu jab access at risk',
    'Chill leftovers within two hours of cooking and eat them within two days.',
  ])
  it('reads "for us to give the injection" as how a clinic works, not dosing', () => {
    const findings = scanText('Wearing short sleeves makes it quicker for us to give the injection.')
    expect(findings.filter((f) => f.category === 'dosing_treatment_advice')).toEqual([])
  })
})

describe('evidence-check lines: natural frequencies, outcomes reported, a principle named, a comparator', () => {
  itFindsEach([
    ['Stockings cut clots from about 3 in 100 passengers to fewer than 1 in 100.', 'efficacy_statistics.numbers', 'from about 3 in 100 passengers to fewer than 1 in 100'],
    ['Some children became seizure-free on the diet.', 'cure_remission.remission', 'became seizure-free'],
  ])
  itFlagsNothingIn([
    "Homeopathy rests on the idea that 'like cures like'.",
  ])
  it('reads "than no treatment" as the comparator, not a denial', () => {
    const finding = of(scanText('Honey probably eases coughing a little better than no treatment.'), 'comparative')
    expect(finding?.polarity).toBe('hedged')
  })
})

describe('a safe, leaflet and study dose lines, a lab test and a review method, which the model reads as claims', () => {
  itFlagsNothingButThroughTheModelIn([
    "Thieves broke in overnight and the surgery's safe was found open.",
    'This medicine contains less than 1 mmol potassium (39 mg) per dose.',
    'Doses in the studies ranged from 500 mg to 2,000 mg a day.',
    'Tests of shop-bought oils found more or less CBD than the label states.',
    'The review included people with chronic lower back pain.',
  ])
})

describe('hospital, pharmacy and charity pages: medicines in general, editorial notes, study plans', () => {
  itFlagsNothingIn([
    'Tell the nurse at your pre-assessment if you are taking other medicines.',
    'Check with the pharmacist before using any other medicines with this one.',
    'Please read the leaflet in the pack before you use any medicine for the first time.',
    "Priya's story is shared with her permission; some details have been changed to protect her identity.",
    'The scientists will next look at whether the results hold true in older patients and in people with heart failure.',
  ])
  itFindsEach([
    ['Do not take any other medicines containing ibuprofen.', 'dosing_treatment_advice.instruction', 'take any other medicines'],
    ["Don't take other medicines while you are on this course.", 'dosing_treatment_advice.instruction', 'take other medicines'],
    // Advice on the reader's own medicines stays advice.
    ['Read the label before you take 8 paracetamol tablets in one go.', 'dosing_treatment_advice.instruction', 'take 8 paracetamol'],
    ['Take a break from your statins for a month.', 'dosing_treatment_advice.instruction', 'Take a break from your statins'],
    ['Keep taking your medicines even when you feel well.', 'dosing_treatment_advice.instruction', 'Keep taking'],
    ['Give your medicines with a glass of grapefruit juice.', 'dosing_treatment_advice.instruction', 'Give your medicines'],
  ])
})

describe('prevention kept at bay, a post unsure of its remedy, and "nothing beats" as praise', () => {
  itFindsEach([
    ['Zinc lozenges keep colds away all winter.', 'efficacy_statistics.effect-verb', 'keep colds away'],
    ['A spoonful of local honey a day keeps hay fever at bay.', 'efficacy_statistics.effect-verb', 'keeps hay fever at bay'],
    ['the turmeric is maybe helping with my knees?', 'testimonial_anecdote.remedy-at-work', 'maybe helping'],
    ['For most coughs, antibiotics usually are not needed.', 'dosing_treatment_advice.use-or-not', 'are not needed'],
    ['The supplement did not improve pregnancy rates in the trial.', 'efficacy_statistics.effect-verb', 'improve pregnancy rates'],
    ['Can sleeping with wet hair make you go blind?', 'safety_side_effects.harm', 'make you go blind'],
    ['Do I need to get a flu jab every year?', 'dosing_treatment_advice.vaccine-schedule', 'get a flu jab every year'],
    ['Cochlear implants can give people back some hearing.', 'cure_remission.repair', 'give people back some hearing'],
    ['Most antidepressants take 2 to 4 weeks to start working.', 'efficacy_statistics.helps', 'take 2 to 4 weeks to start working'],
    ['Zinc lozenges can shave two days off a cold.', 'efficacy_statistics.helps', 'shave two days off a cold'],
    ['Will the pill make me put on weight?', 'safety_side_effects.harm', 'make me put on weight'],
    ['Can I have my booster on the same day as my shingles jab?', 'dosing_treatment_advice.vaccine-schedule', 'booster on the same day'],
    ['You will not need a hepatitis B booster after the full course.', 'dosing_treatment_advice.use-or-not', 'will not need a hepatitis B booster'],
    ['Our laser removes tattoos with no scarring.', 'safety_side_effects.side-effect-free', 'no scarring'],
    ['Down 9kg on the new jab in 12 weeks, so chuffed!', 'efficacy_statistics.numbers', 'Down 9kg'],
    ['Uncommon (may affect up to 1 in 100 people): headache, rash and dizziness.', 'safety_side_effects.side-effects', 'Uncommon (may affect up to 1 in 100'],
  ])
  it('reads "nothing beats" and "nothing else comes close" as praise, not denial', () => {
    const cure = scanText('Nothing beats this balm for clearing eczema.').find((f) => f.category === 'cure_remission')
    expect(cure?.polarity).toBe('affirmed')
    const best = scanText('Nothing else comes close to these drops for dry eyes.').find((f) => f.category === 'comparative')
    expect(best?.polarity).toBe('affirmed')
  })
  it('does not read "keep ... away from" people as prevention', () => {
    expect(scanText('Keep your children away from anyone with chickenpox.').filter((f) => f.ruleId === 'efficacy_statistics.effect-verb')).toEqual([])
  })
})

describe('greetings, shopping, looking after a device, a worry, method text and a leaflet naming its medicine', () => {
  itFlagsNothingIn([
    'Safe travels, everyone!',
    'Shop safely: we never store your card.',
    'My eye has gone a bit pink, do I need to see someone?',
    "Hamster bit me and it's gone a bit red, should I be worried?",
    'Rinse the spacer in warm soapy water once a month.',
    'Outcomes of interest were pain scores and adverse events.',
    'The name of your medicine is Ramipril 10 mg Capsules.',
    'Periods are called infrequent when they come fewer than four times a year.',
    'Her daft jokes are the best medicine on a bad day.',
    'Government orders 20 million courses of flu antivirals.',
    'The dentist near me stopped taking NHS patients so it’s £65 just for a scale and polish now.',
  ])
  // The model reads these as first-person outcomes and overrules the exception: a warning at most.
  itFlagsNothingButThroughTheModelIn([
    "Got stung on my arm this morning and it's gone a bit red, should I be worried?",
    'My knee has gone all swollen after the run, any ideas?',
  ])
})

describe('abstract conclusions, advice reported from agencies, results by study arm, and what is only background', () => {
  itFindsEach([
    ['These results do not support the routine use of azithromycin in adults with asthma attacks.', 'efficacy_statistics.evidence-for-use', 'support the routine use of'],
    ['There is not enough evidence to recommend probiotics for eczema in children.', 'efficacy_statistics.no-evidence-for-use', 'to recommend'],
    ['Survival was longer in the dexamethasone group than with usual care.', 'efficacy_statistics.by-arm', 'longer in the dexamethasone group'],
    ['Hospital stays did not differ between the two arms.', 'efficacy_statistics.by-arm', 'differ between the two arms'],
    ['The larger trial failed to demonstrate any reduction in relapses.', 'efficacy_statistics.fails-to', 'failed to demonstrate'],
    ['Home swab tests miss a large share of infections in the first days.', 'efficacy_statistics.detection', 'miss a large share of infections'],
    ['Health officials are urging parents of children under five to book both doses of the MMR vaccine.', 'dosing_treatment_advice.recommended', 'urging parents of children under five to book both doses'],
    ['Doctors are encouraging pregnant women to vaccinate against whooping cough.', 'dosing_treatment_advice.recommended', 'encouraging pregnant women to vaccinate'],
    ['The agency recommends that adults over 75 receive a single dose of RSV vaccine.', 'dosing_treatment_advice.recommended', 'recommends that adults over 75 receive a single dose'],
    ['Pneumococcal vaccination should be offered to everyone with chronic lung disease.', 'dosing_treatment_advice.recommended', 'should be offered to'],
    ['Green tea extract could shield your liver from fatty build-up.', 'cure_remission.restore-organ', 'shield your liver'],
  ])
  itFlagsNothingIn([
    'These figures may not apply to seasons with a poorer vaccine match.',
    'The council will stop offering free hepatitis C testing at the library next month.',
  ])
  const ofCategory = (text: string, category: string) => scanText(text).filter((finding) => finding.category === category)
  it('reads "31% vs 21%" as two figures side by side, but not when a treatment follows them', () => {
    expect(ofCategory('Hospital stays were 31% vs 21% longer in the two cities.', 'comparative')).toEqual([])
    expect(ofCategory('Remission: 92% vs 11% on chemotherapy.', 'comparative').map((finding) => finding.text)).toEqual(['vs'])
  })
  it('keeps a cure claim after "stop supplying", and reads an organ kept from the sun as no claim', () => {
    expect(ofCategory('This diet stops supplying cancer cells with glucose.', 'cure_remission').map((finding) => finding.ruleId)).toContain(
      'cure_remission.claim-verb',
    )
    expect(ofCategory('Protect your skin from the sun with a hat and long sleeves.', 'cure_remission')).toEqual([])
  })
  it('does not read "the recommended vaccines have two doses" as advice to take them, nor an arm of the body as a study arm', () => {
    expect(scanText('The recommended vaccines have two doses.').filter((finding) => finding.ruleId === 'dosing_treatment_advice.recommended')).toEqual([])
    expect(scanText('The pain was worse in my left arm after the jab.').filter((finding) => finding.ruleId === 'efficacy_statistics.by-arm')).toEqual([])
  })
})

describe('harms told as coming after a jab or a medicine, and what a remedy gave the teller', () => {
  itFindsEach([
    ['Doctors report a spike in strokes among middle-aged women following the booster campaign.', 'safety_side_effects.harm-claims', 'strokes among middle-aged women following the booster'],
    ['Nurses noticed a surge in hospital admissions among teenagers since the vaccine launch.', 'safety_side_effects.harm', 'surge in hospital admissions among teenagers since the vaccine'],
    ['Heart attacks in young men after the second dose are being covered up.', 'safety_side_effects.harm-claims', 'Heart attacks in young men after the second dose'],
    ['The herbal gummies gave me terrible indigestion and I had to stop.', 'testimonial_anecdote.done-to-me', 'gave me terrible indigestion'],
    ['My mum says the new tablets have given her nightmares.', 'safety_side_effects.harm-claims', 'have given her nightmares'],
  ])
})

describe('how far apart doses go, a change of dose, the dosing instructions, and a medicine named for a symptom', () => {
  itFindsEach([
    ['Wait at least eight weeks between the first and second jab.', 'dosing_treatment_advice.vaccine-schedule', 'Wait at least eight weeks between the first and second jab'],
    ['Allow four weeks after your last dose before having the shingles vaccine.', 'dosing_treatment_advice.vaccine-schedule', 'Allow four weeks after your last dose'],
    ['She asked about trying a different dose.', 'dosing_treatment_advice.dose-change', 'trying a different dose'],
    ['Always follow the dosage instructions on the label.', 'dosing_treatment_advice.instruction', 'follow the dosage instructions'],
    ['Antihistamines may help with the itching.', 'dosing_treatment_advice.for-symptoms', 'may help with the itching'],
    ['Paracetamol can bring down a high temperature in children.', 'dosing_treatment_advice.for-symptoms', 'can bring down a high temperature'],
  ])
})

describe('what something does compared, reviews of what a product has done, what helps the teller, and a compound tried only in animals', () => {
  itFindsEach([
    ['Paper masks do not block droplets nearly as well as surgical masks.', 'comparative.as-well-as', 'block droplets nearly as well as'],
    ['This fungal nail lacquer kills spores as effectively as tablets.', 'comparative.as-well-as', 'kills spores as effectively as'],
    ['Three weeks in and these magnesium capsules have done nothing for my cramps.', 'testimonial_anecdote.first-person', 'done nothing'],
    ['Listening to rain sounds helps me nod off.', 'testimonial_anecdote.first-person', 'helps me nod off'],
    ['The drug has only been tested in rats so far.', 'regulatory_status.animals-only', 'only been tested in rats'],
  ])
  it('reads "have done nothing for" as denied, and a compound tried only in animals as hedged', () => {
    expect(of(scanText('Three weeks in and these magnesium capsules have done nothing for my cramps.'), 'testimonial_anecdote')?.polarity).toBe('negated')
    expect(of(scanText('So far the molecule has only been studied in mice.'), 'regulatory_status')?.polarity).toBe('hedged')
  })
})

describe('a definition by how often a symptom comes, who feels ill, a disease defined as an infection, how many take a medicine, a trial method, reporting a test, and one jab at an appointment', () => {
  itFlagsNothingIn([
    'Doctors diagnose chronic migraine if headaches come on at least fifteen days a month.',
    'Roughly three in five new mothers feel tired for months after the birth.',
    'Impetigo is a bacterial infection that causes crusty sores.',
    'Around two million adults in Scotland are estimated to take aspirin.',
    'Volunteers were randomly allocated to use the nasal spray in the morning or at night.',
    'Upload the photo of your swab within 30 minutes of doing the test.',
    'Can I bring my son for his MMR jab at the same appointment?',
  ])
  itFindsEach([
    ['Can I have my flu jab and my COVID-19 vaccine at the same visit?', 'dosing_treatment_advice.vaccine-schedule', 'jab and my COVID-19 vaccine at the same visit'],
    ['Start the antivirals within five days of taking a positive test.', 'dosing_treatment_advice.instruction', 'within five days of'],
  ])
})

describe('questions', () => {
  const worst = (text: string) =>
    scanText(text).reduce((grave, f) => (f.severity === 'error' || grave === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : grave), 'none')
  it.each([
    'Can turmeric capsules cure rheumatoid arthritis?',
    'Should I double my dose of levothyroxine if I miss a day?',
    'Is it true that this vaccine has no side effects?',
  ])('asks a reviewer to decide a plain question, without needing approval: "%s"', (text) => {
    expect(worst(text)).toBe('warning')
  })
  it.each([
    'Did you know turmeric capsules cure rheumatoid arthritis?',
    'Why not let turmeric cure your rheumatoid arthritis?',
    'What are you waiting for? Is turmeric not the cure for your rheumatoid arthritis?',
    'How does turmeric cure rheumatoid arthritis so fast?',
    'Turmeric cures rheumatoid arthritis, so why wait?',
  ])('keeps a question that argues for or presupposes its claim an error: "%s"', (text) => {
    expect(worst(text)).toBe('error')
  })
})

describe("what the model's ordinary reading may lower", () => {
  it("does not lower a pitch for the writer's own product, whose exceptions do not apply either", () => {
    const pitch = scanText('We made a breakthrough in the case of chronic fatigue and our drops restore energy.')
    expect(of(pitch, 'hype_sensational')?.severity).toBe('warning')
  })
  it('does not lower a dose the sentence tells the reader to give', () => {
    expect(of(scanText('Give children 10 ml of the syrup.'), 'dosing_treatment_advice')?.severity).toBe('error')
  })
})
