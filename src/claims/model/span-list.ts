/**
 * A list of (value, start, end) triples in typed arrays that grow as needed and are reused from
 * one sentence to the next, so scoring allocates nothing once they are large enough.
 */
export class SpanList {
  values = new Int32Array(64)
  starts = new Int32Array(64)
  ends = new Int32Array(64)
  count = 0

  add(value: number, start: number, end: number): void {
    if (this.count === this.values.length) {
      this.values = doubled(this.values)
      this.starts = doubled(this.starts)
      this.ends = doubled(this.ends)
    }
    this.values[this.count] = value
    this.starts[this.count] = start
    this.ends[this.count] = end
    this.count++
  }
}

/** `array` with twice the room, its contents kept. */
export function doubled(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
