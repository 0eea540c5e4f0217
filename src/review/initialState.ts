import type { ReviewState } from './types.js'

export const initialState = (): ReviewState => ({
  status: 'draft',
  fingerprint: '',
  contentEditedBy: null,
  contentEditors: [],
  claims: [],
  signOff: null,
  changesRequested: null,
  assignment: null,
  lastReviewed: null,
  nextReviewDue: null,
})
