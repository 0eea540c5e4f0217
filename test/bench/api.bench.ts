/**
 * `npm run bench:api`: read throughput of the REST API over 1,000 published articles on SQLite (or
 * PostgreSQL: PAYLOAD_DATABASE=postgres),
 * measured with autocannon against four servers running side by side from one database:
 *
 * - on:      the site's config (medicalReview + medicalReviewDelivery, caching headers), and the
 *            same URLs revalidated with If-None-Match (answered 304);
 * - plugins: both plugins, no caching headers: the plugins' own cost, apart from the site's caching;
 * - off:     the same collections with neither plugin and no caching headers;
 * - ceiling: a bare express handler answering the same JSON bytes.
 *
 * Each server is its own process (autocannon in this one), started with createServer() and no
 * Next admin. Runs alternate between variants so drift on the machine hits both alike. The plugins
 * are the build a site installs (dist/, which the npm script builds first), not the TypeScript
 * source: run through tsx, the source carries helpers the build does not.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { benchConfig, benchEnv } from './benchConfig.js'
import { median } from './median.js'

const here = fileURLToPath(import.meta.url)
const ARTICLES = 1000
const SLUG = `article-${ARTICLES / 2}`
const DURATION = Number(process.env.BENCH_SECONDS || 3)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 6)
const WARM_UP = Number(process.env.BENCH_WARM_UP_SECONDS || 20)
const CONNECTIONS = 10

const ENDPOINTS = [
  { name: 'by slug, depth=1', path: `/api/articles?where[slug][equals]=${SLUG}&depth=1` },
  { name: 'list (limit 10, depth 1)', path: '/api/articles?limit=10&depth=1' },
  { name: 'JSON-LD by slug', path: `/api/articles/slug/${SLUG}/jsonld` },
] as const

type Variant = 'on' | 'plain' | 'off' | 'ceiling'

// ---------------------------------------------------------------------------------------------
// Servers (child processes)
// ---------------------------------------------------------------------------------------------

const listen = (app: { listen: (port: number, done: () => void) => Server }) =>
  new Promise<number>((resolve) => {
    const server = app.listen(0, () => resolve((server.address() as AddressInfo).port))
  })

const serve = async (variant: Variant, bodiesFile?: string) => {
  process.once('SIGTERM', () => process.exit(0))
  if (variant === 'ceiling') {
    const { default: express } = await import('express')
    const bodies = JSON.parse(fs.readFileSync(bodiesFile!, 'utf8')) as Record<
      string,
      { type: string; body: string }
    >
    const app = express()
    app.set('etag', false)
    app.disable('x-powered-by')
    app.use((req, res) => {
      const hit = bodies[req.originalUrl]
      if (!hit) return void res.status(404).end()
      res.setHeader('content-type', hit.type)
      res.end(hit.body)
    })
    console.log(`READY ${await listen(app)}`)
    return
  }
  const { createServer } = await import('../../app/server.js')
  const cms = await createServer({
    config: await benchConfig(variant !== 'off', variant === 'on'),
    cacheHeaders: variant === 'on',
  })
  console.log(`READY ${await listen(cms.app)}`)
}

// ---------------------------------------------------------------------------------------------
// Seed (a child process): 1,000 published articles, each with two trials and two FAQs
// ---------------------------------------------------------------------------------------------

const seed = async () => {
  // The workflow's gate is off while seeding (the option the site has for it); the review state a
  // sign-off leaves, and its public projection, are then written as the hooks would write them.
  process.env.MEDICAL_REVIEW_ENABLED = 'false'
  const { getPayload } = await import('payload')
  const { richText } = await import('../../app/seed/richText.js')
  const { runMigrations } = await import('../../app/runMigrations.js')
  const { closePayload } = await import('../../app/closePayload.js')
  const payload = await getPayload({ config: await benchConfig(true) })
  await runMigrations(payload)
  const reviewer = await payload.create({
    collection: 'users',
    data: {
      email: 'reviewer@bench.test',
      password: 'bench password 123',
      name: 'Bench Reviewer',
      roles: ['reviewer'],
      reviewerProfile: { displayName: 'Dr Bench Reviewer', credentials: 'MD, PhD' },
    },
  })
  const writer = await payload.create({
    collection: 'users',
    data: {
      email: 'writer@bench.test',
      password: 'bench password 123',
      name: 'Bench Writer',
      roles: ['writer'],
    },
  })
  const signedAt = new Date().toISOString()
  const { readState } = await import('../../src/review/readState.js')
  const { publicReview } = await import('payload-medical-review/delivery')
  const { storedReviewGroup } = await import('../helpers/storedReviewGroup.js')
  const signed = (stored: unknown, months: number) => {
    const state = readState(stored)
    const due = new Date(signedAt)
    due.setUTCMonth(due.getUTCMonth() + months)
    return {
      ...state,
      status: 'approved',
      claims: state.claims.map((claim) => ({
        ...claim,
        decision: {
          status: 'approved',
          reviewer: String(reviewer.id),
          reviewerName: 'Dr Bench Reviewer',
          decidedAt: signedAt,
          note: 'Checked against the cited trial.',
        },
      })),
      signOff: {
        reviewer: String(reviewer.id),
        printedName: 'Dr Bench Reviewer',
        credentials: 'MD, PhD',
        signedAt,
        meaning: 'I reviewed the health claims in this content and approve it for publication.',
        fingerprint: state.fingerprint,
        claimKeys: state.claims.map((claim) => claim.key),
      },
      lastReviewed: signedAt,
      nextReviewDue: due.toISOString(),
    }
  }
  const sign = async (
    collection: 'articles' | 'faqs' | 'trials',
    doc: { id: number | string },
    months: number,
  ) => {
    const state = signed((doc as unknown as { medicalReview: unknown }).medicalReview, months)
    const { reviewedBy, lastReviewed, nextReviewDue } = publicReview(state)
    await payload.db.updateOne({
      collection,
      id: doc.id,
      data: { medicalReview: storedReviewGroup(state), review: { reviewedBy, lastReviewed, nextReviewDue } },
    })
  }
  const trials = []
  for (const [index, status] of (['RECRUITING', 'ACTIVE_NOT_RECRUITING'] as const).entries()) {
    const trial = await payload.create({
      collection: 'trials',
      data: {
        nctId: `NCT0990020${index}`,
        title: `Bench trial ${index}`,
        overallStatus: status,
        conditions: ['Multiple sclerosis'],
        sponsor: 'Bench University Hospital',
        locations: [
          { facility: 'Leeds Neurology', city: 'Leeds', country: 'United Kingdom' },
          { facility: 'Hamburg Klinikum', city: 'Hamburg', country: 'Germany' },
        ],
        _status: 'published',
      },
    })
    await sign('trials', trial, 6)
    trials.push(trial.id)
  }
  const faqs = []
  for (const question of ['Is it approved?', 'Who can join a trial?']) {
    const faq = await payload.create({
      collection: 'faqs',
      data: {
        question,
        answer: richText('It is being studied in trials. Side effects can be serious.'),
        _status: 'published',
      },
    })
    await sign('faqs', faq, 12)
    faqs.push(faq.id)
  }
  const body = richText(
    { heading: 'What the trials measure' },
    'CAR T-cell therapy is being studied in people with progressive MS. Early results are mixed.',
    'Side effects can be serious, including cytokine release syndrome. Ask your neurologist whether a trial fits you.',
    {
      list: [
        'Who can join: adults with MS',
        'Where: Leeds and Hamburg',
        'How long: two years of follow-up',
      ],
    },
  )
  for (let i = 1; i <= ARTICLES; i += 1) {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `CAR T-cell therapy and MS, part ${i}`,
        slug: `article-${i}`,
        summary: 'What researchers are testing, who can take part, and what is still unknown.',
        body,
        conditions: ['Multiple sclerosis'],
        author: writer.id,
        references: [
          { label: 'Trial record', nctId: 'NCT09900200' },
          {
            label: 'Review article',
            doi: '10.1000/bench.2026.001',
            url: 'https://example.org/review',
          },
        ],
        relatedFaqs: faqs,
        relatedTrials: trials,
        _status: 'published',
      },
    })
    await sign('articles', article, 12)
  }
  await closePayload(payload)
}

// ---------------------------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------------------------

const children: ChildProcess[] = []

const child = (
  args: string[],
  env: Record<string, string>,
): { proc: ChildProcess; ready: Promise<number> } => {
  const proc = spawn(process.execPath, [...process.execArgv, here, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(proc)
  const ready = new Promise<number>((resolve, reject) => {
    let out = ''
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /READY (\d+)/.exec(out)
      if (match) resolve(Number(match[1]))
    })
    proc.on('exit', (code) =>
      code === 0 ? resolve(0) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
  return { proc, ready }
}

type Run = { rps: number; p50: number; p99: number; cpu: number }

/** CPU seconds a process has used (Linux); NaN elsewhere. Less at the mercy of a busy machine than req/s. */
const cpuSeconds = (pid: number | undefined): number => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return Number.NaN
  }
}

const measure = async (url: string, duration: number, pid?: number, headers?: Record<string, string>): Promise<Run> => {
  const { default: autocannon } = await import('autocannon')
  const before = cpuSeconds(pid)
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers })
  // A conditional request is answered 304, which autocannon counts as neither 2xx nor an error.
  const expected = headers?.['if-none-match'] ? result['3xx'] : result['2xx']
  if (result.errors || expected !== result.requests.total)
    throw new Error(`${url}: ${result.requests.total - expected} unexpected answers, ${result.errors} errors`)
  const cpu = ((cpuSeconds(pid) - before) * 1000) / result.requests.total
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu }
}

/**
 * The middle of the per-round differences: each round runs the variants back to back, so a round
 * where the machine slowed down slows both sides, and one stray round cannot move the figure.
 * The lowest and highest round show how far one figure can be trusted on this machine.
 */
const pairedCost = (runs: Run[], baseline: Run[], pick: (run: Run) => number, lower: boolean) => {
  const costs = runs
    .map((run, round) => (lower ? pick(baseline[round]!) - pick(run) : pick(run) - pick(baseline[round]!)) / pick(baseline[round]!))
    .sort((a, b) => a - b)
  return { median: median(costs), lowest: costs[0]!, highest: costs[costs.length - 1]! }
}

const mean = (runs: Run[]): Run => {
  const avg = (pick: (run: Run) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length
  return {
    rps: avg((run) => run.rps),
    p50: avg((run) => run.p50),
    p99: avg((run) => run.p99),
    cpu: avg((run) => run.cpu),
  }
}

const orchestrate = async () => {
  const started = Date.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-bench-api-'))
  // PAYLOAD_DATABASE=postgres runs the same table on a new PostgreSQL database (TEST_POSTGRES_URI).
  const { createTestDatabase } = await import('../helpers/testDatabase.js')
  const database = await createTestDatabase()
  const env = benchEnv(database.uri)
  const cleanup = async () => {
    const exits = children.filter((proc) => proc.exitCode === null).map((proc) => new Promise((resolve) => proc.once('exit', resolve)))
    for (const proc of children) if (proc.exitCode === null) proc.kill('SIGTERM')
    await Promise.all(exits)
    if (process.env.BENCH_KEEP) console.log(`kept ${dir} and ${database.uri}`)
    else {
      fs.rmSync(dir, { recursive: true, force: true })
      await database.drop()
    }
  }
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)))
  try {
    console.log(`Seeding ${ARTICLES} published articles (2 trials, 2 FAQs each) into ${database.kind}...`)
    await child(['--seed'], env).ready
    console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)

    const ports: Partial<Record<Variant, number>> = {}
    const pids: Partial<Record<Variant, number>> = {}
    const on = child(['--serve', 'on'], env)
    const plain = child(['--serve', 'plain'], env)
    const off = child(['--serve', 'off'], env)
    ;[ports.on, ports.plain, ports.off] = await Promise.all([on.ready, plain.ready, off.ready])
    ;[pids.on, pids.plain, pids.off] = [on.proc.pid, plain.proc.pid, off.proc.pid]
    const bodies: Record<string, { type: string; body: string; etag: string }> = {}
    for (const endpoint of ENDPOINTS) {
      const response = await fetch(`http://127.0.0.1:${ports.on}${endpoint.path}`)
      const body = await response.text()
      if (response.status !== 200)
        throw new Error(`${endpoint.path}: HTTP ${response.status} ${body}`)
      bodies[endpoint.path] = {
        type: response.headers.get('content-type') ?? 'application/json',
        body,
        etag: response.headers.get('etag') ?? '',
      }
    }
    // The plugin's work really happens: a signed byline on the article and on what it populates.
    const doc = JSON.parse(bodies[ENDPOINTS[0].path].body).docs[0]
    if (
      doc?.review?.reviewedBy?.name !== 'Dr Bench Reviewer' ||
      doc.relatedTrials?.[0]?.review?.reviewedBy === undefined
    ) {
      throw new Error(`seeded article lacks its review projection: ${JSON.stringify(doc?.review)}`)
    }
    fs.writeFileSync(path.join(dir, 'bodies.json'), JSON.stringify(bodies))
    const ceiling = child(['--serve', 'ceiling', path.join(dir, 'bodies.json')], env)
    ports.ceiling = await ceiling.ready
    pids.ceiling = ceiling.proc.pid

    const rows: string[] = []
    const throughput: Record<string, number> = {}
    for (const endpoint of ENDPOINTS) {
      const variants: Variant[] = endpoint.path.endsWith('/jsonld')
        ? ['on', 'ceiling']
        : ['off', 'plain', 'on', 'ceiling']
      const runs: Partial<Record<Variant, Run[]>> = {}
      // Warm-up, all variants at once: V8 goes on optimising and deoptimising Payload's code for
      // thousands of requests, and rounds measured before that settles differ by tens of percent.
      await Promise.all(variants.map((variant) => measure(`http://127.0.0.1:${ports[variant]}${endpoint.path}`, WARM_UP)))
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const variant of round % 2 ? [...variants].reverse() : variants) {
          const run = await measure(
            `http://127.0.0.1:${ports[variant]}${endpoint.path}`,
            DURATION,
            pids[variant],
          )
          ;(runs[variant] ??= []).push(run)
          process.stdout.write(
            `  ${endpoint.name} [${variant}] ${run.rps.toFixed(0)} req/s, ${run.cpu.toFixed(2)} ms CPU/request\n`,
          )
        }
      }
      // What a client holding the current ETag costs: the same URL with If-None-Match, answered 304.
      const revalidations: Run[] = []
      for (let round = 0; round < ROUNDS / 2; round += 1) {
        const run = await measure(`http://127.0.0.1:${ports.on}${endpoint.path}`, DURATION, pids.on, {
          'if-none-match': bodies[endpoint.path].etag,
        })
        revalidations.push(run)
        process.stdout.write(`  ${endpoint.name} [on, 304] ${run.rps.toFixed(0)} req/s, ${run.cpu.toFixed(2)} ms CPU/request\n`)
      }
      const withPlugin = mean(runs.on!)
      throughput[endpoint.name] = withPlugin.rps
      const revalidated = mean(revalidations)
      const pluginOnly = runs.plain ? mean(runs.plain) : undefined
      const without = runs.off ? mean(runs.off) : undefined
      const bare = mean(runs.ceiling!)
      const bytes = Buffer.byteLength(bodies[endpoint.path].body)
      const cell = (run: Run | undefined, cpu = true) =>
        run
          ? `${run.rps.toFixed(0)} | ${run.p50.toFixed(0)} | ${run.p99.toFixed(0)}${cpu ? ` | ${run.cpu.toFixed(2)}` : ''}`
          : `n/a | | ${cpu ? '| ' : ''}`
      const percent = (share: number) => `${(share * 100).toFixed(1)} %`
      const spread = ({ median, lowest, highest }: ReturnType<typeof pairedCost>) =>
        `${percent(median)} (${(lowest * 100).toFixed(1)} to ${(highest * 100).toFixed(1)})`
      const overhead =
        runs.off && runs.plain
          ? `${spread(pairedCost(runs.plain, runs.off, (run) => run.rps, true))} | ${spread(pairedCost(runs.plain, runs.off, (run) => run.cpu, false))} | ${spread(pairedCost(runs.on!, runs.plain, (run) => run.rps, true))}`
          : 'n/a | n/a | n/a'
      rows.push(
        `| ${endpoint.name} (${(bytes / 1024).toFixed(1)} KB) | ${cell(withPlugin)} | ${revalidated.rps.toFixed(0)} | ${(revalidated.rps / withPlugin.rps).toFixed(1)}x | ${cell(pluginOnly)} | ${cell(without)} | ${cell(bare, false)} | ${overhead} |`,
      )
    }
    console.log(
      `\nGET over HTTP on ${database.kind}, autocannon ${CONNECTIONS} connections, ${ROUNDS} x ${DURATION} s per cell (mean), ${os.cpus().length} CPUs, ${ARTICLES} articles`,
    )
    console.log(
      'on = the site: medicalReview + medicalReviewDelivery + caching headers (ETag, 304); 304 = on, with If-None-Match of the current ETag; plugins = both plugins, no caching headers; off = neither plugin, no caching headers; ceiling = bare express, same bytes',
    )
    console.log(
      `latency p50/p99 in ms; CPU = server CPU ms per request; plugin cost = req/s lost and extra CPU per request, plugins vs off; caching cost = req/s lost, on vs plugins; both costs are the median of the ${ROUNDS} rounds' paired differences, with the lowest and highest round in brackets\n`,
    )
    console.log(
      '| endpoint | on req/s | p50 | p99 | CPU | 304 req/s | 304 / on | plugins req/s | p50 | p99 | CPU | off req/s | p50 | p99 | CPU | ceiling req/s | p50 | p99 | plugin cost req/s | plugin cost CPU | caching cost req/s |',
    )
    console.log(
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const row of rows) console.log(row)
    const ratio = throughput[ENDPOINTS[1].name] / throughput[ENDPOINTS[0].name]
    console.log(`\nlist of 10 / one by slug, plugin on: ${ratio.toFixed(2)}x the throughput (goal: 0.30x or more)`)
    console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } finally {
    await cleanup()
  }
}

const [mode, ...rest] = process.argv.slice(2)
if (mode === '--seed') {
  await seed()
  process.exit(0)
} else if (mode === '--serve') await serve(rest[0] as Variant, rest[1])
else {
  await orchestrate()
  process.exit(0)
}
