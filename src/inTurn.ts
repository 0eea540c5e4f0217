import type { Payload } from 'payload'

const turns = new WeakMap<Payload, Map<unknown, Promise<unknown>>>()

/**
 * Runs `task` after every earlier task of this Payload instance with the same `key` has settled:
 * tasks that must not overlap run one after another, in the order they arrive, in this process.
 */
export const inTurn = <T>(payload: Payload, key: unknown, task: () => Promise<T>): Promise<T> => {
  const queues = turns.get(payload) ?? new Map<unknown, Promise<unknown>>()
  turns.set(payload, queues)
  const turn = (queues.get(key) ?? Promise.resolve()).then(task, task)
  const settled = turn.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return turn
}
