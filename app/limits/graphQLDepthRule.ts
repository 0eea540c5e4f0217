import type { FragmentDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql'

import { GraphQLError, Kind } from 'graphql'

/**
 * Refuses an operation whose fields nest more than `max` levels (fragments followed, introspection
 * not counted) before anything is resolved: relationships that cite each other would otherwise fan
 * out without end.
 */
export const graphQLDepthRule =
  (max: number): ValidationRule =>
  (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    // Stops once past the limit, so a huge query costs no more than max levels of walking.
    const deepest = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
      let result = depth
      for (const selection of set.selections) {
        if (result > max) break
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue
          const below = selection.selectionSet ? deepest(selection.selectionSet, depth + 1, seen) : depth + 1
          result = Math.max(result, below)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          result = Math.max(result, deepest(selection.selectionSet, depth, seen))
        } else {
          const fragment = fragments.get(selection.name.value)
          // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
          if (!fragment || seen.has(fragment.name.value)) continue
          result = Math.max(result, deepest(fragment.selectionSet, depth, new Set(seen).add(fragment.name.value)))
        }
      }
      return result
    }
    return {
      OperationDefinition(operation) {
        if (deepest(operation.selectionSet, 0, new Set()) <= max) return
        context.reportError(
          new GraphQLError(
            `The query nests fields more than ${max} levels deep. Ask for fewer nested relationships, or split it into several queries.`,
            { nodes: [operation], extensions: { code: 'GRAPHQL_DEPTH_LIMIT' } },
          ),
        )
      },
    }
  }
