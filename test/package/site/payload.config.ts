import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Access, type PayloadRequest } from 'payload'
import { medicalReview, type MedicalReviewOptions } from 'payload-medical-review'
import { medicalReviewDelivery } from 'payload-medical-review/delivery'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// This site's own account model: one `role` per account, and subscribers who only read.
type Account = { role?: string } | null | undefined
const roleOf = (user: PayloadRequest['user']) => (user as Account)?.role
const isEditorial = (user: PayloadRequest['user']) => ['editor', 'doctor', 'owner'].includes(roleOf(user) ?? '')
const editorialOrPublished: Access = ({ req }) => isEditorial(req.user) || { _status: { equals: 'published' } }
const editorial: Access = ({ req }) => isEditorial(req.user)

const review: MedicalReviewOptions = {
  collections: { posts: {} },
  usersSlug: 'accounts',
  isStaff: (user) => isEditorial(user),
  isReviewer: (user) => roleOf(user) === 'doctor',
  isAdmin: (user) => roleOf(user) === 'owner',
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'stranger-site-test-secret-0123456789abcdef',
  serverURL: process.env.SERVER_URL,
  db: sqliteAdapter({
    client: { url: process.env.DATABASE_URI || 'file:./site.db' },
    migrationDir: path.resolve(dirname, 'migrations'),
    push: false,
  }),
  editor: lexicalEditor(),
  admin: { user: 'accounts', importMap: { baseDir: dirname } },
  collections: [
    {
      slug: 'accounts',
      auth: true,
      admin: { useAsTitle: 'email' },
      access: { create: ({ req }) => roleOf(req.user) === 'owner', read: ({ req }) => Boolean(req.user) },
      fields: [
        { name: 'fullName', type: 'text' },
        {
          name: 'role',
          type: 'select',
          defaultValue: 'subscriber',
          options: ['owner', 'editor', 'doctor', 'subscriber'],
          access: { update: ({ req }) => roleOf(req.user) === 'owner' },
        },
      ],
    },
    {
      slug: 'posts',
      admin: { useAsTitle: 'headline' },
      versions: { drafts: true },
      access: { read: editorialOrPublished, create: editorial, update: editorial, delete: editorial },
      fields: [
        { name: 'headline', type: 'text', required: true },
        { name: 'content', type: 'richText' },
        { name: 'writer', type: 'relationship', relationTo: 'accounts' },
      ],
    },
    {
      slug: 'pages',
      admin: { useAsTitle: 'name' },
      access: { read: () => true },
      fields: [{ name: 'name', type: 'text' }],
    },
  ],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  plugins: [medicalReview(review), medicalReviewDelivery({ review })],
})
