import { readFileSync } from 'node:fs'

/**
 * The claims of a public labelled data set kept outside this repository: one JSON object per line,
 * its text in `field`; repeated texts count once.
 */
export function loadOutsideClaims(files: readonly string[], field = 'claim'): string[] {
  const claims = new Set<string>()
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const text = (JSON.parse(line) as Record<string, unknown>)[field]
      if (typeof text === 'string' && text.trim()) claims.add(text.trim())
    }
  }
  return [...claims]
}
