import { textBlocks } from './lexical-text.js'
import { isOnHealthTopic } from './model/health-topic.js'
import { normalizeForMatching } from './normalize.js'
import type { CompiledPack } from './rules/compile.js'
import { SEVERITY_RANK } from './severity-floor.js'
import type { Finding, Severity } from './types.js'

const note = (severity: Severity) =>
  ` Nothing in this text names a health topic, so this may be a figure of speech ("a miracle comeback"): it is shown as a ${severity}.`

/**
 * Hype and cure words in a text that names no condition, organ, measure, product or health word
 * ("a cure for the January blues", "a game-changer for the school run") are figures of speech far
 * more often than claims. Findings of rules marked `healthTopicOnly` are then lowered to their
 * severity floor: a suggestion, which the reviewer sees without deciding it, or a warning for a
 * rule rated error ("It cures everything" names no condition either). The topic is read
 * from the whole input (every field of a document), normalised as for matching so that hidden
 * characters cannot take a health word out of it. `texts` is only read when such a finding exists.
 */
export function lowerOffTopic(pack: CompiledPack, findings: Finding[], texts: readonly string[]): Finding[] {
  const floorOf = (finding: Finding) => pack.healthTopicOnly.get(finding.ruleId) ?? finding.severity
  const lowerable = (finding: Finding) =>
    finding.context === undefined && SEVERITY_RANK[finding.severity] > SEVERITY_RANK[floorOf(finding)]
  if (!findings.some(lowerable)) return findings
  if (findings.some((finding) => finding.ruleId === pack.watchRule?.id)) return findings
  // Block by block: a health word never spans a blank line, and the first block that names a
  // health topic (in a health article, usually the first) ends the test without normalising the rest.
  for (const text of texts)
    for (const { block } of textBlocks(text)) if (isOnHealthTopic(normalizeForMatching(block).text)) return findings
  return findings.map((finding) =>
    lowerable(finding) ? { ...finding, severity: floorOf(finding), message: finding.message + note(floorOf(finding)) } : finding,
  )
}
