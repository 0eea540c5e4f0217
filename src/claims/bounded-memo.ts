/**
 * A memo bounded by the characters it holds, oldest entry forgotten first. `size` is what an entry
 * costs (its key and value, as the caller counts them), so huge entries cannot pile up.
 */
export interface BoundedMemo<V> {
  get(key: string): V | undefined
  set(key: string, value: V): void
}

export function boundedMemo<V>(charactersKept: number, size: (key: string, value: V) => number): BoundedMemo<V> {
  const entries = new Map<string, V>()
  let characters = 0
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      if (entries.has(key)) return
      entries.set(key, value)
      characters += size(key, value)
      for (const [oldest, oldestValue] of entries) {
        if (characters <= charactersKept) break
        entries.delete(oldest)
        characters -= size(oldest, oldestValue)
      }
    },
  }
}
