import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { Readable } from 'node:stream'

/** The request's origin; a Host header no URL can hold falls back to localhost instead of failing the request. */
const originOf = (req: ExpressRequest): string => {
  const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`
  return URL.canParse(origin) ? origin : `${req.protocol}://localhost`
}

/**
 * Express request -> Fetch Request (Payload's handlers speak Fetch), with the body express already
 * read under the size limit. Joined, not resolved: a path starting `//` stays a path.
 */
export const toFetchRequest = (req: ExpressRequest, body?: Buffer): Request => {
  const url = new URL(`${originOf(req)}${req.originalUrl}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const bytes = body ?? Buffer.alloc(0)
  // A view, not a copy; Node's typings don't take a Buffer as BodyInit.
  const view = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length)
  return new Request(url, { method: req.method, headers, body: hasBody ? view : undefined })
}

/**
 * Fetch Response -> express response, keeping every Set-Cookie header. A body that arrives as one
 * chunk (Payload's JSON answers) goes out in one write with its length; piping it would cost a
 * chunked encoding and five socket writes per answer. Longer bodies stream as they come.
 */
export const sendFetchResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  const first = await reader.read()
  const second = first.done ? first : await reader.read()
  if (second.done) {
    const body = first.done ? Buffer.alloc(0) : Buffer.from(first.value.buffer, first.value.byteOffset, first.value.byteLength)
    if (!res.hasHeader('content-length') && !res.hasHeader('transfer-encoding')) res.setHeader('content-length', body.length)
    res.end(body)
    return
  }
  async function* chunks() {
    yield first.value!
    yield second.value!
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value
  }
  await new Promise<void>((resolve, reject) => {
    Readable.from(chunks(), { objectMode: false })
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}
