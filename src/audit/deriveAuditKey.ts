import { hkdfSync } from 'node:crypto'

// A fixed label: the audit key differs from every other key drawn from the same secret.
const LABEL = 'payload-medical-review/audit-chain/v1'

/**
 * The audit chain's HMAC key drawn from the Payload secret (HKDF-SHA256, 32 bytes, hex). The
 * secret lives in the environment, not the database, so a database writer cannot re-key the chain.
 */
export const deriveAuditKey = (payloadSecret: string): string => {
  if (typeof payloadSecret !== 'string' || payloadSecret.length === 0) {
    throw new Error('deriveAuditKey: the Payload secret is empty')
  }
  return Buffer.from(hkdfSync('sha256', payloadSecret, '', LABEL, 32)).toString('hex')
}
