import type { PayloadRequest } from 'payload'

import type { ReviewState } from './types.js'

import { currentState } from './endpoints/currentState.js'
import { initialState } from './initialState.js'
import { storedAuthors } from './storedAuthors.js'

/**
 * The review state a duplicate starts from: unreviewed, but remembering everyone who wrote the
 * original (its editors and its authors), so that none of them signs the copy of their own words.
 */
export const duplicatedState = async (
  req: PayloadRequest,
  collection: string,
  sourceId: string,
  usersSlug: string,
): Promise<ReviewState> => {
  const source = await currentState(req, collection, sourceId)
  const authors = await storedAuthors(req, collection, sourceId, usersSlug)
  return { ...initialState(), contentEditors: [...new Set([...source.contentEditors, ...authors])] }
}
