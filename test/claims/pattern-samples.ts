import RandExp from 'randexp'

/** A small seeded generator (mulberry32), so that a failure repeats. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Up to `count` random texts that `source` matches case-blind (and `keep` accepts), for checking
 * that a hand-written cheap filter lets through everything its pattern matches. Texts are letters,
 * digits and single spaces: random punctuation would bring cues of its own and hide a miss.
 */
export function textsMatching(source: string, count: number, keep: (match: RegExpExecArray) => boolean = () => true): string[] {
  // A word boundary becomes a space, or random letters glued to a word would rarely match.
  const generator = new RandExp(new RegExp(source.replaceAll('\\b', ' '), 'i'))
  const random = seeded(source.length)
  generator.randInt = (from, to) => from + Math.floor(random() * (to - from + 1))
  generator.defaultRange.subtract(0, 0x10ffff)
  generator.defaultRange.add(97, 122)
  generator.defaultRange.add(48, 57)
  generator.defaultRange.add(32, 32)
  generator.max = 6
  const probe = new RegExp(source, 'i')
  const texts: string[] = []
  for (let i = 0; i < count; i++) {
    const text = generator.gen().replace(/ +/g, ' ').trimStart()
    const match = probe.exec(text)
    if (match !== null && keep(match)) texts.push(text)
  }
  return texts
}
