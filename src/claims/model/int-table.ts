/**
 * A fixed map from non-negative 31-bit integers to non-negative integers: open addressing with
 * linear probing in typed arrays, several times cheaper per lookup than a Map on the classifier's
 * hot path. Built once from all its entries.
 */
export interface IntTable {
  /** The value stored for `key`, or -1. */
  get(key: number): number
}

export function createIntTable(entries: Iterable<readonly [number, number]>): IntTable {
  const list = [...entries]
  let size = 16
  while (size < list.length * 3) size *= 2
  const mask = size - 1
  const keys = new Int32Array(size).fill(-1)
  const values = new Int32Array(size)
  const slot = (key: number) => Math.imul(key, 0x9e3779b1) >>> 0 & mask
  for (const [key, value] of list) {
    if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff) throw new Error(`Invalid table key ${key}`)
    let at = slot(key)
    while (keys[at] !== -1 && keys[at] !== key) at = (at + 1) & mask
    keys[at] = key
    values[at] = value
  }
  return {
    get(key) {
      let at = slot(key)
      for (;;) {
        const stored = keys[at]!
        if (stored === key) return values[at]!
        if (stored === -1) return -1
        at = (at + 1) & mask
      }
    },
  }
}
