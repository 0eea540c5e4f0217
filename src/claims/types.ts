/**
 * Public types of the claim engine. Everything a site configures is plain, serialisable data so
 * that it can travel through Payload plugin options, a JSON config file or an HTTP body.
 */

export const CATEGORY_IDS = [
  'cure_remission',
  'regulatory_status',
  'efficacy_statistics',
  'safety_side_effects',
  'dosing_treatment_advice',
  'trial_availability_eligibility',
  'comparative',
  'absolute_guarantee',
  'hype_sensational',
  'testimonial_anecdote',
] as const

export type CategoryId = (typeof CATEGORY_IDS)[number]

/** `error` blocks publishing until approved, `warning` needs acknowledgement, `suggestion` informs. */
export type Severity = 'error' | 'warning' | 'suggestion'

export type Polarity = 'affirmed' | 'negated' | 'hedged'

/** Defaults shared by every rule of a category; a rule may override each of them. */
export interface CategoryDefaults {
  severity: Severity
  /** What a reviewer should check. `%s` is replaced by the matched words. */
  message: string
  /** Polarities that lower the severity one step (error to warning, warning to suggestion). */
  lowerOn: Polarity[]
  /** Raised to error when a watch-listed (investigational) product is named in the same sentence. */
  raisedByWatchList: boolean
}

/**
 * One rule of a pack. See src/claims/README.md for the format. A rule fires where any of its
 * `terms` or `patterns` matches, case-insensitively, on word boundaries.
 */
export interface Rule {
  /** Unique and stable: `<category>.<slug>`. Claim keys and reviewer decisions depend on it. */
  id: string
  category: CategoryId
  severity?: Severity
  message?: string
  /** Literal words or phrases: a space matches any whitespace, a hyphen matches hyphen, space or nothing. */
  terms?: string[]
  /** JavaScript regular-expression sources without capturing groups; a space matches any whitespace. */
  patterns?: string[]
  /** Regular-expression sources: a match that overlaps a match of one of these is dropped. */
  exceptions?: string[]
  /** Match case-sensitively (for acronyms such as PML or NCT identifiers). */
  caseSensitive?: boolean
  /** Fire only when a watch-listed product is named in the same sentence. */
  requiresWatchList?: boolean
  /**
   * In a text that names no health topic the words are usually a figure of speech ("a miracle
   * comeback"): findings are then suggestions (see off-topic.ts).
   */
  healthTopicOnly?: boolean
  /**
   * The rule names the kind of statement ("researchers found"), not the claim itself: its matches
   * count only in a sentence where no other rule of its category matched, so they never take the
   * words or polarity of a finding from the rule that read the claim.
   */
  secondary?: boolean
  /**
   * The lowest its findings are shown, whatever their polarity, context, the model's reading or the
   * text's topic: by default a warning for a rule rated an error, else a suggestion. Never above
   * the rule's severity. `warning` for wording whose truth goes stale ("now recruiting").
   */
  floor?: Severity
  /**
   * Polarity of the wording itself (`negated` for "incurable", `hedged` for "the evidence is
   * mixed"); otherwise read from the words. Cues around it still negate or hedge it.
   */
  polarity?: Polarity
  /**
   * The wording tells the reader what to do ("do not take more than 4 g"): a negation there is the
   * advice itself, so it never makes the claim negated (a hedge still hedges it). Default: true for
   * `dosing_treatment_advice` rules, false for the others.
   */
  instruction?: boolean
  lowerOn?: Polarity[]
  disabled?: boolean
}

export type RuleOverride = Partial<Omit<Rule, 'id'>>

export interface RuleOptions {
  /** New rules; their ids must not clash with existing ones (use `override` for that). */
  add?: Rule[]
  /** Changes to existing rules by id: fields given replace the rule's fields. */
  override?: Record<string, RuleOverride>
  /** Rule ids or category ids to switch off. */
  disable?: string[]
}

export interface ScanLimits {
  /** Longest text accepted, in UTF-16 code units (default 20,000,000). */
  maxTextLength?: number
  /** More findings than this in one scan is an error rather than a silent truncation (default 100,000). */
  maxFindings?: number
  /** Deepest nesting accepted in Lexical JSON and documents (default 100). */
  maxDepth?: number
  /** Most nodes accepted in one Lexical editor state (default 200,000). */
  maxNodes?: number
}

/** Compiled once by `createScanner`: exposed as plugin options. */
export interface ScannerOptions {
  rules?: RuleOptions
  categories?: Partial<Record<CategoryId, Partial<CategoryDefaults>>>
  /** Investigational product names and their aliases. */
  watchList?: string[]
  limits?: ScanLimits
}

/** Per call: which field is being scanned (part of every claim key). */
export interface ScanCallOptions {
  fieldPath?: string
}

export type ScanOptions = ScannerOptions & ScanCallOptions

export interface SentenceSpan {
  text: string
  start: number
  end: number
}

/** Where a finding sits in a Lexical editor state: node paths such as `root.children[2].children[0]`. */
export interface LexicalLocation {
  path: string
  offset: number
  endPath: string
  endOffset: number
}

/** One matched stretch of words inside a (merged) finding: every span can be highlighted. */
export interface FindingMatch {
  ruleId: string
  start: number
  end: number
  text: string
}

export interface Finding {
  /** The rule of the first match in the sentence; `matches` lists every rule that fired. */
  ruleId: string
  category: CategoryId
  severity: Severity
  polarity: Polarity
  /** UTF-16 offsets of the first match in the scanned text (for Lexical: in its plain text). */
  start: number
  end: number
  text: string
  sentence: SentenceSpan
  message: string
  /**
   * Hash of field path, normalised sentence and category: one decision per claim, surviving edits
   * elsewhere. Findings of one category in one sentence are merged into one.
   */
  key: string
  /** Every match of this category in the sentence, in text order (the first is start/end). */
  matches: FindingMatch[]
  /** Set when the clause holding every match is background (definition, prevalence, reporting) or quotes someone else's claim. */
  context?: 'background' | 'attributed'
  /** Set by scanDocument: the field path, e.g. `layout.0.content`. */
  field?: string
  /** Set by scanLexical. */
  node?: LexicalLocation
}

/** A document for scanDocument: field path to value (string, Lexical JSON, arrays, groups). */
export type DocumentFields = Record<string, unknown>
