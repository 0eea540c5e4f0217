import type { RequestContext } from 'payload'

/**
 * What one hook leaves in the request context for a later hook of the same document's write.
 * Payload runs a bulk write's documents concurrently on one request, so the key names the
 * document: one document's note never reaches another's hook.
 */
const keyOf = (name: string, collection: string, id: unknown) => `${name}:${collection}:${String(id)}`

export const putForDocument = (context: RequestContext, name: string, collection: string, id: unknown, value: unknown): void => {
  context[keyOf(name, collection, id)] = value
}

/** Takes the note once, so a reused request cannot replay it. */
export const takeForDocument = <T>(context: RequestContext, name: string, collection: string, id: unknown): T | undefined => {
  const key = keyOf(name, collection, id)
  const value = context[key] as T | undefined
  delete context[key]
  return value
}
