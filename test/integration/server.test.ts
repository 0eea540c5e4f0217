import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'

import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => t?.close())

describe('express entry', () => {
  it('answers /healthz and /readyz with the database it reached', async () => {
    const health = await fetch(`${t.url}/healthz`)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${t.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready', database: t.database.kind === 'mongodb' ? 'mongoose' : t.database.kind })
  })

  it('sets security headers and hides the framework', async () => {
    const response = await fetch(`${t.url}/api/articles`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('makes the account created on the admin’s first screen an admin', async () => {
    const response = await fetch(`${t.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.test', password: 'a long first password', name: 'First' }),
    })
    expect(response.status).toBe(200)
    const stored = await t.payload.find({ collection: 'users', where: { email: { equals: 'first@example.test' } } })
    expect(stored.docs[0].roles).toEqual(['admin'])
  })

  it('answers a malformed JSON body with a 4xx, not a 500', async () => {
    const response = await fetch(`${t.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('start-up', () => {
  it.each([[''], ['change-me-to-a-long-random-string'], ['short']])(
    'refuses to start in production with the secret "%s"',
    (secret) => {
      const result = spawnSync('npx', ['tsx', 'app/start.ts'], {
        env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: secret, DATABASE_URI: t.database.uri },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('Refusing to start: PAYLOAD_SECRET must be set')
    },
  )
})
