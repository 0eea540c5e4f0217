/**
 * `npm run bench:review`: what the medical-review plugin adds to saving a 5,000-word article.
 * Runs the same saves with the plugin enabled and disabled (MEDICAL_REVIEW_ENABLED=false), each in
 * its own process on a fresh SQLite file, in rounds that alternate which goes first so drift on the
 * machine hits both alike, and prints medians over all rounds and the difference.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SAVES = 40
const ROUNDS = 3
const here = fileURLToPath(import.meta.url)

const articleText = (words: number): string[] => {
  const source = fs.readFileSync(path.join(path.dirname(here), '../fixtures/claims/bench-article.md'), 'utf8')
  const paragraphs = source.split(/\n\s*\n/).map((block) => block.replace(/^#+\s*/, '').trim()).filter(Boolean)
  const out: string[] = []
  let count = 0
  for (let i = 0; count < words; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length]
    out.push(paragraph)
    count += paragraph.split(/\s+/).length
  }
  return out
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** One variant, in this process: boots the CMS and times draft saves that change one paragraph. */
const measure = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config.js')
  const { runMigrations } = await import('../../app/runMigrations.js')
  const { closePayload } = await import('../../app/closePayload.js')
  const { richText } = await import('../../app/seed/richText.js')
  const payload = await getPayload({ config })
  await runMigrations(payload)
  const paragraphs = articleText(5000)
  const words = paragraphs.join(' ').split(/\s+/).length
  const writer = await payload.create({ collection: 'users', data: { email: 'bench@example.test', password: 'bench password', name: 'Bench', roles: ['writer'] } })
  const user = { ...writer, collection: 'users' as const }
  const doc = await payload.create({ collection: 'articles', data: { title: 'Bench', body: richText(...paragraphs) }, draft: true, user })
  const times: number[] = []
  for (let i = 0; i < SAVES; i += 1) {
    const edited = [...paragraphs]
    edited[i % edited.length] = `${edited[i % edited.length]} Edit ${i}.`
    const start = performance.now()
    await payload.update({ collection: 'articles', id: doc.id, data: { body: richText(...edited) }, draft: true, user })
    times.push(performance.now() - start)
  }
  const claims = ((await payload.findByID({ collection: 'articles', id: doc.id, draft: true })) as { medicalReview?: { claims?: unknown[] } }).medicalReview?.claims?.length ?? 0
  await closePayload(payload)
  process.stdout.write(JSON.stringify({ words, times: times.slice(5), claims }))
}

const run = (enabled: boolean) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-bench-'))
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, here, '--measure'], {
      env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'bench.db')}`, MEDICAL_REVIEW_ENABLED: String(enabled), LOG_LEVEL: 'error', PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_SECRET: 'bench-secret-of-at-least-thirty-two-characters' },
      encoding: 'utf8',
    })
    return JSON.parse(out.slice(out.indexOf('{'))) as { words: number; times: number[]; claims: number }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv.includes('--measure')) {
  await measure()
} else {
  const on: number[] = []
  const off: number[] = []
  let words = 0
  let claims = 0
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const enabled of round % 2 ? [false, true] : [true, false]) {
      const result = run(enabled)
      ;(enabled ? on : off).push(...result.times)
      words = result.words
      if (enabled) claims = result.claims
      console.log(`  round ${round + 1}, plugin ${enabled ? 'enabled' : 'disabled'}: median ${median(result.times).toFixed(1)} ms`)
    }
  }
  const [withPlugin, without] = [median(on), median(off)]
  console.log(`Saving a ${words}-word article as a draft (median of ${ROUNDS} x ${SAVES - 5} saves, SQLite, one process per run):`)
  console.log(`  plugin enabled:  ${withPlugin.toFixed(1)} ms  (${claims} claims kept on the document)`)
  console.log(`  plugin disabled: ${without.toFixed(1)} ms`)
  console.log(`  extra per save:  ${(withPlugin - without).toFixed(1)} ms (${(withPlugin / without).toFixed(2)}x; goal: 10 ms or less)`)
}
