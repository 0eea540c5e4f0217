import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { createScanner } from '../../src/claims/index.js'

/**
 * The engine as it was before the generalisation work (commit 1b92c40), read from git into a
 * temporary directory outside the repository, so eval and bench can print old and new side by
 * side without a second copy of the old engine in the tree.
 */

export const OLD_ENGINE_REV = '1b92c40'

export async function loadOldEngine(): Promise<typeof createScanner | null> {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' })
    const files = git('ls-tree', '-r', '--name-only', OLD_ENGINE_REV, 'src/claims')
      .split('\n')
      .filter((file) => file.endsWith('.ts'))
    const root = mkdtempSync(join(tmpdir(), 'claims-old-'))
    for (const file of files) {
      const target = join(root, file)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, git('show', `${OLD_ENGINE_REV}:${file}`))
    }
    const engine = (await import(pathToFileURL(join(root, 'src/claims/index.ts')).href)) as {
      createScanner: typeof createScanner
    }
    return engine.createScanner
  } catch {
    return null
  }
}
