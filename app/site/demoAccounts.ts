import type { Payload } from 'payload'

import { demoUsers } from '../seed/demoContent.js'

/** The seed's demo accounts that exist in this database, in the seed's order. */
export const findDemoAccounts = async (payload: Payload): Promise<string[]> => {
  const emails = demoUsers.map((user) => user.email)
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: emails } },
    select: { email: true },
    depth: 0,
    limit: emails.length,
    overrideAccess: true,
  })
  const found = new Set(docs.map((doc) => doc.email))
  return emails.filter((email) => found.has(email))
}
