import { ClaimRuleError } from '../errors.js'
import {
  CATEGORY_IDS,
  type CategoryDefaults,
  type CategoryId,
  type Polarity,
  type Rule,
  type RuleOptions,
  type ScanLimits,
  type ScannerOptions,
  type Severity,
} from '../types.js'
import { DEFAULT_CATEGORIES } from './categories.js'
import { DIGIT, gatePrefixes, lookAheadFirst, termPrefix, topLevelBranches, trieSource } from './anchors.js'
import { bounded, GateCandidateIndex } from './gate-candidates.js'
import { DEFAULT_RULES } from './default-pack.js'
import { patternShape } from './pattern-shape.js'
import { classEnd, quantifierAt } from './regex-source.js'
import { compiledNow } from '../native-regexp.js'
import { holdsNegativeContraction } from '../normalize.js'
import type { ClaimClassifier } from '../model/classifier.js'
import { defaultClaimClassifier } from '../model/default-classifier.js'
import { ruleFloor } from '../severity-floor.js'
import { createModelPass, isModelRuleId, MODEL_RULE_PREFIX, type ModelPass } from '../model/model-pass.js'
import { wordList } from './alternation-trie.js'
import { CONDITION, MEASURE, ORGAN, PRODUCT } from './lexicon.js'

/**
 * Validates scanner options and compiles the rule pack once. Speed comes from the shape of the
 * result: a gate per case mode, a trie of the rules' gate prefixes (see anchors.ts), locates the
 * places where a rule may start; what it matched there picks the rules to try, in pack order (see
 * gate-candidates.ts). Rules without a literal prefix get a pass of their own.
 */

export const WATCH_LIST_RULE_ID = 'regulatory_status.watch-list'

/** Categories whose rules instruct the reader unless they say otherwise (Rule.instruction). */
const INSTRUCTION_CATEGORIES = new Set<CategoryId>(['dosing_treatment_advice'])

export interface CompiledRule {
  id: string
  category: CategoryId
  severity: Severity
  /** The message template split at each `%s`, so formatting is a concatenation. */
  messageParts: string[]
  lowerOn: Polarity[]
  raisedByWatchList: boolean
  polarity?: Polarity
  /** The lowest its findings are shown (see Rule.floor). */
  floor: Severity
  /**
   * The wording is an instruction: "do not take more than 4 g", "never give aspirin to children"
   * is advice being given, so a negation does not make it negated (a hedge still hedges it).
   */
  instruction: boolean
  requiresWatchList: boolean
  /** Global regular expression of the rule's exceptions, tested on the claim's sentence. */
  exception: RegExp | null
  /** Matches of this rule are watch-listed product names, not claims. */
  isProduct: boolean
}

/** A branch without a literal prefix: its global, word-bounded matcher scans the whole text. */
export interface Branch {
  rule: CompiledRule
  matcher: RegExp
}

export interface ScanPass {
  /** Global: where some branch's gate prefix starts. Elsewhere no rule can match. */
  gate: RegExp
  caseSensitive: boolean
  /** The rules to try by what the gate matched (lower-cased unless case-sensitive). */
  candidates: GateCandidateIndex
}

export interface CompiledPack {
  passes: ScanPass[]
  /** Branches without a literal prefix: each scans the whole text with a global matcher. */
  unanchored: Branch[]
  /** The watch-list rule's defaults for product findings; null when disabled or the list is empty. */
  watchRule: CompiledRule | null
  /** The rules whose findings are lowered in a text on no health topic, each to its severity floor. */
  healthTopicOnly: Map<string, Severity>
  /** Ids of the rules that count only where no other rule of their category matched the sentence. */
  secondary: Set<string>
  /** The statistical model, for sentences no rule matched; null when switched off. */
  model: ModelPass | null
  rules: Rule[]
  categories: Record<CategoryId, CategoryDefaults>
  limits: Required<ScanLimits>
}

export const DEFAULT_LIMITS: Required<ScanLimits> = {
  maxTextLength: 20_000_000,
  maxFindings: 100_000,
  maxDepth: 100,
  maxNodes: 200_000,
}

const MACROS: Record<string, string> = {
  // A number after a letter and a hyphen is part of a name ("SARS-CoV-2", "COVID-19 pills", "IL-6").
  num: '(?<![A-Za-z]-)' + wordList(
    '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:a|one) (?:hundred|thousand)|hundred|thousand|half|(?:a|one|two|three) (?:half|halves|third|thirds|quarter|quarters|fifth|fifths)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety',
  ),
  pct: '{num}(?: ?%| percent| per cent)',
  w: "[\\w'-]+",
  gap: "(?:[\\w'\"%.,-]+ )",
  condition: wordList(`the disease|myasthenia(?: gravis)?|nmosd|${CONDITION}`),
  organ: wordList(ORGAN),
  measure: wordList(MEASURE),
  product: wordList(PRODUCT),
}

const SEVERITIES: Severity[] = ['error', 'warning', 'suggestion']
const POLARITIES: Polarity[] = ['affirmed', 'negated', 'hedged']
const RULE_ID = /^[a-z0-9_]+\.[a-z0-9_.-]+$/i
const RULE_FIELDS = new Set([
  'id',
  'category',
  'severity',
  'message',
  'terms',
  'patterns',
  'exceptions',
  'caseSensitive',
  'requiresWatchList',
  'healthTopicOnly',
  'secondary',
  'polarity',
  'instruction',
  'floor',
  'lowerOn',
  'disabled',
])
const MAX_SOURCE_LENGTH = 4000
/** Lexicon macros expand to long alternations: their length is checked before expansion. */
const MAX_WATCH_NAME_LENGTH = 200

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
  )
}

const MACRO = /\{([a-z]+)\}/g

function expandMacros(source: string, ruleId: string): string {
  return source.replace(MACRO, (_whole, name: string) => {
    const body = MACROS[name]
    if (body === undefined)
      throw new ClaimRuleError('INVALID_RULE', `unknown macro {${name}}`, ruleId)
    return expandMacros(body, ruleId)
  })
}

/** Outside character classes, a literal space matches any run of whitespace. */
function flexibleSpaces(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (char === '\\') {
      out += char + (source[i + 1] ?? '')
      i++
    } else if (inClass) {
      if (char === ']') inClass = false
      out += char
    } else if (char === '[') {
      inClass = true
      out += char
    } else if (char === ' ') {
      while (source[i + 1] === ' ') i++
      // "a ?b": an optional space matches any whitespace or none.
      const optional = source[i + 1] === '?' || source[i + 1] === '*'
      if (optional) i++
      out += optional ? '\\s*' : '\\s+'
    } else {
      out += char
    }
  }
  return out
}

function termSource(term: string): string {
  return term
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/\s+/g, ' ')
    .replace(/ /g, '\\s+')
    .replace(/-/g, '[-\\s]?')
}

/** A quantified group that itself holds an unbounded quantifier, e.g. `(\w+\s?)+`. */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const opens: { at: number; unbounded: boolean }[] = []
  const unboundedAt = (at: number) => quantifierAt(source, at).max === Infinity
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (char === '\\') i++
    else if (char === '[') i = classEnd(source, i) - 1
    else if (char === '(') opens.push({ at: i, unbounded: false })
    else if (unboundedAt(i)) {
      const top = opens[opens.length - 1]
      if (top !== undefined) top.unbounded = true
    } else if (char === ')') {
      const group = opens.pop()
      const quantified = unboundedAt(i + 1)
      if (group?.unbounded && quantified) return true
      const parent = opens[opens.length - 1]
      if (group?.unbounded && parent !== undefined) parent.unbounded = true
    }
  }
  return false
}

function compilePattern(source: string, flags: string, ruleId: string, what: string): string {
  if (source.length > MAX_SOURCE_LENGTH) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `${what} is longer than ${MAX_SOURCE_LENGTH} characters`,
      ruleId,
    )
  }
  const expanded = flexibleSpaces(expandMacros(source, ruleId))
  // Checked with each macro as a one-letter stand-in: a macro is a valid word list that never
  // matches the empty string. Read, not run (see pattern-shape.ts): the constructor checks the
  // syntax without compiling anything.
  const standIn = flexibleSpaces(source.replace(MACRO, '(?:x)'))
  try {
    new RegExp(standIn, flags)
  } catch (error) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `${what} /${source}/ is not a valid regular expression (${(error as Error).message})`,
      ruleId,
    )
  }
  const shape = patternShape(standIn)
  if (shape.capturingGroups > 0) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `${what} /${source}/ has a capturing group: use (?:...)`,
      ruleId,
    )
  }
  if (shape.matchesEmpty) {
    throw new ClaimRuleError('INVALID_RULE', `${what} /${source}/ matches the empty string`, ruleId)
  }
  if (hasNestedUnboundedQuantifier(expanded)) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `${what} /${source}/ nests unbounded quantifiers (catastrophic backtracking)`,
      ruleId,
    )
  }
  return expanded
}

function checkRule(rule: Rule): void {
  if (!isRecord(rule)) throw new ClaimRuleError('INVALID_RULE', 'a rule must be an object')
  const id = rule.id
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `rule id ${JSON.stringify(rule.id)} must look like "<category>.<name>"`,
    )
  }
  for (const field of Object.keys(rule)) {
    if (!RULE_FIELDS.has(field))
      throw new ClaimRuleError('INVALID_RULE', `unknown field "${field}"`, id)
  }
  if (!(CATEGORY_IDS as readonly string[]).includes(rule.category)) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `unknown category ${JSON.stringify(rule.category)}`,
      id,
    )
  }
  if (rule.severity !== undefined && !SEVERITIES.includes(rule.severity)) {
    throw new ClaimRuleError('INVALID_RULE', `severity must be one of ${SEVERITIES.join(', ')}`, id)
  }
  if (rule.floor !== undefined && !SEVERITIES.includes(rule.floor)) {
    throw new ClaimRuleError('INVALID_RULE', `floor must be one of ${SEVERITIES.join(', ')}`, id)
  }
  if (rule.polarity !== undefined && !POLARITIES.includes(rule.polarity)) {
    throw new ClaimRuleError('INVALID_RULE', 'polarity must be "affirmed", "negated" or "hedged"', id)
  }
  if (
    rule.lowerOn !== undefined &&
    !(Array.isArray(rule.lowerOn) && rule.lowerOn.every((p) => POLARITIES.includes(p)))
  ) {
    throw new ClaimRuleError(
      'INVALID_RULE',
      `lowerOn must list polarities (${POLARITIES.join(', ')})`,
      id,
    )
  }
  if (
    rule.message !== undefined &&
    (typeof rule.message !== 'string' || rule.message.trim() === '')
  ) {
    throw new ClaimRuleError('INVALID_RULE', 'message must be a non-empty string', id)
  }
  for (const field of ['terms', 'patterns', 'exceptions'] as const) {
    if (rule[field] !== undefined && !isStringArray(rule[field])) {
      throw new ClaimRuleError('INVALID_RULE', `${field} must be an array of non-empty strings`, id)
    }
    const contracted = rule[field]?.find(holdsNegativeContraction)
    if (contracted !== undefined)
      throw new ClaimRuleError(
        'INVALID_RULE',
        `${field} entry ${JSON.stringify(contracted)} holds a contraction: rules read "isn't" as "is not", "can't" as "cannot" and "won't" as "will not", so write the full form`,
        id,
      )
  }
  for (const field of ['caseSensitive', 'requiresWatchList', 'healthTopicOnly', 'secondary', 'instruction', 'disabled'] as const) {
    if (rule[field] !== undefined && typeof rule[field] !== 'boolean') {
      throw new ClaimRuleError('INVALID_RULE', `${field} must be a boolean`, id)
    }
  }
  const sources = (rule.terms?.length ?? 0) + (rule.patterns?.length ?? 0)
  if (id === WATCH_LIST_RULE_ID) {
    if (sources > 0)
      throw new ClaimRuleError('INVALID_RULE', 'takes its terms from the watchList option', id)
  } else if (sources === 0) {
    throw new ClaimRuleError('INVALID_RULE', 'needs at least one term or pattern', id)
  }
}

function resolveRules(options: ScannerOptions): Rule[] {
  const ruleOptions = options.rules ?? {}
  if (!isRecord(ruleOptions)) throw new ClaimRuleError('INVALID_OPTIONS', 'rules must be an object')
  const rules = new Map<string, Rule>(DEFAULT_RULES.map((rule) => [rule.id, { ...rule }]))
  const { add = [], override = {}, disable = [] } = ruleOptions
  if (!isRecord(override))
    throw new ClaimRuleError('INVALID_OPTIONS', 'rules.override must map rule ids to changes')
  for (const [id, changes] of Object.entries(override)) {
    const rule = rules.get(id)
    if (rule === undefined)
      throw new ClaimRuleError('INVALID_OPTIONS', 'rules.override names an unknown rule', id)
    if (!isRecord(changes) || 'id' in changes) {
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        'an override must be an object of rule fields other than id',
        id,
      )
    }
    rules.set(id, { ...rule, ...changes } as Rule)
  }
  if (!Array.isArray(add))
    throw new ClaimRuleError('INVALID_OPTIONS', 'rules.add must be an array of rules')
  for (const rule of add) {
    if (isRecord(rule) && typeof rule.id === 'string' && rules.has(rule.id)) {
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        'rules.add repeats an existing id: use rules.override',
        rule.id,
      )
    }
    checkRule(rule)
    if (rule.id.startsWith(`${MODEL_RULE_PREFIX}.`)) {
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        `rule ids starting "${MODEL_RULE_PREFIX}." are reserved for the statistical model's findings`,
        rule.id,
      )
    }
    rules.set(rule.id, { ...rule })
  }
  if (!isStringArray(disable))
    throw new ClaimRuleError('INVALID_OPTIONS', 'rules.disable must list rule or category ids')
  for (const id of disable) {
    // `model` and `model.<category>` switch off the statistical model (see createModelPass).
    if (isModelRuleId(id)) continue
    const isCategory = (CATEGORY_IDS as readonly string[]).includes(id)
    if (!isCategory && !rules.has(id))
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        'rules.disable names an unknown rule or category',
        id,
      )
    for (const rule of rules.values()) {
      if (rule.id === id || rule.category === id) rule.disabled = true
    }
  }
  for (const rule of rules.values()) checkRule(rule)
  return [...rules.values()]
}

function resolveCategories(options: ScannerOptions): Record<CategoryId, CategoryDefaults> {
  const changes = options.categories ?? {}
  if (!isRecord(changes))
    throw new ClaimRuleError('INVALID_OPTIONS', 'categories must be an object')
  const categories = { ...DEFAULT_CATEGORIES }
  for (const [id, change] of Object.entries(changes)) {
    if (!(CATEGORY_IDS as readonly string[]).includes(id) || !isRecord(change)) {
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        `categories.${id} is not a category id with an object of defaults`,
      )
    }
    const merged = { ...categories[id as CategoryId], ...change } as CategoryDefaults
    if (
      !SEVERITIES.includes(merged.severity) ||
      typeof merged.message !== 'string' ||
      !Array.isArray(merged.lowerOn) ||
      !merged.lowerOn.every((p) => POLARITIES.includes(p)) ||
      typeof merged.raisedByWatchList !== 'boolean'
    ) {
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        `categories.${id} has an invalid severity, message, lowerOn or raisedByWatchList`,
      )
    }
    categories[id as CategoryId] = merged
  }
  return categories
}

function resolveLimits(limits: unknown): Required<ScanLimits> {
  if (limits === undefined) return DEFAULT_LIMITS
  if (!isRecord(limits)) throw new ClaimRuleError('INVALID_OPTIONS', 'limits must be an object')
  const resolved = { ...DEFAULT_LIMITS }
  for (const [name, value] of Object.entries(limits)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, name) || !Number.isSafeInteger(value) || (value as number) < 1) {
      throw new ClaimRuleError(
        'INVALID_OPTIONS',
        `limits.${name} must be a known limit and a positive integer`,
      )
    }
    resolved[name as keyof ScanLimits] = value as number
  }
  return resolved
}

function resolveWatchList(watchList: unknown): string[] {
  if (watchList === undefined) return []
  if (!isStringArray(watchList) || watchList.some((name) => name.length > MAX_WATCH_NAME_LENGTH)) {
    throw new ClaimRuleError(
      'INVALID_OPTIONS',
      `watchList must be an array of non-empty names of at most ${MAX_WATCH_NAME_LENGTH} characters`,
    )
  }
  return [...new Set(watchList.map((name) => name.trim()))]
}

interface BranchEntry {
  rule: CompiledRule
  source: string
  caseSensitive: boolean
  /** The prefixes every match begins with (see gatePrefixes); null when none could be found. */
  gates: string[] | null
}

/**
 * A rule's exceptions as one global pattern with the word-start test written once, not once per
 * alternative: V8 tries every alternative at every position of the sentence, and most positions are
 * inside a word. `(?<!\w)(?:a|b)(?!\w)|(?<!\w)(?:c)(?!\w)` and `(?<!\w)(?:a(?!\w)|b(?!\w)|c(?!\w))`
 * match the same text in the same order of preference; on the bench article's sentences the second
 * took 40% less time. Compiled now on prose: exceptions run on one sentence at a time, where V8
 * would compile them to bytecode first (0.9 MB for the default pack's; see native-regexp.ts).
 */
const exceptionPattern = (sources: string[], flags: string) =>
  compiledNow(
    new RegExp(
      `(?<!\\w)(?:${sources.flatMap((source) => topLevelBranches(source)).map((branch) => `${branch}(?!\\w)`).join('|')})`,
      `g${flags}`,
    ),
  )

function compileRule(
  rule: Rule,
  categories: Record<CategoryId, CategoryDefaults>,
  isProduct = false,
): { compiled: CompiledRule; branches: BranchEntry[] } {
  const caseSensitive = rule.caseSensitive === true
  const flags = caseSensitive ? '' : 'i'
  const exceptions = (rule.exceptions ?? []).map((pattern) =>
    compilePattern(pattern, flags, rule.id, 'exception'),
  )
  const defaults = categories[rule.category]
  const severity = rule.severity ?? defaults.severity
  const compiled: CompiledRule = {
    id: rule.id,
    category: rule.category,
    severity,
    floor: ruleFloor(severity, rule.floor),
    messageParts: (rule.message ?? defaults.message).split('%s'),
    lowerOn: rule.lowerOn ?? defaults.lowerOn,
    raisedByWatchList: defaults.raisedByWatchList,
    polarity: rule.polarity,
    instruction: rule.instruction ?? INSTRUCTION_CATEGORIES.has(rule.category),
    requiresWatchList: rule.requiresWatchList === true,
    exception:
      exceptions.length === 0 ? null : exceptionPattern(exceptions, flags),
    isProduct,
  }
  const branches: BranchEntry[] = (rule.terms ?? []).map((term) => ({
    rule: compiled,
    source: termSource(term),
    caseSensitive,
    gates: [termPrefix(term, caseSensitive)],
  }))
  for (const pattern of rule.patterns ?? []) {
    compilePattern(pattern, flags, rule.id, 'pattern')
    for (const branch of topLevelBranches(expandMacros(pattern, rule.id))) {
      const gates = gatePrefixes(branch, caseSensitive)
      // A match starts at a word's start, so a branch that opens with an apostrophe ("'s") never matches.
      if (gates?.some((gate) => /^['\u2019]/.test(gate)))
        throw new ClaimRuleError(
          'INVALID_RULE',
          `pattern /${pattern}/ can begin with an apostrophe, which is always inside a word: write the whole word ("it's") or look behind for it ("(?<=\\w's )")`,
          rule.id,
        )
      branches.push({ rule: compiled, source: lookAheadFirst(flexibleSpaces(branch)), caseSensitive, gates })
    }
  }
  return { compiled, branches }
}

/**
 * V8 stops optimising a regular expression whose source is longer than 20 KB: past that size the
 * gate ran 2.5 times slower. Gates are kept well below it.
 */
const GATE_SOURCE_LIMIT = 12_000

/** Digits, literal or `\d`, share a key: a number is gated once, by every rule a digit may start. */
const firstCharKey = (gate: string) => (gate === DIGIT || /^\d/.test(gate) ? '0' : gate[0]!.toLowerCase())

/**
 * The gate prefixes in groups by their first character, each group's trie below GATE_SOURCE_LIMIT.
 * All the prefixes that may start at one position share its first character, so one group's gate
 * finds every rule to try there, as one gate for all would.
 */
function gateGroups(gates: string[]): string[][] {
  const byKey = new Map<string, string[]>()
  for (const gate of gates) {
    const key = firstCharKey(gate)
    const keyed = byKey.get(key)
    if (keyed === undefined) byKey.set(key, [gate])
    else keyed.push(gate)
  }
  // Prefixes of different first characters share no trie node: a group's size is the sum of its keys'.
  const groups: string[][] = []
  let group: string[] = []
  let size = 0
  for (const key of [...byKey.keys()].sort()) {
    const keyed = byKey.get(key)!
    const keySize = trieSource(keyed).length + 1
    if (group.length > 0 && size + keySize > GATE_SOURCE_LIMIT) {
      groups.push(group)
      group = []
      size = 0
    }
    group.push(...keyed)
    size += keySize
  }
  if (group.length > 0) groups.push(group)
  return groups
}

function compilePasses(entries: BranchEntry[], caseSensitive: boolean): ScanPass[] {
  const candidates = new GateCandidateIndex(
    entries.map(({ rule, source, gates }) => ({ rule, source, gates: gates! })),
    caseSensitive ? 'y' : 'yi',
  )
  return gateGroups([...new Set(entries.flatMap((entry) => entry.gates!))]).map((gates) => {
    // `\b` is cheaper than a lookbehind and means the same when every prefix starts with a word character.
    const boundary = gates.every((gate) => gate === DIGIT || /^\w/.test(gate)) ? '\\b' : '(?<!\\w)'
    return {
      gate: compiledNow(new RegExp(`${boundary}(?:${trieSource(gates)})`, caseSensitive ? 'g' : 'gi')),
      caseSensitive,
      candidates,
    }
  })
}

/**
 * `classifier`: the statistical model for sentences no rule matched (the shipped one by default;
 * the training script passes the model of each cross-validation fold).
 */
export function compileRules(
  options: ScannerOptions = {},
  classifier: ClaimClassifier = defaultClaimClassifier(),
  modelThreshold?: number,
): CompiledPack {
  if (!isRecord(options))
    throw new ClaimRuleError('INVALID_OPTIONS', 'scanner options must be an object')
  const watchList = resolveWatchList(options.watchList)
  const categories = resolveCategories(options)
  const rules = resolveRules(options)
  const active = rules.filter(
    (rule) =>
      !rule.disabled &&
      rule.id !== WATCH_LIST_RULE_ID &&
      !(rule.requiresWatchList && watchList.length === 0),
  )
  const entries = active.flatMap((rule) => compileRule(rule, categories).branches)
  const watchRule = rules.find((rule) => rule.id === WATCH_LIST_RULE_ID)
  if (watchList.length > 0) {
    const product = {
      ...(watchRule ?? { id: WATCH_LIST_RULE_ID, category: 'regulatory_status' as const }),
      terms: watchList,
      caseSensitive: false,
    }
    entries.push(...compileRule(product, categories, true).branches)
  }
  const anchored = entries.filter((entry) => entry.gates !== null)
  const passes = [
    ...compilePasses(
      anchored.filter((entry) => !entry.caseSensitive),
      false,
    ),
    ...compilePasses(
      anchored.filter((entry) => entry.caseSensitive),
      true,
    ),
  ]
  return {
    passes,
    unanchored: entries
      .filter((entry) => entry.gates === null)
      .map(({ rule, source, caseSensitive }) => ({
        rule,
        matcher: compiledNow(new RegExp(bounded(source), caseSensitive ? 'g' : 'gi')),
      })),
    watchRule:
      watchRule === undefined || watchRule.disabled || watchList.length === 0
        ? null
        : compileRule({ ...watchRule, terms: watchList }, categories).compiled,
    healthTopicOnly: new Map(
      active
        .filter((rule) => rule.healthTopicOnly === true)
        .map((rule) => [rule.id, ruleFloor(rule.severity ?? categories[rule.category].severity, rule.floor)]),
    ),
    secondary: new Set(active.filter((rule) => rule.secondary === true).map((rule) => rule.id)),
    model: createModelPass(
      classifier,
      categories,
      (options.rules as RuleOptions | undefined)?.disable ?? [],
      INSTRUCTION_CATEGORIES,
      modelThreshold,
    ),
    rules,
    categories,
    limits: resolveLimits(options.limits),
  }
}
