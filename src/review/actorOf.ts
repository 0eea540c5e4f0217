import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

export type Actor = { id: number | string | null; name: string; credentials?: string }

/** Who is acting, as the audit log prints them; jobs and server code without a user are "system". */
export const actorOf = (req: PayloadRequest, options: ResolvedOptions): Actor => {
  const user = req.user
  if (!user || user.collection !== options.usersSlug) return { id: null, name: 'system' }
  const { name, credentials } = options.printedName(user)
  return { id: user.id, name, credentials }
}
