import { describe, expect, it } from '@jest/globals'

import { createScanner } from '../../src/claims/index.js'

const scanner = createScanner({})
const fromModel = (text: string) => scanner.scanText(text).filter((finding) => finding.ruleId.startsWith('model.'))

describe('the statistical model on short text', () => {
  it('leaves titles, slugs and headings alone: they hold topic words, not claims', () => {
    for (const text of [
      'E2E: CAR T-cell therapy and MS',
      'e2e-car-t-cell-therapy-and-ms',
      'Turmeric capsules and knee pain',
      'CAR T-cell therapy for MS relapses',
    ]) {
      expect(fromModel(text)).toEqual([])
    }
  })

  it('still reads a full sentence with the same topic words', () => {
    const finding = fromModel('Since I started on the turmeric capsules my knees barely bother me.')[0]
    expect(finding?.severity).toBe('warning')
  })
})
