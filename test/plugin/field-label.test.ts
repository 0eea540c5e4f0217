import { describe, expect, it } from '@jest/globals'

import { fieldLabelOf } from '../../src/admin/fieldLabelOf.js'

const fields = [{ name: 'body', label: 'Body text' }, { name: 'title', label: { en: 'Title', de: 'Titel' } }, { name: 'overallStatus' }]

describe('the label of a claim’s field', () => {
  it('names a localized field’s locale, which the server puts last in the path', () => {
    const label = fieldLabelOf(fields, ['en', 'es'], 'en')
    expect(label('body.es')).toBe('Body text (es)')
    expect(label('sections.0.heading.en')).toBe('Sections (en)')
    expect(fieldLabelOf(fields, ['en', 'es'], 'de')('title.es')).toBe('Titel (es)')
  })

  it('reads paths as before on a site without localization', () => {
    const label = fieldLabelOf(fields, [], 'en')
    expect(label('body.es')).toBe('Body text')
    expect(label('overallStatus')).toBe('Overall Status')
    expect(label('body')).toBe('Body text')
  })
})
