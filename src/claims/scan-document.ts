import { ClaimScanInputError } from './errors.js'
import { isLexicalState } from './lexical-text.js'
import { lowerOffTopic } from './off-topic.js'
import { isProse } from './prose.js'
import type { CompiledPack } from './rules/compile.js'
import { scanPackLexical } from './scan-lexical.js'
import { scanPackText } from './scan-text.js'
import type { DocumentFields, Finding } from './types.js'

/**
 * Scans a whole document field by field (the review workflow calls this on every save with the
 * reader content: text, select values, arrays of groups, rich text, with numbers, ids and nulls
 * mixed in). Prose strings and Lexical states are scanned; arrays and groups are walked with
 * dotted paths such as `faqs.0.answer` or `references.1.label`, which become part of each claim
 * key; the keys of a JSON value are read too where they are words, not field names. Every key's
 * value is read, whatever its name (a site's own `id`, `blockName` or `_note` field, a JSON value's
 * `blockType`, reach readers); strings that are not prose (ids, URLs, ISO dates, hashes, the row ids
 * Payload generates) are skipped as such.
 */


export function scanPackDocument(pack: CompiledPack, fields: DocumentFields): Finding[] {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new ClaimScanInputError(
      'INVALID_DOCUMENT',
      'Expected a document as an object of field paths to values',
    )
  }
  const findings: Finding[] = []
  // Every text of the document, rich text flattened, for the health-topic test of lowerOffTopic.
  const texts: string[] = []
  const collect = (found: Finding[], field: string) => {
    for (const finding of found) {
      finding.field = field
      findings.push(finding)
    }
    if (findings.length > pack.limits.maxFindings) {
      throw new ClaimScanInputError(
        'TOO_MANY_FINDINGS',
        `More than ${pack.limits.maxFindings} findings in one document`,
      )
    }
  }
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > pack.limits.maxDepth) {
      throw new ClaimScanInputError(
        'INVALID_DOCUMENT',
        `Document is nested deeper than ${pack.limits.maxDepth} levels (at ${path})`,
      )
    }
    if (typeof value === 'string') {
      if (isProse(value)) collect(scanPackText(pack, value, path), path)
      texts.push(value)
    } else if (isLexicalState(value)) {
      const { findings: found, text } = scanPackLexical(pack, value, path)
      collect(found, path)
      texts.push(text)
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}.${index}`, depth + 1))
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const keyPath = `${path}.${key}`
        // A key with spaces is no field name but words a JSON value shows its reader ("Cures MS": true).
        if (/\s/.test(key) && isProse(key)) {
          collect(scanPackText(pack, key, keyPath), keyPath)
          texts.push(key)
        }
        visit(item, keyPath, depth + 1)
      }
    }
  }
  for (const [field, value] of Object.entries(fields)) visit(value, field, 0)
  return lowerOffTopic(pack, findings, texts)
}
