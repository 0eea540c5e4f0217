import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { ClaimRuleError, ClaimScanInputError } from './errors.js'
import { locateJsonStrings, sourceOffset } from './json-positions.js'
import { extractLexicalText } from './lexical-text.js'
import { DEFAULT_LIMITS } from './rules/compile.js'
import { locateInSegments } from './scan-lexical.js'
import { createScanner } from './scanner.js'
import type { Finding, ScannerOptions } from './types.js'

/**
 * `medreview <file> [--json]`: scans a text, Markdown or Lexical JSON file for a content repo's CI.
 * Exit 1 when an error-level finding exists, 0 otherwise, 2 on bad usage or unreadable input.
 * Offsets and line:column always point into the file itself, also for Lexical JSON.
 */

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => string
}

const USAGE = `Usage: medreview <file | -> [--json] [--config options.json] [--watch name,name,...]

Scans a plain text, Markdown (.md) or Lexical JSON (.json) file for health claims.
  --json            print {"findings": [...]} only, offsets into the file's text
  --config <file>   scanner options as JSON: { rules, categories, watchList, limits }
  --watch <names>   investigational product names and aliases, comma-separated
Exit code: 1 if any error-level finding, 0 otherwise, 2 on bad usage.
`

interface Args {
  file: string
  json: boolean
  options: ScannerOptions
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' {
  let file: string | undefined
  let json = false
  let options: ScannerOptions = {}
  const watch: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--help' || arg === '-h') return 'help'
    if (arg === '--json') json = true
    else if (arg === '--config' || arg === '--watch') {
      const value = argv[++i]
      if (value === undefined) throw new UsageError(`${arg} needs a value`)
      if (arg === '--watch')
        watch.push(
          ...value
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        )
      else {
        try {
          options = JSON.parse(readFileSync(value, 'utf8')) as ScannerOptions
        } catch (error) {
          throw new UsageError(`cannot read options from ${value}: ${(error as Error).message}`)
        }
      }
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
    else if (file === undefined) file = arg
    else throw new UsageError('give exactly one file')
  }
  if (file === undefined) throw new UsageError('no file given')
  if (watch.length > 0)
    options = { ...options, watchList: [...(options.watchList ?? []), ...watch] }
  return { file, json, options }
}

/** Moves a Lexical finding's offsets from the flattened text to the JSON file's text. */
function toFileOffsets(
  findings: Finding[],
  source: string,
  state: unknown,
  options: ScannerOptions,
): void {
  const strings = locateJsonStrings(source)
  const { segments } = extractLexicalText(state, { ...DEFAULT_LIMITS, ...options.limits })
  const toFile = (path: string, offset: number) => {
    const range = strings.get(`${path}.text`)
    return range === undefined ? -1 : sourceOffset(source, range.start, offset)
  }
  const moved = new Map<object, { start: number; end: number }>()
  for (const finding of findings) {
    const node = finding.node!
    const { sentence } = finding
    if (!moved.has(sentence)) {
      const location = locateInSegments(segments, sentence.start, sentence.end)
      moved.set(sentence, {
        start: toFile(location.path, location.offset),
        end: toFile(location.endPath, location.endOffset),
      })
    }
    finding.start = toFile(node.path, node.offset)
    finding.end = toFile(node.endPath, node.endOffset)
    finding.sentence = { ...sentence, ...moved.get(sentence)! }
  }
}

function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return `${line}:${offset - lineStart + 1}`
}

function report(file: string, source: string, findings: Finding[]): string {
  if (findings.length === 0) return `${file}: no health claims found\n`
  const lines = findings.map((finding) => {
    const where = `${file}:${lineColumn(source, finding.start)}`
    const node = finding.node === undefined ? '' : ` (${finding.node.path})`
    return (
      `${where}  ${finding.severity.padEnd(10)} ${finding.category}  ${finding.polarity}  "${finding.text}"  [${finding.ruleId}]${node}\n` +
      `    ${finding.sentence.text.replace(/\s+/g, ' ')}\n` +
      `    ${finding.message}\n`
    )
  })
  const count = (severity: string) => {
    const n = findings.filter((finding) => finding.severity === severity).length
    return `${n} ${severity}${n === 1 ? '' : 's'}`
  }
  const summary = `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')}, ${count('warning')}, ${count('suggestion')}\n`
  return `${lines.join('\n')}\n${summary}`
}

export function runCli(argv: string[], io: CliIo): number {
  let args: Args | 'help'
  try {
    args = parseArgs(argv)
  } catch (error) {
    io.stderr(`medreview: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (args === 'help') {
    io.stdout(USAGE)
    return 0
  }
  try {
    const source = args.file === '-' ? io.readStdin() : readFileSync(args.file, 'utf8')
    const scanner = createScanner(args.options)
    const extension = extname(args.file).toLowerCase()
    const isJson = extension === '.json' || (extension === '' && source.trimStart().startsWith('{'))
    let findings: Finding[]
    if (isJson) {
      let state: unknown
      try {
        state = JSON.parse(source)
      } catch (error) {
        throw new ClaimScanInputError(
          'INVALID_LEXICAL',
          `${args.file} is not valid JSON (${(error as Error).message})`,
        )
      }
      findings = scanner.scanLexical(state)
      toFileOffsets(findings, source, state, args.options)
    } else if (['.md', '.markdown', '.mdx'].includes(extension)) {
      findings = scanner.scanMarkdown(source)
    } else {
      findings = scanner.scanText(source)
    }
    io.stdout(args.json ? `${JSON.stringify({ findings })}\n` : report(args.file, source, findings))
    return findings.some((finding) => finding.severity === 'error') ? 1 : 0
  } catch (error) {
    if (error instanceof ClaimScanInputError || error instanceof ClaimRuleError) {
      io.stderr(`medreview: ${error.message}\n`)
    } else if ((error as NodeJS.ErrnoException).code !== undefined) {
      io.stderr(`medreview: cannot read ${args.file}: ${(error as Error).message}\n`)
    } else {
      throw error
    }
    return 2
  }
}
