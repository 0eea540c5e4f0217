import type { Express, NextFunction, Request, Response } from 'express'
import type { Server } from 'node:http'
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'
import helmet from 'helmet'
import { getPayload, handleEndpoints } from 'payload'
import { documentId } from 'payload-medical-review'

import { cacheHeaders } from './cacheHeaders.js'
import { readContentGeneration } from './contentGeneration.js'
import { sendFetchResponse, toFetchRequest } from './fetchBridge.js'
import { inTurnAcrossInstances } from './database/inTurnAcrossInstances.js'
import { checkQueryParams } from './limits/checkQueryParams.js'
import { checkRequestBody } from './limits/checkRequestBody.js'
import { clientErrorOf } from './limits/clientErrorOf.js'
import { withGraphQLErrorCodes } from './limits/graphQLErrorCodes.js'
import { readLimitedBody } from './limits/readLimitedBody.js'
import { refuseSubscriptions } from './limits/refuseSubscriptions.js'
import { requestLimits } from './limits/requestLimits.js'
import { routeGuard } from './limits/routeGuard.js'
import { runMigrations } from './runMigrations.js'

export type ServerOptions = {
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Serve the admin UI through Next; tests of the API leave it out. */
  next?: { dev: boolean; dir: string }
  /** ETag, 304 and Cache-Control on API reads (default true; the API benchmark's baseline turns it off). */
  cacheHeaders?: boolean
}

export type CmsServer = { app: Express; payload: Payload; listen: (port: number, host?: string) => Promise<Server> }

/**
 * Instances started together on one database (a rollout of N replicas) would each run the pending
 * migrations and fail on each other's tables: they take turns, and the later ones find nothing left.
 * (Jobs take turns in every Payload the config starts: app/jobsTakeTurns.ts.)
 */
const migrateInTurn = (payload: Payload) => inTurnAcrossInstances(payload, 'migrations', () => runMigrations(payload))

/**
 * The express entry: migrations on boot, health checks and security headers first, then Payload's REST and GraphQL
 * API, then the Next admin UI for everything else.
 */
export const createServer = async ({ config, next, cacheHeaders: caching = true }: ServerOptions): Promise<CmsServer> => {
  const payload = await getPayload({ config })
  await migrateInTurn(payload)
  const app = express()
  // ETags are cacheHeaders' (on 200 only); express would add its own to error answers too.
  app.set('etag', false)
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === 'true')

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    try {
      await payload.count({ collection: payload.config.admin.user as CollectionSlug, overrideAccess: true })
      res.json({ status: 'ready', database: payload.db.name })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'readiness check: database unreachable' })
      res.status(503).json({ status: 'unavailable', code: 'DATABASE_UNREACHABLE' })
    }
  })

  // The admin needs inline scripts and styles, so its policy stays Next's; the API gets a strict one.
  app.use('/api', helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } }))
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }))

  const apiRoute = payload.config.routes.api
  if (caching) app.use(apiRoute, cacheHeaders({ generation: () => readContentGeneration(payload) }))
  const configPromise = Promise.resolve(config)
  const graphQL = GRAPHQL_POST(configPromise)
  const playground = GRAPHQL_PLAYGROUND_GET(configPromise)
  const graphQLPath = `${apiRoute}${payload.config.routes.graphQL}`
  const limits = requestLimits()
  const checkRoute = routeGuard(payload)
  const collectionOf = (path: string) => path.slice(apiRoute.length + 1).split('/')[0]
  app.all(`${apiRoute}/*splat`, async (req, res, fail) => {
    try {
      const path = req.path
      const isGraphQL = path === graphQLPath && req.method === 'POST'
      // Limits first, so an oversized or malformed request costs no database work.
      if (!isGraphQL) {
        checkRoute(req.method, path)
        checkQueryParams(new URL(`http://localhost${req.originalUrl}`).searchParams, { ...limits, isId: (value) => documentId(payload, collectionOf(path), value) !== undefined })
      }
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readLimitedBody(req, limits.maxBodyBytes)
      if (body) {
        const kind = await checkRequestBody(body, {
          contentType: req.get('content-type'),
          methodOverride: req.get('x-payload-http-method-override') ?? req.get('x-http-method-override'),
          maxNesting: limits.maxJsonNesting,
        })
        // Payload reads JSON only under exactly this type; `Application/JSON` or `+json` would reach it as no body.
        if (kind === 'json') req.headers['content-type'] = 'application/json'
        if (kind === 'json' && isGraphQL) refuseSubscriptions(body)
      }
      const request = toFetchRequest(req, body)
      const response = isGraphQL
        ? await withGraphQLErrorCodes(await graphQL(request))
        : path === `${apiRoute}${payload.config.routes.graphQLPlayground}` && req.method === 'GET'
          ? await playground(request)
          : await handleEndpoints({ config: configPromise, request })
      await sendFetchResponse(response, res)
    } catch (error) {
      fail(error)
    }
  })

  if (next) {
    const { default: createNext } = await import('next')
    // webpack, as the build: it maps our `.js` import suffixes to the TypeScript sources.
    const nextApp = createNext({ dev: next.dev, dir: next.dir, webpack: true })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    app.get('/', (_req, res) => res.redirect(payload.config.routes.admin))
    app.all('/*splat', (req, res) => handle(req, res))
  }

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const refusal = clientErrorOf(error)
    if (!refusal) payload.logger.error({ err: error, msg: 'unhandled request error' })
    if (res.headersSent) return
    if (!refusal) {
      res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
      return
    }
    // The body may be unread (a refused upload): close rather than drain it.
    if (!req.complete) res.set('connection', 'close')
    const code = (refusal.data as { code?: string } | undefined)?.code
    const detail = req.path === graphQLPath ? { extensions: { code } } : { data: { code } }
    res.status(refusal.status).json({ errors: [{ message: refusal.message, ...detail }] })
  })

  // Without a host, node listens on every interface.
  const listen = (port: number, host?: string) =>
    new Promise<Server>((resolve, reject) => {
      const done = (error?: Error) => (error ? reject(error) : resolve(server))
      const server = host ? app.listen(port, host, done) : app.listen(port, done)
    })

  return { app, payload, listen }
}
