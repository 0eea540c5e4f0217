import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Beside the dev secret: a generated demo password, per database, so every ready message can show it again.
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/.demo-passwords.json')

const kept = (): Record<string, string> => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {})

export const keptDemoPassword = (databaseUri: string): string | undefined => kept()[databaseUri]

export const keepDemoPassword = (databaseUri: string, password: string): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify({ ...kept(), [databaseUri]: password }, null, 2), { mode: 0o600 })
}

/** The demo accounts' password, or where to find it, for the ready message. */
export const demoPasswordHint = (databaseUri: string): string => {
  if (process.env.SEED_PASSWORD) return `${process.env.SEED_PASSWORD} (SEED_PASSWORD)`
  const password = keptDemoPassword(databaseUri)
  return password ? `${password} (generated when the demo was loaded)` : 'the one printed when the demo was loaded'
}
