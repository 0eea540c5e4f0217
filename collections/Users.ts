import type { CollectionConfig } from 'payload'

import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin.js'
import { guardRoles } from '../hooks/guardRoles.js'
import { throttleForgotPassword } from '../hooks/throttleForgotPassword.js'
import { adminOnly, hasRole, isStaff, ROLES } from './roles.js'

export const Users: CollectionConfig = {
  slug: 'users',
  // Payload's reset-email throttle writes outside the transaction, which SQLite cannot do while it
  // is open; throttleForgotPassword does the same job inside it.
  auth: { useSessions: true, forgotPassword: { minRequestInterval: 0 } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: 'Team' },
  access: {
    // Staff see each other (author and reviewer names); readers and sites see nobody.
    read: ({ req }) => isStaff(req.user) || (req.user ? { id: { equals: req.user.id } } : false),
    create: adminOnly,
    update: ({ req }) => hasRole(req.user, 'admin') || (req.user ? { id: { equals: req.user.id } } : false),
    delete: adminOnly,
    admin: ({ req }) => isStaff(req.user),
  },
  hooks: { beforeOperation: [guardRoles, throttleForgotPassword], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      defaultValue: ['writer'],
      required: true,
      saveToJWT: true,
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
      admin: { description: 'Only admins change roles.' },
    },
    {
      name: 'reviewerProfile',
      type: 'group',
      admin: {
        description: 'Printed on sign-offs and public bylines ("Medically reviewed by ...").',
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('reviewer'),
      },
      fields: [
        { name: 'displayName', type: 'text', admin: { placeholder: 'Dr Jane Doe' } },
        { name: 'credentials', type: 'text', admin: { placeholder: 'MD, PhD' } },
        { name: 'specialty', type: 'text', admin: { placeholder: 'Neurology' } },
      ],
    },
  ],
}
