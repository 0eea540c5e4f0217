/** An id as a GraphQL literal: numbers bare (SQL adapters), strings quoted (MongoDB's ObjectIds). */
export const graphQLId = (id: number | string): string => (typeof id === 'number' ? String(id) : JSON.stringify(id))
