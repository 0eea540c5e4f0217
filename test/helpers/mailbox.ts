import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type Mail = { to: string[]; subject: string; raw: string }

export type Mailbox = {
  port: number
  messages: Mail[]
  /** Waits (bounded) for a message whose subject (or, with `within: 'raw'`, whole text) contains `text`. */
  waitFor: (text: string, timeoutMs?: number, within?: 'raw' | 'subject') => Promise<Mail>
  close: () => Promise<void>
}

/** A real SMTP server on an ephemeral port that keeps what it receives. */
export const startMailbox = async (): Promise<Mailbox> => {
  const messages: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? ''
        messages.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject, raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const waitFor = async (text: string, timeoutMs = 5000, within: 'raw' | 'subject' = 'subject') => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const found = messages.find((mail) => mail[within].includes(text))
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error(`no mail with "${text}" within ${timeoutMs} ms; got: ${messages.map((mail) => mail.subject).join(' | ')}`)
  }
  return { port, messages, waitFor, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
