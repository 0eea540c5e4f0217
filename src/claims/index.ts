/**
 * Health-claim engine: text in, findings out. Pure TypeScript with no Payload import, so the
 * plugin, the CLI, the HTTP endpoint and the tests share exactly the same code.
 */
import { createScanner, type ClaimScanner } from './scanner.js'
import type { DocumentFields, Finding, ScanOptions, ScannerOptions } from './types.js'

export { createScanner, type ClaimScanner } from './scanner.js'
export { ClaimRuleError, ClaimScanInputError } from './errors.js'
export type { ClaimRuleErrorCode, ClaimScanInputErrorCode } from './errors.js'
export { splitSentences } from './sentences.js'
export { claimKey, normaliseSentence } from './key.js'
export { maskMarkdown } from './markdown.js'
export { isLexicalState } from './lexical-text.js'
export { DEFAULT_RULES } from './rules/default-pack.js'
export { DEFAULT_CATEGORIES } from './rules/categories.js'
export { WATCH_LIST_RULE_ID } from './rules/compile.js'
export { CATEGORY_IDS } from './types.js'
export type * from './types.js'

const MAX_CACHED_SCANNERS = 16
const scanners = new Map<string, ClaimScanner>()

/** Scanners for the one-shot functions, compiled once per distinct configuration. */
function scannerFor(options: ScanOptions | undefined): ClaimScanner {
  const { fieldPath: _fieldPath, ...scannerOptions }: ScanOptions = options ?? {}
  const cacheKey = JSON.stringify(scannerOptions satisfies ScannerOptions)
  let scanner = scanners.get(cacheKey)
  if (scanner === undefined) {
    scanner = createScanner(scannerOptions)
    if (scanners.size >= MAX_CACHED_SCANNERS) scanners.delete(scanners.keys().next().value!)
    scanners.set(cacheKey, scanner)
  }
  return scanner
}

/** Finds health claims in plain text; offsets are UTF-16 indices into `text`. */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  return scannerFor(options).scanText(text, options)
}

/** Finds health claims in a Lexical editor state (object or JSON string), with node paths. */
export function scanLexical(editorState: unknown, options?: ScanOptions): Finding[] {
  return scannerFor(options).scanLexical(editorState, options)
}

/** Finds health claims in Markdown, ignoring code, URLs and HTML. */
export function scanMarkdown(text: string, options?: ScanOptions): Finding[] {
  return scannerFor(options).scanMarkdown(text, options)
}

/** Finds health claims in every field of a document (strings, Lexical, arrays, groups). */
export function scanDocument(fields: DocumentFields, options?: ScannerOptions): Finding[] {
  return scannerFor(options).scanDocument(fields)
}
