/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
 * on a later run, or at once when the string searched is at least 1,000 characters long. The
 * machine code is tuned to a sample of the string being searched when it is compiled (character
 * frequencies guide its look-ahead). Measured here: the context, cue and key patterns, compiled
 * during a scan while searching one sentence, ran 10 to 25 times slower for the rest of the process
 * than the same patterns compiled on ordinary prose.
 *
 * Bytecode also costs the rest of the process: V8 counts all the pattern code a process generates
 * and optimises less once there is much of it. Checking each rule's pattern by running it once at
 * start-up made 11.7 MB of bytecode and slowed the scan of the bench article by 23%; 150 large
 * patterns of another library compiled to bytecode before the scanner slow it by a fifth to a third.
 *
 * So every pattern the scan runs is compiled once on a paragraph of ordinary English, straight to
 * machine code: the per-sentence patterns, the gates and the exceptions at start-up, the rule
 * unions when first used. (Compiling every rule union of the pack at start-up was slower: most
 * are never used, and their code crowds out the rest.) Rule patterns are checked without being
 * run (rules/pattern-shape.ts). Other engines pay one search of a paragraph.
 */
const PROSE =
  'Most people who have the condition live a full life. The symptoms can come and go, and they ' +
  'are different for each person. Your doctor or nurse will talk to you about the tests you need, ' +
  'what the results mean and which treatments might suit you. Some people find that changes to ' +
  'their diet, sleep and exercise make them feel better, while others need medicine as well. It ' +
  'is a good idea to write down your questions before an appointment and to bring someone with ' +
  'you if you would like support. If your symptoms get worse, or you notice something new, ' +
  'contact the team that looks after you. You can also call the helpline, which is open every ' +
  'day from 8am to 8pm, for advice about living with the condition, work, money and travel. '
const SAMPLE = PROSE.length >= 1024 ? PROSE : PROSE.repeat(Math.ceil(1024 / PROSE.length))

/** `pattern`, compiled to machine code now on ordinary prose (see above); lastIndex is reset. */
export function compiledNow<T extends RegExp>(pattern: T): T {
  pattern.lastIndex = 0
  pattern.test(SAMPLE)
  pattern.lastIndex = 0
  return pattern
}
