import { scanPackMarkdown } from './markdown.js'
import { lowerOffTopic } from './off-topic.js'
import { compileRules, type CompiledPack } from './rules/compile.js'
import { scanPackDocument } from './scan-document.js'
import { scanPackLexical } from './scan-lexical.js'
import { scanPackText } from './scan-text.js'
import type {
  CategoryDefaults,
  CategoryId,
  DocumentFields,
  Finding,
  Rule,
  ScanCallOptions,
  ScannerOptions,
} from './types.js'

/** A compiled scanner: build it once (plugin start-up), call it on every save. */
export interface ClaimScanner {
  scanText(text: string, options?: ScanCallOptions): Finding[]
  scanLexical(editorState: unknown, options?: ScanCallOptions): Finding[]
  /** Markdown: code, URLs and HTML are ignored; offsets stay those of the original text. */
  scanMarkdown(text: string, options?: ScanCallOptions): Finding[]
  scanDocument(fields: DocumentFields): Finding[]
  /** The resolved rules (defaults, overrides, additions; disabled ones flagged). */
  readonly rules: readonly Rule[]
  readonly categories: Readonly<Record<CategoryId, CategoryDefaults>>
}

/** What a scanner's scanText returns, for a compiled pack: off-topic findings lowered (see off-topic.ts). */
export const scanTextWithPack = (pack: CompiledPack, text: string, fieldPath = ''): Finding[] =>
  lowerOffTopic(pack, scanPackText(pack, text, fieldPath), [text])

/** Validates and compiles the options; throws ClaimRuleError naming the bad rule or option. */
export function createScanner(options: ScannerOptions = {}): ClaimScanner {
  const pack = compileRules(options)
  return {
    scanText: (text, call) => scanTextWithPack(pack, text, call?.fieldPath),
    scanLexical: (editorState, call) => {
      const { findings, text } = scanPackLexical(pack, editorState, call?.fieldPath ?? '')
      return lowerOffTopic(pack, findings, [text])
    },
    scanMarkdown: (text, call) =>
      lowerOffTopic(pack, scanPackMarkdown(pack, text, call?.fieldPath ?? ''), [text as string]),
    scanDocument: (fields) => scanPackDocument(pack, fields),
    rules: pack.rules,
    categories: pack.categories,
  }
}
