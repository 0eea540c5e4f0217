import type { ReviewState } from './types.js'

export const initialState = (): ReviewState => ({
  status: 'draft',
  fingerprint: '',
  contentEditedBy: null,
  contentEditors: [],
  claims: [],
  signOff: null,
  changesRequested: null,
  lastReviewed: null,
  nextReviewDue: null,
})
