import { expect } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/** Severity and polarity of each finding of `category` in `text`. */
export const readingOf = (text: string, category: string) =>
  scanText(text)
    .filter((finding) => finding.category === category)
    .map(({ severity, polarity }) => ({ severity, polarity }))

/** `written` is read as `usual` is: one finding of `category`, as grave and with the same polarity. */
export function expectSameReading(written: string, usual: string, category: string): void {
  const expected = readingOf(usual, category)
  expect(expected).toHaveLength(1)
  expect(readingOf(written, category)).toEqual(expected)
}
