import type { Payload } from 'payload'

import type { User } from '../../app/payload-types.js'

export const TEST_PASSWORD = 'correct horse battery staple'

export type Account = { user: User; token: string; headers: Record<string, string> }

let counter = 0

/** Creates a user with the given roles (as an admin would) and logs in over real HTTP. */
export const createAccount = async (
  payload: Payload,
  url: string,
  roles: User['roles'],
  extra: Partial<User> = {},
): Promise<Account> => {
  counter += 1
  const email = `${roles.join('-')}-${counter}-${Date.now()}@example.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: `${roles.join(' ')} ${counter}`, roles, ...extra },
  })
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  const body = (await response.json()) as { token?: string; errors?: unknown }
  if (!body.token) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`)
  return { user, token: body.token, headers: { authorization: `JWT ${body.token}`, 'content-type': 'application/json' } }
}
