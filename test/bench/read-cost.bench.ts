/**
 * `npm run bench:read-cost`: where the plugins' cost on public reads goes. `bench:api` measures
 * the cost over HTTP, where a round's noise is a few percent; this bench measures its parts.
 *
 * One process holds several Payload instances over one seeded database (the bench:api seed), each
 * with the site's collections and a different part of the plugins:
 *
 * - off:            neither plugin;
 * - plugins:        both plugins, as bench:api's "plugins" variant;
 * - state as one JSON field: both plugins, the staff group replaced by one JSON field of its name
 *                   and access: what storing the review state as a value, not a group, would cost;
 * - group of one field: both plugins, the staff group cut to its status field and without its hooks:
 *                   what a group costs however few fields it holds;
 * - no staff group: both plugins without the staff-only `medicalReview` group, which public reads
 *                   never select but Payload still walks: what keeping it out of the row would save;
 * - no group, no hooks: also without the plugins' hooks on the reviewed collections;
 * - byline only:    neither plugin, but the public `review` byline field, as the plugins add it.
 *
 * Reads go through the local API as an anonymous reader does (no user, access applied, depth 1):
 * one article by slug, and a list of 10. Instances take turns in blocks of reads, in alternating
 * order, and share V8's optimised code, so drift and JIT luck hit all alike. Figures are CPU time
 * per read; a cost is the median of the rounds' paired differences with "off".
 */
import type { CollectionConfig, Config, Field, Payload, Plugin, SanitizedConfig } from 'payload'

import { spawn } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

import { benchConfig, benchEnv } from './benchConfig.js'
import { median } from './median.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 100)
const BLOCK = 100
const WARM_UP = Number(process.env.BENCH_WARM_UP_READS || 1500)
const REVIEWED = new Set(['articles', 'faqs', 'trials'])

const named = (name: string) => (field: Field) => 'name' in field && field.name === name

const mapReviewed = (config: Config, map: (collection: CollectionConfig) => CollectionConfig): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => (REVIEWED.has(collection.slug) ? map(collection) : collection)),
})

const withoutStaffGroup: Plugin = (config) =>
  mapReviewed(config, (collection) => ({ ...collection, fields: collection.fields.filter((field) => !named('medicalReview')(field)) }))

/**
 * A pair of plugins: the first remembers the reviewed collections' own hooks, the second puts them
 * back. The site's own `onInit` comes back too: the plugins' start-up check refuses a reviewed
 * collection without their hooks.
 */
const ownHooksOnly = (): { remember: Plugin; restore: Plugin } => {
  const own = new Map<string, CollectionConfig['hooks']>()
  let onInit: Config['onInit']
  return {
    remember: (config) => {
      for (const collection of config.collections ?? []) own.set(collection.slug, collection.hooks)
      onInit = config.onInit
      return config
    },
    restore: (config) => ({ ...mapReviewed(config, (collection) => ({ ...collection, hooks: own.get(collection.slug) })), onInit }),
  }
}

/** The `review` byline field exactly as the plugins add it, and nothing else of theirs. */
const bylineOnly = async (): Promise<Plugin> => {
  const { medicalReviewOptions } = await import('../../collections/medicalReviewOptions.js')
  const { deliveryOptions } = await import('../../collections/deliveryOptions.js')
  const { medicalReview } = await import('payload-medical-review')
  const { medicalReviewDelivery } = await import('payload-medical-review/delivery')
  return (config) => {
    const withPlugins = medicalReviewDelivery(deliveryOptions)(medicalReview(medicalReviewOptions)(config))
    const byline = (slug: string) =>
      withPlugins.collections!.find((collection) => collection.slug === slug)!.fields.find(named('review'))!
    return mapReviewed(config, (collection) => ({ ...collection, fields: [...collection.fields, byline(collection.slug)] }))
  }
}

/** The staff group changed, its name and access kept: what another shape of the review state would cost. */
const reshapeStaffGroup =
  (reshape: (group: Field & { type: 'group' }) => Field): Plugin =>
  (config) =>
    mapReviewed(config, (collection) => ({
      ...collection,
      fields: collection.fields.map((field) => (named('medicalReview')(field) ? reshape(field as Field & { type: 'group' }) : field)),
    }))

const asJson = reshapeStaffGroup((group) => ({ name: 'medicalReview', type: 'json', access: group.access, admin: { hidden: true } }))
const statusOnly = reshapeStaffGroup((group) => ({ ...group, hooks: undefined, fields: group.fields.filter(named('status')) }))

const variants = async (): Promise<[string, () => Promise<SanitizedConfig>][]> => {
  const hooks = ownHooksOnly()
  return [
    ['off', () => benchConfig(false, false)],
    ['plugins', () => benchConfig(true, false)],
    ['state as one JSON field', () => benchConfig(true, false, { last: [asJson] })],
    ['group of one field', () => benchConfig(true, false, { last: [statusOnly] })],
    ['no staff group', () => benchConfig(true, false, { last: [withoutStaffGroup] })],
    ['no group, no hooks', () => benchConfig(true, false, { first: [hooks.remember], last: [withoutStaffGroup, hooks.restore] })],
    ['byline only', async () => benchConfig(false, false, { last: [await bylineOnly()] })],
  ]
}

const READS = {
  'by slug': (payload: Payload) =>
    payload.find({ collection: 'articles', where: { slug: { equals: 'article-500' } }, depth: 1, overrideAccess: false }),
  'list of 10': (payload: Payload) => payload.find({ collection: 'articles', limit: 10, depth: 1, overrideAccess: false }),
}

const cpuMsPerRead = async (read: () => Promise<unknown>) => {
  const before = process.cpuUsage()
  for (let i = 0; i < BLOCK; i += 1) await read()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000 / BLOCK
}

const seed = async (env: Record<string, string>) => {
  const apiBench = fileURLToPath(new URL('./api.bench.ts', import.meta.url))
  const child = spawn(process.execPath, [...process.execArgv, apiBench, '--seed'], { env: { ...process.env, ...env }, stdio: 'inherit' })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`seeding exited with ${code}`)
}

const main = async () => {
  const started = Date.now()
  const { createTestDatabase } = await import('../helpers/testDatabase.js')
  const database = await createTestDatabase()
  const env = benchEnv(database.uri)
  Object.assign(process.env, env)
  const { getPayload } = await import('payload')
  const { closePayload } = await import('../../app/closePayload.js')
  const instances: { name: string; payload: Payload }[] = []
  try {
    console.log(`Seeding 1,000 published articles into ${database.kind}...`)
    await seed(env)
    for (const [name, config] of await variants()) instances.push({ name, payload: await getPayload({ config: await config(), key: name }) })
    // Each variant holds the parts it names, and the byline is filled where the variant has it.
    for (const { name, payload } of instances) {
      const staff = payload.collections.articles.config.flattenedFields.find((field) => field.name === 'medicalReview')
      const [doc] = (await READS['by slug'](payload)).docs as { review?: { reviewedBy?: { name?: string } } }[]
      const staffShape = staff === undefined ? 'none' : staff.type === 'group' ? `group of ${staff.flattenedFields.length}` : staff.type
      const has = { staffShape, byline: doc?.review?.reviewedBy?.name === 'Dr Bench Reviewer' }
      const shapes: Record<string, string> = { plugins: 'group of 11', 'state as one JSON field': 'json', 'group of one field': 'group of 1' }
      const expected = { staffShape: shapes[name] ?? 'none', byline: name !== 'off' }
      if (has.staffShape !== expected.staffShape || has.byline !== expected.byline)
        throw new Error(`${name}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(has)}`)
    }
    const rows: string[] = []
    for (const [readName, read] of Object.entries(READS)) {
      // The same answer from every instance but the byline: no variant reads less than the others.
      const answers = await Promise.all(instances.map(({ payload }) => read(payload)))
      const sizes = answers.map((answer) => answer.docs.length)
      if (new Set(sizes).size !== 1 || sizes[0] === 0) throw new Error(`${readName}: instances disagree on what they read (${sizes.join(', ')} documents)`)
      for (let i = 0; i < WARM_UP; i += 1) for (const { payload } of instances) await read(payload)
      const samples = instances.map(() => [] as number[])
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 ? [...instances.keys()].reverse() : [...instances.keys()]
        for (const index of order) samples[index]!.push(await cpuMsPerRead(() => read(instances[index]!.payload)))
      }
      const off = samples[0]!
      instances.forEach(({ name }, index) => {
        const costs = samples[index]!.map((value, round) => (value - off[round]!) / off[round]!).sort((a, b) => a - b)
        const spread = `${(costs[Math.floor(costs.length / 4)]! * 100).toFixed(1)} to ${(costs[Math.floor((costs.length * 3) / 4)]! * 100).toFixed(1)}`
        rows.push(`| ${readName} | ${name} | ${median(samples[index]!).toFixed(3)} | ${index === 0 ? '' : `${(median(costs) * 100).toFixed(1)} % (${spread})`} |`)
      })
    }
    console.log(`\nLocal API reads as an anonymous reader on ${database.kind}, depth 1, ${ROUNDS} rounds of ${BLOCK} reads per instance, ${os.cpus().length} CPUs`)
    console.log('cost = extra CPU per read against off: the median of the rounds\' paired differences, with the middle half of the rounds in brackets\n')
    console.log('| read | variant | CPU ms per read (median) | cost against off |')
    console.log('| --- | --- | ---: | ---: |')
    for (const row of rows) console.log(row)
    console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } finally {
    for (const { payload } of instances) await closePayload(payload)
    await database.drop()
  }
}

await main()
process.exit(0)
