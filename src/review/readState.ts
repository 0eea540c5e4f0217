import type { ReviewState } from './types.js'

import { initialState } from './initialState.js'

/** The stored `medicalReview` group as a complete ReviewState (older documents may lack parts). */
export const readState = (stored: unknown): ReviewState => {
  const value = (stored ?? {}) as Partial<ReviewState>
  return {
    ...initialState(),
    ...Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined && item !== null)),
    claims: Array.isArray(value.claims) ? value.claims : [],
    contentEditors: Array.isArray(value.contentEditors) ? value.contentEditors.map(String) : [],
    signOff: value.signOff ?? null,
    changesRequested: value.changesRequested ?? null,
    assignment: value.assignment ?? null,
  } as ReviewState
}
