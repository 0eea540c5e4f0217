import type { PayloadRequest } from 'payload'

/**
 * Server code acting on its own: the Local API with no user (a seed, an import, a job). A
 * signed-out request over REST or GraphQL has no user either, so the door is checked too.
 */
export const serverCodeActing = (req: PayloadRequest): boolean => !req.user && req.payloadAPI === 'local'
