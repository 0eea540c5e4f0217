import type { GraphQLExtension } from 'payload'
import type * as GraphQL from 'graphql'

import { isObject } from './isObject.js'

/**
 * Payload's `Access` and `docAccess…` GraphQL queries declare `{ permission: Boolean! }` at every
 * level and `canAccessAdmin: Boolean!`, but resolve them with sanitised permissions, where "all
 * allowed" is `true` and whatever is denied is left out: every such query, anonymous or signed in,
 * answered "Something went wrong." (statusCode 500). These queries, composed with the site's own,
 * answer in the declared shape; a site's own query of the same name is left alone.
 */
export const permissionQueriesInDeclaredShape =
  (siteQueries: GraphQLExtension | undefined): GraphQLExtension =>
  (graphQL, context) => {
    const own = siteQueries?.(graphQL, context) ?? {}
    const reshaped: Record<string, unknown> = {}
    for (const [name, field] of Object.entries(context.Query.fields as Record<string, GraphQL.GraphQLFieldConfig<unknown, unknown>>)) {
      const typeName = graphQL.getNamedType(field.type).name
      const isPermissionQuery = name === 'Access' || (name.startsWith('docAccess') && typeName.endsWith('DocAccess'))
      if (!isPermissionQuery || name in own || !field.resolve) continue
      const resolve = field.resolve
      // A global's docAccess resolver is declared `(source, context)`: given the arguments as its
      // context, it failed on every call.
      const called = resolve.length === 2 ? (source: unknown, _args: unknown, context: unknown, info: GraphQL.GraphQLResolveInfo) => resolve(source, context as never, undefined, info) : resolve
      reshaped[name] = { ...field, resolve: async (...args: Parameters<typeof resolve>) => inDeclaredShape(graphQL, field.type, await called(...args)) }
    }
    return { ...reshaped, ...own }
  }

/** `value` (sanitised permissions: an object, `true` for all allowed, or nothing) in the shape of `type`. */
const inDeclaredShape = (graphQL: typeof GraphQL, type: GraphQL.GraphQLOutputType, value: unknown): unknown => {
  const nullable = graphQL.getNullableType(type)
  if (!graphQL.isObjectType(nullable)) return nullable === graphQL.GraphQLBoolean ? value === true : value
  const fields = nullable.getFields()
  if ('permission' in fields) {
    if (isObject(value)) return { ...value, permission: value.permission === true }
    return { permission: value === true }
  }
  const shaped: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(fields)) shaped[key] = inDeclaredShape(graphQL, field.type, value === true ? true : isObject(value) ? value[key] : undefined)
  return shaped
}
