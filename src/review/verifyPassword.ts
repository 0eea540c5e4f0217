import type { CollectionSlug, PayloadRequest } from 'payload'

import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

// Payload's local strategy: PBKDF2-SHA256, a prefixed current format and the older plain one.
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/**
 * Checks a signed-in user's password against the stored hash without logging in: a sign-off is
 * not a login, so it neither counts towards nor is blocked by the login lock-out that anyone can
 * trigger by guessing at the login form.
 */
export const verifyPassword = async (
  req: PayloadRequest,
  usersSlug: string,
  userId: number | string,
  password: string,
): Promise<boolean> => {
  const row = (await req.payload.db.findOne({
    collection: usersSlug as CollectionSlug,
    where: { id: { equals: userId } },
    req,
  })) as { hash?: unknown; salt?: unknown } | null
  if (!row || typeof row.hash !== 'string' || typeof row.salt !== 'string') return false
  const current = row.hash.startsWith(CURRENT.prefix)
  const stored = Buffer.from(current ? row.hash.slice(CURRENT.prefix.length) : row.hash, 'hex')
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const computed = await derive(password, row.salt, iterations, keyLength, 'sha256')
  return computed.length === stored.length && timingSafeEqual(computed, stored)
}
