import { describe, expect, it } from '@jest/globals'
import { createScanner, scanDocument, scanLexical, scanText } from '../../src/claims/index.js'

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const state = (...children: unknown[]) => ({ root: block('root', children) })

const article = state(
  block('heading', [text('A miracle cure')], { tag: 'h2' }),
  block('paragraph', [
    text('Ocrelizumab is '),
    text('FDA-approved', 1),
    text(' for MS and has no side effects.'),
  ]),
  block(
    'list',
    [
      block('listitem', [
        block('link', [text('Take 20 mg')], { fields: { url: 'https://example.com/cure' } }),
        text(' every day.'),
      ]),
    ],
    { listType: 'bullet' },
  ),
  block('quote', [text('“It cured my MS,” says Anna.')]),
  { type: 'upload', value: { id: 1 }, version: 1 },
)

describe('scanLexical', () => {
  const findings = scanLexical(article)
  const byRule = (ruleId: string) => findings.find((finding) => finding.ruleId === ruleId)!

  it('finds claims in headings, paragraphs, lists, links and quotes', () => {
    expect(new Set(findings.map((finding) => finding.category))).toEqual(
      new Set([
        'hype_sensational',
        'cure_remission',
        'regulatory_status',
        'safety_side_effects',
        'dosing_treatment_advice',
        'testimonial_anecdote',
      ]),
    )
  })

  it('gives node paths and offsets inside the text node', () => {
    expect(byRule('hype_sensational.miracle').node).toEqual({
      path: 'root.children[0].children[0]',
      offset: 2,
      endPath: 'root.children[0].children[0]',
      endOffset: 9,
    })
    expect(byRule('regulatory_status.agency').node).toMatchObject({
      path: 'root.children[1].children[1]',
      offset: 0,
      endOffset: 12,
    })
    expect(byRule('dosing_treatment_advice.amount').node?.path).toBe(
      'root.children[2].children[0].children[0].children[0]',
    )
  })

  it('maps a claim spanning formatted text nodes to its first and last node', () => {
    const [finding] = scanLexical(
      state(block('paragraph', [text('It is FDA-'), text('approved', 1), text(' for MS.')])),
    )
    expect(finding!.text).toBe('FDA-approved')
    expect(finding!.node).toEqual({
      path: 'root.children[0].children[0]',
      offset: 6,
      endPath: 'root.children[0].children[1]',
      endOffset: 8,
    })
  })

  it('keeps blocks apart, so a heading without a full stop is its own sentence', () => {
    expect(byRule('cure_remission.cure').sentence.text).toBe('A miracle cure')
    expect(byRule('safety_side_effects.no-side-effects').polarity).toBe('negated')
  })

  it('gives offsets into the flattened plain text as well', () => {
    const plain = 'A miracle cure\n\nOcrelizumab is FDA-approved'
    const finding = byRule('regulatory_status.agency')
    expect(plain.slice(finding.start, finding.end)).toBe('FDA-approved')
  })

  it('accepts a JSON string and a bare root node', () => {
    expect(scanLexical(JSON.stringify(article))).toEqual(findings)
    expect(scanLexical(article.root)).toEqual(findings)
  })

  it('reads struck-through words both as written and as deleted, and keys formats a reader reads', () => {
    const STRUCK = 4
    // "is n̶o̶t̶ safe" is read as "is safe": that reading's affirmed claim stands as the graver one.
    const struck = scanLexical(state(block('paragraph', [text('Ibuprofen is '), text('not', STRUCK), text(' safe in pregnancy.')])))
    expect(struck.find((finding) => finding.category === 'safety_side_effects')).toMatchObject({ polarity: 'affirmed' })
    // One struck letter leaves the word readable: the claim as written is still found.
    const letter = scanLexical(state(block('paragraph', [text('CAR T cu'), text('r', STRUCK), text('es MS.')])))
    expect(letter.find((finding) => finding.category === 'cure_remission')).toMatchObject({ severity: 'error' })
    // Bold changes nothing a reader reads: the key stays that of the plain sentence.
    const keyOf = (children: unknown[]) => scanLexical(state(block('paragraph', children))).find((finding) => finding.category === 'cure_remission')!.key
    expect(keyOf([text('CAR T '), text('cures', 1), text(' MS.')])).toBe(keyOf([text('CAR T cures MS.')]))
  })

  it('returns nothing for an empty editor', () => {
    expect(scanLexical(state())).toEqual([])
  })
})

describe('scanDocument', () => {
  it('scans strings, Lexical, arrays and groups with field paths in keys', () => {
    const findings = scanDocument({
      title: 'A miracle cure',
      content: article,
      faqs: [
        {
          id: 'cure',
          question: 'Is it a cure?',
          answer: state(block('paragraph', [text('It is completely safe.')])),
        },
        {
          id: 'a2',
          blockType: 'miracle',
          question: 'Does it work?',
          answer: 'It works for everyone.',
        },
      ],
      seo: { description: 'Side-effect free!', _internal: 'a miracle' },
      views: 12,
      published: true,
      empty: null,
    })
    const fields = new Set(findings.map((finding) => finding.field))
    expect(fields).toEqual(
      new Set([
        'title',
        'content',
        'faqs.0.question',
        'faqs.0.answer',
        // A row id the site set itself is words a reader receives (Payload's own are hex, not prose).
        'faqs.0.id',
        'faqs.1.answer',
        // A block's type reaches readers too ("miracle").
        'faqs.1.blockType',
        'faqs.1.question',
        'seo.description',
        // A field of the site's own that starts with "_" reaches readers like any other.
        'seo._internal',
      ]),
    )
    const title = findings.find(
      (finding) => finding.field === 'title' && finding.category === 'cure_remission',
    )!
    expect(title.key).toBe(
      scanText('A miracle cure', { fieldPath: 'title' }).find(
        (f) => f.category === 'cure_remission',
      )!.key,
    )
    expect(title.key).not.toBe(
      scanText('A miracle cure').find((f) => f.category === 'cure_remission')!.key,
    )
    expect(findings.find((finding) => finding.field === 'faqs.0.answer')!.node?.path).toBe(
      'root.children[0].children[0]',
    )
  })

  it('reads the prose of a custom node’s own keys and a link’s title, not Lexical’s layout keys', () => {
    const findings = scanLexical(
      state(
        { type: 'callout', version: 1, icon: 'info', tone: 'warning', caption: 'This tea cures diabetes.' },
        block('paragraph', [block('link', [text('Read more')], { title: 'A guaranteed cure for arthritis', fields: { url: 'https://example.com' } })], {
          style: 'color: red',
        }),
      ),
    )
    const cures = findings.filter((finding) => finding.category === 'cure_remission')
    expect({ cures: cures.map((finding) => finding.node?.path), paths: new Set(findings.map((finding) => finding.node?.path)) }).toEqual({
      cures: ['root.children[0].caption', 'root.children[1].children[0].title'],
      paths: new Set(['root.children[0].caption', 'root.children[1].children[0].title']),
    })
  })

  it('is the same through a compiled scanner', () => {
    const scanner = createScanner()
    expect(scanner.scanDocument({ body: 'It cures MS.' })).toEqual(
      scanDocument({ body: 'It cures MS.' }),
    )
  })
})

describe('rescanning an edited document', () => {
  const paragraphs = [
    'CAR T-cell therapy cures MS in most patients.',
    'It has no side effects.',
    'Ask your neurologist about trials near you.',
    'One patient said: I walk again after the infusion.',
  ]
  const edited = [...paragraphs]
  edited[1] = 'It may have serious side effects, such as cytokine release syndrome.'
  const doc = (lines: string[]) => state(...lines.map((line) => block('paragraph', [text(line)])))

  it('finds after an edit exactly what a fresh scanner finds, with offsets and node paths of the new text', () => {
    const warm = createScanner()
    warm.scanLexical(doc(paragraphs), { fieldPath: 'body' })
    const rescanned = warm.scanLexical(doc(edited), { fieldPath: 'body' })
    expect(rescanned).toEqual(createScanner().scanLexical(doc(edited), { fieldPath: 'body' }))
    expect(rescanned.map((finding) => finding.sentence.text)).toContain(edited[1])
    expect(rescanned.map((finding) => finding.sentence.text)).not.toContain(paragraphs[1])
  })

  it('hands out findings the caller may change without changing the next scan', () => {
    const scanner = createScanner()
    const first = scanner.scanLexical(doc(paragraphs), { fieldPath: 'body' })
    const expected = structuredClone(first)
    for (const finding of first) {
      finding.start = -1
      finding.sentence.start = -1
      finding.matches[0]!.end = -1
      finding.field = 'tampered'
    }
    expect(scanner.scanLexical(doc(paragraphs), { fieldPath: 'body' })).toEqual(expected)
  })

  it('forgets old blocks once more text than it keeps has passed, and still finds exactly the same', () => {
    const scanner = createScanner()
    const first = scanner.scanLexical(doc(paragraphs), { fieldPath: 'body' })
    // 30 documents of 100,000 characters each: more than the 2 million characters remembered.
    for (let n = 0; n < 30; n += 1)
      scanner.scanLexical(doc([`${'Plain filler words here. '.repeat(4000)}${n}`]), { fieldPath: 'body' })
    expect(scanner.scanLexical(doc(paragraphs), { fieldPath: 'body' })).toEqual(first)
  })

  it('keys a remembered block by field: the same paragraph in two fields gives two keys', () => {
    const scanner = createScanner()
    const [inBody] = scanner.scanLexical(doc(paragraphs.slice(0, 1)), { fieldPath: 'body' })
    const [inSummary] = scanner.scanLexical(doc(paragraphs.slice(0, 1)), { fieldPath: 'summary' })
    expect(inBody!.key).not.toBe(inSummary!.key)
  })
})
