import { describe, expect, it } from '@jest/globals'
import { scanMarkdown, scanText } from '../../src/claims/index.js'

describe('offsets', () => {
  it('points into the original text, also after curly quotes, dashes and emoji', () => {
    const text = '“It’s amazing” — she said 😀😀 — “it cured my MS… and it’s FDA‑approved.”'
    const findings = scanText(text)
    expect(findings.length).toBeGreaterThan(2)
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text)
      expect(text.slice(finding.sentence.start, finding.sentence.end)).toBe(finding.sentence.text)
      expect(finding.start).toBeGreaterThanOrEqual(finding.sentence.start)
      expect(finding.end).toBeLessThanOrEqual(finding.sentence.end)
    }
    const cured = findings.find((finding) => finding.category === 'cure_remission')!
    expect(cured.start).toBe(text.indexOf('cured'))
    for (const match of findings.flatMap((finding) => finding.matches))
      expect(text.slice(match.start, match.end)).toBe(match.text)
    expect(findings.find((f) => f.category === 'regulatory_status')!.text).toBe('FDA‑approved')
  })

  it('reads a contraction written out, with or without its apostrophe, and points at what was typed', () => {
    for (const text of [
      'Honestly the cream didnt work for me, it isnt safe.',
      'Ｍａｓｋｓ dont work, antibiotics wont help a cold.',
      "Antibiotics won't cure a cold, and masks can't stop the flu.",
    ]) {
      const findings = scanText(text)
      expect(findings.length).toBeGreaterThan(0)
      for (const finding of findings) {
        expect(text.slice(finding.start, finding.end)).toBe(finding.text)
        expect(text.slice(finding.sentence.start, finding.sentence.end)).toBe(finding.sentence.text)
        expect(finding.polarity).toBe('negated')
      }
    }
    expect(scanText('Pets cant get covid.').map((f) => [f.text, f.polarity])).toEqual([['get covid', 'negated']])
  })

  it('gives UTF-16 offsets after astral characters', () => {
    const text = '🧠🧠 It cures MS.'
    const [finding] = scanText(text)
    expect(finding).toMatchObject({ start: 8, text: text.slice(8, finding!.end) })
    expect(finding!.text).toMatch(/^cures/)
  })

  it('orders findings by position', () => {
    const findings = scanText('No side effects. A miracle cure. Take 5 mg daily.')
    const starts = findings.map((finding) => finding.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('ignores code, URLs and HTML in Markdown but keeps offsets', () => {
    const text =
      'See [the cure](https://example.com/miracle-cure) and `cure()`.\n\n<!-- a miracle -->Stem cells cure MS.'
    const findings = scanMarkdown(text)
    expect(findings.map((finding) => finding.text)).toEqual(['cure', 'cure MS'])
    for (const finding of findings)
      expect(text.slice(finding.start, finding.end)).toBe(finding.text)
  })
})
