type GraphQLErrorJson = {
  message?: string
  extensions?: { code?: string; data?: { code?: string }; statusCode?: number; name?: string }
}

/** A stable code for each kind of GraphQL error Payload and graphql-http leave without one. */
const codeOf = (error: GraphQLErrorJson, status: number): string => {
  const { extensions = {}, message = '' } = error
  if (extensions.data?.code) return extensions.data.code
  if (message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED'
  if (message.startsWith('The query exceeds the maximum complexity')) return 'GRAPHQL_COMPLEXITY_LIMIT'
  const statusCode = extensions.statusCode ?? status
  if (statusCode >= 500) return 'INTERNAL_SERVER_ERROR'
  if (statusCode === 401) return 'UNAUTHENTICATED'
  if (statusCode === 403) return 'FORBIDDEN'
  if (statusCode === 404) return 'NOT_FOUND'
  if (extensions.name === 'ValidationError') return 'VALIDATION_ERROR'
  return extensions.statusCode ? 'BAD_REQUEST' : 'GRAPHQL_VALIDATION_FAILED'
}

/**
 * The GraphQL answer with `extensions.code` on every error, so clients can branch on codes, not
 * messages. A request error (no `data`: a parse error, a refused limit) answers 400 even to
 * `application/json` clients, to whom graphql-http would say 200: refusals must look like refusals.
 */
export const withGraphQLErrorCodes = async (response: Response): Promise<Response> => {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return response
  const text = await response.text()
  let body: { data?: unknown; errors?: GraphQLErrorJson[] }
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, response)
  }
  if (!Array.isArray(body.errors)) return new Response(text, response)
  for (const error of body.errors) {
    error.extensions = { ...error.extensions, code: error.extensions?.code ?? codeOf(error, response.status) }
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const status = response.status === 200 && !('data' in body) ? 400 : response.status
  return new Response(JSON.stringify(body), { status, headers })
}
