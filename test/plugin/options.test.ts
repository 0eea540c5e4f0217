import type { CollectionConfig, Config, Field } from 'payload'

import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { medicalReview } from 'payload-medical-review'
import { medicalReviewDelivery } from 'payload-medical-review/delivery'

import { refuseMissingGuards } from '../../src/review/guards.js'
import { resolveOptions } from '../../src/review/resolveOptions.js'
import { REVIEW_SETTINGS } from '../../src/review/reviewableContent.js'
import { warnUnreviewedVirtualFields } from '../../src/review/warnUnreviewedVirtualFields.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// A site the plugin was not written for: its own users with one `role`, and posts.
const posts: CollectionConfig = {
  slug: 'posts',
  admin: { useAsTitle: 'headline' },
  versions: { drafts: true },
  fields: [{ name: 'headline', type: 'text' }],
}
const members: CollectionConfig = { slug: 'members', auth: true, fields: [{ name: 'role', type: 'text' }] }
const site = { secret: 'x'.repeat(32), collections: [posts, members] } as unknown as Config
const checks = {
  isStaff: (user: { role?: unknown }) => user.role === 'editor',
  isReviewer: (user: { role?: unknown }) => user.role === 'doctor',
  isAdmin: (user: { role?: unknown }) => user.role === 'owner',
}

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : []
  })

describe('the plugin in a site it knows nothing about', () => {
  it.each(['isStaff', 'isReviewer', 'isAdmin'] as const)('refuses to start without %s, saying what it is for', (missing) => {
    const options = { collections: { posts: {} }, usersSlug: 'members', ...checks, [missing]: undefined }
    expect(() => medicalReview(options as never)(site)).toThrow(new RegExp(`options\\.${missing} is required: a function`))
  })

  it('refuses accounts without timestamps: a sign-off names its signer by id and creation time (SQLite reuses a deleted id)', () => {
    const withoutTimestamps = { ...site, collections: [posts, { ...members, timestamps: false }] } as Config
    expect(() => medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(withoutTimestamps)).toThrow(
      /members sets timestamps: false/,
    )
  })

  it('refuses a reviewed collection that publishes one locale at a time (versions.drafts.localizeStatus)', () => {
    const perLocale = { ...posts, versions: { drafts: { localizeStatus: true } } } as CollectionConfig
    const withPerLocale = { ...site, collections: [perLocale, members] } as Config
    expect(() => medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(withPerLocale)).toThrow(
      /posts sets versions\.drafts\.localizeStatus/,
    )
  })

  it('refuses a reviewed collection that already has a field under a name the plugins use, wherever the admin lays it out', () => {
    const withOwn = (field: Field) => ({ ...site, collections: [{ ...posts, fields: [...posts.fields, field] }, members] }) as Config
    const review = { collections: { posts: {} }, usersSlug: 'members', ...checks } as never
    const inRow: Field = { type: 'row', fields: [{ name: 'medicalReview', type: 'text' }] }
    expect(() => medicalReview(review)(withOwn(inRow))).toThrow(/posts already has a field named medicalReview/)
    const inUnnamedGroup = { type: 'group', label: 'Extra', fields: [{ name: 'medicalReview', type: 'text' }] } as Field
    expect(() => medicalReview(review)(withOwn(inUnnamedGroup))).toThrow(/posts already has a field named medicalReview/)
    const inTab: Field = { type: 'tabs', tabs: [{ label: 'Extra', fields: [{ name: 'review', type: 'textarea' }] }] }
    expect(() => medicalReviewDelivery({ review })(medicalReview(review)(withOwn(inTab)))).toThrow(/posts already has a field named review/)
    // A named tab keeps its fields under its own name.
    const namedTab: Field = { type: 'tabs', tabs: [{ name: 'extra', fields: [{ name: 'review', type: 'textarea' }] }] }
    expect(() => medicalReviewDelivery({ review })(medicalReview(review)(withOwn(namedTab)))).not.toThrow()
  })

  it('refuses localized fields inside localized fields (compatibility.allowLocalizedWithinLocalized)', () => {
    const nested = { ...site, localization: { locales: ['en', 'es'], defaultLocale: 'en' }, compatibility: { allowLocalizedWithinLocalized: true } } as Config
    expect(() => medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(nested)).toThrow(/allowLocalizedWithinLocalized is not supported/)
  })

  it('refuses a usersSlug that names no auth collection', () => {
    expect(() => medicalReview({ collections: { posts: {} }, ...checks } as never)(site)).toThrow(/usersSlug "users" must name the auth collection .*no such collection/)
    expect(() => medicalReview({ collections: { posts: {} }, usersSlug: 'posts', ...checks } as never)(site)).toThrow(/it has no auth/)
  })

  it('refuses an upload collection under review: the sign-off cannot bind the file Payload rewrites before its hooks', () => {
    const charts: CollectionConfig = { ...posts, slug: 'charts', upload: { staticDir: 'charts' } }
    const withCharts = { ...site, collections: [...(site.collections ?? []), charts] } as Config
    expect(() => medicalReview({ collections: { charts: {} }, usersSlug: 'members', ...checks } as never)(withCharts)).toThrow(
      /charts is an upload collection: a sign-off cannot bind the file itself.*relate to them from reviewed content/,
    )
    // Files related from reviewed content are fine.
    expect(() => medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(withCharts)).not.toThrow()
  })

  it('refuses an authorField that does not relate to the users collection: an unreadable author would mean none', () => {
    const withByline = { ...site, collections: [{ ...posts, fields: [...posts.fields, { name: 'byline', type: 'text' }] }, members] } as Config
    expect(() => medicalReview({ collections: { posts: { authorField: 'byline' } }, usersSlug: 'members', ...checks } as never)(withByline)).toThrow(
      /posts\.authorField must be a relationship to members .*byline is not/,
    )
    const withAuthors = {
      ...site,
      collections: [{ ...posts, fields: [...posts.fields, { name: 'byline', type: 'relationship', relationTo: ['members', 'posts'], hasMany: true }] }, members],
    } as Config
    expect(() => medicalReview({ collections: { posts: { authorField: 'byline' } }, usersSlug: 'members', ...checks } as never)(withAuthors)).not.toThrow()
    // One author per locale: the author of one locale could sign while another is read.
    const localizedAuthor = {
      ...site,
      collections: [{ ...posts, fields: [...posts.fields, { name: 'author', type: 'relationship', relationTo: 'members', localized: true }] }, members],
    } as Config
    expect(() => medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(localizedAuthor)).toThrow(
      /posts: the author field author is localized/,
    )
  })

  it('refuses an isStaff, isReviewer or isAdmin written async (a promise reads as yes), and reads other answers as true or false', () => {
    const resolved = resolveOptions({ collections: { posts: {} }, isStaff: async () => false, isReviewer: () => ({ role: 'doctor' }), isAdmin: () => 0 } as never)
    const user = { id: 1, collection: 'users' } as never
    expect(() => resolved.isStaff(user)).toThrow(/options\.isStaff returned a promise/)
    expect([resolved.isReviewer(user), resolved.isAdmin(user)]).toEqual([true, false])
  })

  it('warns at start-up of virtual fields, and joins to collections outside review, in reviewed content the site did not exclude', () => {
    const warnings: string[] = []
    const fields = [
      { name: 'headline', type: 'text' },
      { name: 'teaser', type: 'text', virtual: 'source.summary' },
      { name: 'box', type: 'group', flattenedFields: [{ name: 'computed', type: 'text', virtual: true }] },
      { name: 'rank', type: 'number', virtual: true },
      { name: 'trials', type: 'join', collection: 'trials', on: 'post' },
      { name: 'sequels', type: 'join', collection: 'posts', on: 'prequel' },
    ]
    const running = {
      collections: { posts: { config: { flattenedFields: fields, custom: { [REVIEW_SETTINGS]: { exclude: ['rank'] } } } } },
      logger: { warn: (message: string) => warnings.push(message) },
    }
    warnUnreviewedVirtualFields(running as never, ['posts'])
    expect(warnings).toEqual([expect.stringMatching(/posts has virtual fields or joins to collections outside review, filled in when read with no review: teaser, box\.computed, trials\. .*collections\.posts\.exclude/)])
  })

  it('names its admin components by package entry, never by a path in this repository', () => {
    const config = medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(site)
    const names = JSON.stringify(config, (_key, value) => (typeof value === 'function' ? undefined : value))
      .match(/"(?:path"\s*:\s*)?"?payload-medical-review\/[a-z]+#\w+/g)
    expect(names?.length).toBeGreaterThanOrEqual(5)
    expect(JSON.stringify(config.admin)).not.toMatch(/\/src\//)
    const reviewed = config.collections?.find((collection) => collection.slug === 'posts')
    expect(reviewed?.admin?.defaultColumns).toEqual(['headline', 'medicalReview.status', '_status', 'updatedAt'])
  })

  it('keeps the site’s own config: collections, endpoints and hooks survive', () => {
    const hook = () => undefined
    const withHook = { ...site, collections: [{ ...posts, hooks: { afterChange: [hook] } }, members] } as Config
    const config = medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)(withHook)
    const reviewed = config.collections?.find((collection) => collection.slug === 'posts')
    // The site's hook runs after the stored-content check and before the audit trace.
    expect(reviewed?.hooks?.afterChange?.indexOf(hook)).toBe(1)
    expect(reviewed?.hooks?.afterChange).toHaveLength(3)
    expect(config.collections?.map((collection) => collection.slug)).toEqual(['posts', 'members', 'review-events', 'review-comments'])
  })

  it('keeps the site’s GraphQL settings and queries, its own Access query included', () => {
    const siteQueries = () => ({ latestPosts: { type: 'stand-in' }, Access: { type: 'the site’s own' } })
    const config = medicalReview({ collections: { posts: {} }, usersSlug: 'members', ...checks } as never)({ ...site, graphQL: { maxComplexity: 50, queries: siteQueries } } as Config)
    const access = { type: 'Payload’s', resolve: () => ({}) }
    const queries = config.graphQL?.queries?.({ getNamedType: () => ({ name: 'Access' }) } as never, { Query: { fields: { Access: access } } } as never)
    expect({ maxComplexity: config.graphQL?.maxComplexity, queries }).toEqual({ maxComplexity: 50, queries: siteQueries() })
  })

  it('refuses to start when a plugin after it replaces a reviewed collection’s hooks or read rule, and not when plugins add to them', () => {
    const options = { collections: { posts: {} }, usersSlug: 'members', ...checks } as never
    const asLoaded = (config: Config) => ({
      collections: Object.fromEntries((config.collections ?? []).map((collection) => [collection.slug, { config: collection }])),
    })
    const reviewed = medicalReview(options)(site)
    // The delivery plugin, and a site plugin that adds a hook, leave every guard in place.
    const adding = medicalReviewDelivery({ review: options })(reviewed)
    const added = {
      ...adding,
      collections: adding.collections?.map((collection) =>
        collection.slug === 'posts' ? { ...collection, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), () => undefined] } } : collection,
      ),
    }
    expect(() => refuseMissingGuards(asLoaded(added) as never, ['posts'], 'members')).not.toThrow()
    const replacing = {
      ...reviewed,
      collections: reviewed.collections?.map((collection) =>
        collection.slug === 'posts' ? { ...collection, access: { ...collection.access, read: () => true }, hooks: { ...collection.hooks, beforeChange: [] } } : collection,
      ),
    }
    expect(() => refuseMissingGuards(asLoaded(replacing) as never, ['posts'], 'members')).toThrow(/posts lost the plugin's read access, beforeChange gate/)
    // The accounts collection: a plugin that sets its hooks drops who may hand out review rights.
    const replacingAccounts = {
      ...reviewed,
      collections: reviewed.collections?.map((collection) => (collection.slug === 'members' ? { ...collection, hooks: { beforeChange: [] } } : collection)),
    }
    expect(() => refuseMissingGuards(asLoaded(replacingAccounts) as never, ['posts'], 'members')).toThrow(
      /members lost the plugin's account beforeChange guard, account afterChange audit, account beforeDelete guard/,
    )
  })

  it('refuses to review its own accounts collection', () => {
    const options = { collections: { members: {} }, usersSlug: 'members', ...checks } as never
    expect(() => medicalReview(options)(site)).toThrow(/members is the usersSlug .* cannot also be under review/)
  })

  it('carries no field or role name of the demo site in its source', () => {
    const offenders = sourceFiles(path.join(ROOT, 'src')).flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8')
      return /reviewerProfile|doc\.title\b|doc\.question\b|\.roles\b|'(?:articles|faqs|trials)'/.test(text)
        ? [path.relative(ROOT, file)]
        : []
    })
    expect(offenders).toEqual([])
  })
})
