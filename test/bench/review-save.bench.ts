/**
 * `npm run bench:review`: what the medical-review plugin adds to saving a 5,000-word article.
 * Two processes, one with the plugin enabled and one with it disabled (MEDICAL_REVIEW_ENABLED=false),
 * each on a fresh SQLite file, take turns save by save (the order swapped every save), so that only
 * one works at a time and a change in the machine's speed hits both alike. Prints the medians and
 * the median of the differences between paired saves.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SAVES = 120
/** Saves left out of the figures: the first ones warm caches and compile code. */
const WARM_UP = 10
const here = fileURLToPath(import.meta.url)

type Reply = { ready: true; words: number } | { time: number } | { claims: number }

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

/** One variant, in a child process: boots the CMS, then times one draft save per message, each changing one paragraph. */
const measure = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config.js')
  const { runMigrations } = await import('../../app/runMigrations.js')
  const { closePayload } = await import('../../app/closePayload.js')
  const { richText } = await import('../../app/seed/richText.js')
  const payload = await getPayload({ config })
  await runMigrations(payload)
  const paragraphs = articleText(5000)
  const writer = await payload.create({ collection: 'users', data: { email: 'bench@example.test', password: 'bench password', name: 'Bench', roles: ['writer'] } })
  const user = { ...writer, collection: 'users' as const }
  const doc = await payload.create({ collection: 'articles', data: { title: 'Bench', body: richText(...paragraphs) }, draft: true, user })
  const send = (reply: Reply) => process.send!(reply)
  process.on('message', async (message: { save: number } | { done: true }) => {
    if ('save' in message) {
      const edited = [...paragraphs]
      edited[message.save % edited.length] = `${edited[message.save % edited.length]} Edit ${message.save}.`
      const start = performance.now()
      await payload.update({ collection: 'articles', id: doc.id, data: { body: richText(...edited) }, draft: true, user })
      send({ time: performance.now() - start })
      return
    }
    const saved = (await payload.findByID({ collection: 'articles', id: doc.id, draft: true })) as { medicalReview?: { claims?: unknown[] } }
    send({ claims: saved.medicalReview?.claims?.length ?? 0 })
    await closePayload(payload)
    process.disconnect()
  })
  send({ ready: true, words: paragraphs.join(' ').split(/\s+/).length })
}

const start = (enabled: boolean, dir: string): ChildProcess =>
  fork(here, ['--measure'], {
    env: { ...process.env, DATABASE_URI: `file:${path.join(dir, `${enabled}.db`)}`, MEDICAL_REVIEW_ENABLED: String(enabled), LOG_LEVEL: 'error', PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_SECRET: 'bench-secret-of-at-least-thirty-two-characters' },
  })

const ask = async (child: ChildProcess, message: object): Promise<Reply> => {
  const reply = once(child, 'message') as Promise<[Reply]>
  child.send(message)
  return (await reply)[0]
}

if (process.argv.includes('--measure')) {
  await measure()
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-bench-'))
  try {
    const on = start(true, dir)
    const off = start(false, dir)
    const [[ready]] = await Promise.all([once(on, 'message'), once(off, 'message')])
    const times = { on: [] as number[], off: [] as number[] }
    const differences: number[] = []
    for (let save = 0; save < SAVES; save += 1) {
      const order = save % 2 ? ([['off', off], ['on', on]] as const) : ([['on', on], ['off', off]] as const)
      const pair = { on: 0, off: 0 }
      for (const [name, child] of order) pair[name] = ((await ask(child, { save })) as { time: number }).time
      if (save < WARM_UP) continue
      times.on.push(pair.on)
      times.off.push(pair.off)
      differences.push(pair.on - pair.off)
    }
    const { claims } = (await ask(on, { done: true })) as { claims: number }
    await ask(off, { done: true })
    const [withPlugin, without, extra] = [median(times.on), median(times.off), median(differences)]
    console.log(`Saving a ${(ready as { words: number }).words}-word article as a draft (${SAVES - WARM_UP} paired saves, SQLite, plugin enabled and disabled in two processes taking turns):`)
    console.log(`  plugin enabled:  ${withPlugin.toFixed(1)} ms median  (${claims} claims kept on the document)`)
    console.log(`  plugin disabled: ${without.toFixed(1)} ms median`)
    console.log(`  extra per save:  ${extra.toFixed(1)} ms, the median of the paired differences (${(withPlugin / without).toFixed(2)}x; goal: 10 ms or less)`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
