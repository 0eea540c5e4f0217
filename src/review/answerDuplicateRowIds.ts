import type { CollectionAfterErrorHook } from 'payload'

const SQLITE_DUPLICATE = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'])

/**
 * Payload keeps the id a client sends for an array or block row, and SQL keeps the rows of every
 * document in one table keyed by it: a row id another document uses fails the write. PostgreSQL's
 * adapter answers that as a validation error; SQLite's reaches the client as a 500. Answered as
 * a 400 here (the write's transaction is already rolled back, so nothing was saved).
 */
export const answerDuplicateRowIds: CollectionAfterErrorHook = ({ error }) => {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause
  if (!cause || !SQLITE_DUPLICATE.has(String(cause.code))) return
  const column = /constraint failed: (\S+)/.exec(String(cause.message))?.[1] ?? 'a unique column'
  return {
    status: 400,
    response: {
      errors: [
        {
          message: `Nothing was saved: another row already holds this value of ${column}. For an array or block row, leave out its id and Payload makes a new one.`,
          data: { code: 'DUPLICATE_VALUE', column },
        },
      ],
    },
  }
}
