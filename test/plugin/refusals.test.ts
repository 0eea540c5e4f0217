import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import type { Translate } from '../../src/admin/describe.js'

import { describeRefusal } from '../../src/admin/describe.js'
import { medicalReviewTranslations } from '../../src/admin/translations.js'

type Strings = Record<string, string>
const stringsOf = (language: keyof typeof medicalReviewTranslations) =>
  medicalReviewTranslations[language].medicalReview as unknown as Strings
// Payload's t() answers with the key when a string is missing; this one does the same.
const translator = (strings: Strings): Translate => (key) => strings[key.replace('medicalReview:', '')] ?? key

const refusalCodes = Object.keys(stringsOf('en'))
  .filter((key) => key.startsWith('refusal_'))
  .map((key) => key.slice('refusal_'.length))

const serverSource = (dir: string): string =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory() ? serverSource(path.join(dir, entry.name)) : fs.readFileSync(path.join(dir, entry.name), 'utf8'),
    )
    .join('\n')

describe('server refusals in the user’s language', () => {
  it('translates only codes the server really sends', () => {
    const source = serverSource(path.resolve('src'))
    expect(refusalCodes.length).toBeGreaterThan(15)
    for (const code of refusalCodes) expect(source).toContain(`'${code}'`)
  })

  it.each(['de', 'es', 'fr'] as const)('has every refusal in %s, in its own words', (language) => {
    const strings = stringsOf(language)
    for (const code of refusalCodes) {
      const text = strings[`refusal_${code}`]
      expect(typeof text).toBe('string')
      expect(text).not.toBe(stringsOf('en')[`refusal_${code}`])
    }
  })

  it('uses the translation by code outside English, and the server’s own words in English or for an unknown code', () => {
    const refusal = { code: 'STALE_REVIEW', message: 'This review changed after you loaded it (latest: Dr A approved it).' }
    const german = describeRefusal(translator(stringsOf('de')), 'de', refusal)
    expect(german).toBe(stringsOf('de').refusal_STALE_REVIEW)
    expect(describeRefusal(translator(stringsOf('en')), 'en', refusal)).toBe(refusal.message)
    expect(describeRefusal(translator(stringsOf('fr')), 'fr', { code: 'SOMETHING_NEW', message: 'Server words.' })).toBe('Server words.')
    expect(describeRefusal(translator(stringsOf('es')), 'es', { message: 'No code at all.' })).toBe('No code at all.')
  })
})
