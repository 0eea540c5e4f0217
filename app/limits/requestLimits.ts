export type RequestLimits = {
  /** Largest request body, in bytes (MAX_BODY_BYTES, 2 MB). */
  maxBodyBytes: number
  /** Deepest nesting of arrays and objects in a JSON body (MAX_JSON_NESTING, 100; Lexical documents stay far below). */
  maxJsonNesting: number
  /** Highest REST `?depth=` and Payload's `maxDepth` (MAX_DEPTH, 5). */
  maxDepth: number
  /** Deepest GraphQL selection (GRAPHQL_MAX_DEPTH, 10). */
  graphQLMaxDepth: number
  /** Payload's GraphQL complexity budget (GRAPHQL_MAX_COMPLEXITY, 1000). */
  graphQLMaxComplexity: number
}

const positiveInteger = (name: string, fallback: number): number => {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive whole number; got "${raw}".`)
  }
  return value
}

/** What one request may cost, from the environment; a bad value stops start-up with a message. */
export const requestLimits = (): RequestLimits => ({
  maxBodyBytes: positiveInteger('MAX_BODY_BYTES', 2 * 1024 * 1024),
  maxJsonNesting: positiveInteger('MAX_JSON_NESTING', 100),
  maxDepth: positiveInteger('MAX_DEPTH', 5),
  graphQLMaxDepth: positiveInteger('GRAPHQL_MAX_DEPTH', 10),
  graphQLMaxComplexity: positiveInteger('GRAPHQL_MAX_COMPLEXITY', 1000),
})
