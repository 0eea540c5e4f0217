import type { NextFunction, Request, RequestHandler, Response } from 'express'

import crypto from 'node:crypto'

export type CacheHeadersOptions = {
  /** @default 'public, max-age=60, stale-while-revalidate=300' */
  publicPolicy?: string
  /** The session cookie that marks a signed-in caller. @default 'payload-token' */
  cookieName?: string
  /**
   * API paths (relative to the mount point) never cached publicly: accounts, access, Payload's
   * internal collections, GraphQL.
   */
  privatePaths?: RegExp
  /**
   * The site's content generation (`readContentGeneration`), read before a public answer is built.
   * With it, a public answer's ETag is the generation and the URL, and a request that already holds
   * it is answered 304 without building the answer at all. Without it, the ETag hashes the body.
   */
  generation?: () => Promise<string | null>
}

const PRIVATE =
  /^\/(?:users|access|graphql[\w-]*|payload-[\w-]+|review-events|review-due-notices)(?:\/|$)/

// One-shot hashing (Node 20.12+) skips a Hash object per response; older Nodes take the long way.
const sha1 = (body: Buffer): string =>
  typeof crypto.hash === 'function'
    ? crypto.hash('sha1', body, 'base64url')
    : crypto.createHash('sha1').update(body).digest('base64url')

const VARY = 'Authorization, Cookie'

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** Weak comparison (RFC 9110) of an If-None-Match list against our validator. */
const matches = (header: string | undefined, etag: string) =>
  header !== undefined &&
  (header.trim() === '*' || header.split(',').some((tag) => opaque(tag) === opaque(etag)))

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => Response

const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk as Uint8Array)

/**
 * Caching headers for API reads. The response is buffered so its ETag (the content generation, or
 * a weak hash of the body) is known before the headers go out; a matching If-None-Match gets 304
 * without a body, and with a generation without building the answer.
 * Anonymous reads are public for a minute (then served stale while revalidating); anything a
 * signed-in caller reads may hold drafts or private fields, so it is `private, no-store`.
 */
export const cacheHeaders = ({
  publicPolicy = 'public, max-age=60, stale-while-revalidate=300',
  cookieName = 'payload-token',
  privatePaths = PRIVATE,
  generation,
}: CacheHeadersOptions = {}): RequestHandler => {
  // Payload trims a cookie's name (`payload-token =…` signs in), so any mention of the name is taken
  // for a session: when in doubt, an answer stays private.
  const mentionsSession = (cookies: string | undefined) => (cookies ?? '').includes(cookieName)
  const varyOnCaller = (res: Response) => {
    // Vary: a browser that read anonymously must not reuse that copy once signed in.
    if (res.getHeader('vary')) {
      res.vary('Authorization')
      res.vary('Cookie')
    } else res.setHeader('Vary', VARY)
  }
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const signedIn = Boolean(req.headers.authorization) || mentionsSession(req.headers.cookie)
    const shareable = !signedIn && !privatePaths.test(req.path)
    // Read before the answer is built, so the tag is never newer than the content it labels.
    const token = shareable && generation ? await generation().catch(() => null) : null
    const generationTag = token ? `W/"g${token}.${sha1(Buffer.from(req.originalUrl)).slice(0, 16)}"` : undefined
    if (generationTag && matches(req.headers['if-none-match'], generationTag)) {
      varyOnCaller(res)
      res.setHeader('ETag', generationTag)
      res.setHeader('Cache-Control', publicPolicy)
      return void res.status(304).end()
    }
    const chunks: Buffer[] = []
    const write = res.write.bind(res) as Write
    const end = res.end.bind(res) as End
    const buffer: Write = (chunk, encoding, callback) => {
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') process.nextTick(done as () => void)
      return true
    }
    res.write = buffer as Response['write']
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      if (typeof chunk === 'function') return end(chunk)
      buffer(chunk, encoding)
      res.write = write as Response['write']
      const body = Buffer.concat(chunks)
      const ok = res.statusCode === 200
      varyOnCaller(res)
      if (!ok) {
        if (!res.getHeader('cache-control')) res.setHeader('Cache-Control', 'no-store')
        return end(body, undefined, callback)
      }
      const etag = (res.getHeader('etag') as string | undefined) ?? generationTag ?? `W/"${sha1(body)}"`
      res.setHeader('ETag', etag)
      res.setHeader('Cache-Control', shareable ? publicPolicy : 'private, no-store')
      if (matches(req.headers['if-none-match'], etag)) {
        res.statusCode = 304
        for (const name of ['content-type', 'content-length', 'transfer-encoding'])
          res.removeHeader(name)
        return end(undefined, undefined, callback)
      }
      res.setHeader('Content-Length', body.length)
      return end(req.method === 'HEAD' ? undefined : body, undefined, callback)
    }) as Response['end']
    next()
  }
}
