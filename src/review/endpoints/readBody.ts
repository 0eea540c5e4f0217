import type { PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { publicError } from '../../publicError.js'

/** The JSON body of a POST, or a 400 a person can act on. */
export const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw publicError(400, 'INVALID_JSON', 'The request body is not valid JSON.')
  }
  return req.data && typeof req.data === 'object' && !Array.isArray(req.data)
    ? (req.data as Record<string, unknown>)
    : {}
}
