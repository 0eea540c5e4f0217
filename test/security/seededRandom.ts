export type Random = {
  /** A float in [0, 1). */
  next: () => number
  int: (below: number) => number
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct items, in a seeded order. */
  sample: <T>(items: readonly T[], count: number) => T[]
}

/** mulberry32: the same seed gives the same sweep on every machine and run. */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number) => Math.floor(next() * below)
  const pick = <T>(items: readonly T[]) => items[int(items.length)]
  const sample = <T>(items: readonly T[], count: number) => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1)
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy.slice(0, count)
  }
  return { next, int, pick, sample }
}
