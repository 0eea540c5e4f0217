import type { CompiledRule } from '../rules/compile.js'
import { CATEGORY_IDS, type CategoryDefaults, type CategoryId, type Severity } from '../types.js'
import type { ClaimClassifier } from './classifier.js'
import { severityFloor } from '../severity-floor.js'

/**
 * The statistical model's part of a compiled scanner: the classifier, its threshold, and per class
 * the pseudo-rule (`model.<category>`) its findings carry, or null where the site disabled it.
 * The model reports kinds of claim the rules did not report in a sentence, and its findings are
 * warnings at most: they ask for acknowledgement and never block publishing. Where the rules did
 * report, it may read the sentence as ordinary and show their findings one step lower.
 */

export const MODEL_RULE_PREFIX = 'model'

export const modelRuleId = (category: CategoryId) => `${MODEL_RULE_PREFIX}.${category}`

/** Ids `rules.disable` accepts for the model: `model` (all of it) and `model.<category>`. */
export function isModelRuleId(id: string): boolean {
  return (
    id === MODEL_RULE_PREFIX ||
    (id.startsWith(`${MODEL_RULE_PREFIX}.`) &&
      (CATEGORY_IDS as readonly string[]).includes(id.slice(MODEL_RULE_PREFIX.length + 1)))
  )
}

export interface ModelPass {
  classifier: ClaimClassifier
  threshold: number
  /** By class index: whether the class may be reported. */
  allowed: boolean[]
  /** By class index: every kind of claim (all but `none`), for asking whether a sentence is a claim at all. */
  anyClass: boolean[]
  /** By category: its class alone, for asking how likely one kind of claim is (no entry when disabled). */
  categoryAlone: Map<CategoryId, boolean[]>
  /** By class index: the pseudo-rule of the class's category (null for `none` and disabled ones). */
  rules: (CompiledRule | null)[]
}

const RANK: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 }

/**
 * `disabled`: the ids of `rules.disable` (a category id switches off its rules and the model's
 * findings of that category alike). Null when nothing is left to report.
 */
export function createModelPass(
  classifier: ClaimClassifier,
  categories: Record<CategoryId, CategoryDefaults>,
  disabled: readonly string[],
  instructionCategories: ReadonlySet<CategoryId>,
  threshold = classifier.threshold,
): ModelPass | null {
  if (disabled.includes(MODEL_RULE_PREFIX)) return null
  const rules = classifier.classes.map((name): CompiledRule | null => {
    if (!(CATEGORY_IDS as readonly string[]).includes(name)) return null
    const category = name as CategoryId
    if (disabled.includes(category) || disabled.includes(modelRuleId(category))) return null
    const defaults = categories[category]
    // A warning at most: a site that made the category a suggestion gets suggestions.
    const severity: Severity = RANK[defaults.severity] < RANK.warning ? defaults.severity : 'warning'
    return {
      id: modelRuleId(category),
      category,
      severity,
      floor: severityFloor(severity),
      messageParts: defaults.message.split('%s'),
      lowerOn: defaults.lowerOn,
      raisedByWatchList: false,
      instruction: instructionCategories.has(category),
      requiresWatchList: false,
      exception: null,
      isProduct: false,
    }
  })
  if (rules.every((rule) => rule === null)) return null
  return {
    classifier,
    threshold,
    allowed: rules.map((rule) => rule !== null),
    anyClass: classifier.classes.map((_, index) => index > 0),
    categoryAlone: new Map(
      rules.flatMap((rule, index) =>
        rule === null ? [] : [[rule.category, classifier.classes.map((_, other) => other === index)] as const],
      ),
    ),
    rules,
  }
}
