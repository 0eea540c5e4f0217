import type { Severity } from './types.js'

/** Severities in order, lowest first. */
export const SEVERITY_RANK: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 }

/**
 * The lowest a rule's finding is shown, whatever surrounds it. Context, the model and a text on no
 * health topic may lower a finding, but one its rule rates as an error always asks for a reviewer's
 * decision: appending "talk to your doctor" to "X cures Y", padding it with ordinary words or
 * leaving every health word out of the text must not make it a suggestion that the sign-off gate
 * lets through undecided.
 */
export const severityFloor = (ruleSeverity: Severity): Severity => (ruleSeverity === 'error' ? 'warning' : 'suggestion')

/** A rule's floor: its own (`Rule.floor`) where it sets one, never above its severity. */
export const ruleFloor = (ruleSeverity: Severity, floor: Severity | undefined): Severity =>
  floor === undefined || SEVERITY_RANK[floor] > SEVERITY_RANK[ruleSeverity] ? severityFloor(ruleSeverity) : floor
