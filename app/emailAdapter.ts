import type { EmailAdapter, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import fs from 'node:fs/promises'
import path from 'node:path'

/** The file mail goes to without SMTP_HOST (MAIL_LOG, default data/mail.log). */
export const mailLogPath = (): string => path.resolve(process.env.MAIL_LOG || 'data/mail.log')

const addresses = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .map((entry) => (typeof entry === 'string' ? entry : entry?.address))
    .filter(Boolean)
    .join(', ')

/**
 * Without an SMTP server, each message is appended whole to the mail log and noted in one debug line:
 * the demo's review emails would otherwise bury the start-up output, and links in them stay readable.
 */
const mailLogAdapter = (file: string): EmailAdapter => ({ payload }) => ({
  name: 'mail-log',
  defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'cms@example.com',
  defaultFromName: process.env.EMAIL_FROM_NAME || 'Health CMS',
  sendEmail: async (message) => {
    const to = addresses(message.to)
    const body = String(message.text ?? message.html ?? '')
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.appendFile(file, `--- ${new Date().toISOString()}\nTo: ${to}\nSubject: ${message.subject}\n\n${body}\n\n`)
    payload.logger.debug(`mail to ${to}: "${message.subject}" (in ${file})`)
  },
})

/** Mail goes over SMTP when SMTP_HOST is set; otherwise to the mail log. */
export const emailAdapter = (): EmailAdapter | Promise<EmailAdapter> => {
  const host = process.env.SMTP_HOST
  if (!host) return mailLogAdapter(mailLogPath())
  const port = Number(process.env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'cms@example.com',
    defaultFromName: process.env.EMAIL_FROM_NAME || 'Health CMS',
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: process.env.SMTP_SECURE === 'true',
      ignoreTLS: process.env.SMTP_SECURE !== 'true' && process.env.SMTP_STARTTLS === 'false',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
