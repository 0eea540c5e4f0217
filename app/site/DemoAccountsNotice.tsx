import type { ServerProps } from 'payload'

import React from 'react'

import { isProduction } from '../env.js'
import { findDemoAccounts } from './demoAccounts.js'

/**
 * Above the login form outside production, once the demo is loaded: which demo accounts exist and
 * where their password is. Never the password itself: the page is public.
 */
export const DemoAccountsNotice = async ({ payload }: ServerProps) => {
  if (isProduction()) return null
  const emails = await findDemoAccounts(payload)
  if (emails.length === 0) return null
  return (
    <div style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <p>
        <strong>Demo accounts:</strong> {emails.join(', ')}.
      </p>
      <p>
        Their password is <code>SEED_PASSWORD</code>, or the one generated at first start: the server shows it in its
        ready message.
      </p>
    </div>
  )
}
