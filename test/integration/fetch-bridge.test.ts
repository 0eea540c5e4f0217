import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { sendFetchResponse } from '../../app/fetchBridge.js'

/** Fetch Responses of each shape Payload's handlers return, sent through the bridge on a real socket. */
const encoder = new TextEncoder()
const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })

const answers: Record<string, () => Response> = {
  '/json': () => Response.json({ docs: [{ title: 'Fatigue in MS — what helps' }] }, { headers: { etag: '"v1"' } }),
  '/streamed': () => new Response(streamOf(['first,', 'second,', 'third']), { headers: { 'content-type': 'text/plain' } }),
  '/empty': () => new Response(null, { status: 304, headers: { etag: '"v1"' } }),
  '/cookies': () => {
    const headers = new Headers({ 'content-type': 'application/json' })
    headers.append('set-cookie', 'a=1; Path=/')
    headers.append('set-cookie', 'b=2; Path=/')
    return new Response('{}', { headers })
  },
  '/failing': () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(encoder.encode('partial,'))
          controller.error(new Error('source broke'))
        },
      }),
    ),
}

let server: Server
let base: string
const failures: unknown[] = []

beforeAll(async () => {
  const app = express()
  app.use((req, res) => {
    sendFetchResponse(answers[req.path]!(), res).catch((error: unknown) => {
      failures.push(error)
      res.destroy()
    })
  })
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())))

describe('Fetch Response to express', () => {
  it('sends a one-chunk JSON answer whole, with its length, not chunked', async () => {
    const response = await fetch(`${base}/json`)
    const body = await response.text()
    expect(JSON.parse(body)).toEqual({ docs: [{ title: 'Fatigue in MS — what helps' }] })
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
    expect(response.headers.get('transfer-encoding')).toBeNull()
    expect(response.headers.get('etag')).toBe('"v1"')
  })

  it('streams a body that comes in several chunks, every byte in order', async () => {
    const response = await fetch(`${base}/streamed`)
    expect(await response.text()).toBe('first,second,third')
    expect(response.headers.get('transfer-encoding')).toBe('chunked')
    expect(response.headers.get('content-type')).toBe('text/plain')
  })

  it('answers with no body when there is none', async () => {
    const response = await fetch(`${base}/empty`)
    expect(response.status).toBe(304)
    expect(await response.text()).toBe('')
  })

  it('keeps every Set-Cookie header', async () => {
    const response = await fetch(`${base}/cookies`)
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
  })

  it('fails the answer, not the server, when the body breaks mid-stream', async () => {
    await expect(fetch(`${base}/failing`).then((response) => response.text())).rejects.toThrow()
    expect(failures).toHaveLength(1)
    const after = await fetch(`${base}/json`)
    expect(after.status).toBe(200)
  })
})
