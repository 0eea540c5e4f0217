import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import type { createScanner } from '../../src/claims/index.js'

/**
 * The engine as it was before the generalisation work (commit 1b92c40), read from git into a
 * temporary directory outside the repository, so eval and bench can print old and new side by
 * side without a second copy of the old engine in the tree. It is compiled to JavaScript by the
 * TypeScript compiler with the plugin build's options, as the shipped engine is (`dist/`), so a
 * bench of the two compares engines, not loaders.
 */

export const OLD_ENGINE_REV = '1b92c40'

const BUILD_CONFIG = fileURLToPath(new URL('../../tsconfig.build.json', import.meta.url))

function buildCompilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(BUILD_CONFIG, ts.sys.readFile)
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(BUILD_CONFIG)).options
}

export async function loadOldEngine(): Promise<typeof createScanner | null> {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' })
    const files = git('ls-tree', '-r', '--name-only', OLD_ENGINE_REV, 'src/claims')
      .split('\n')
      .filter((file) => file.endsWith('.ts'))
    const root = mkdtempSync(join(tmpdir(), 'claims-old-'))
    const compilerOptions = buildCompilerOptions()
    for (const file of files) {
      const target = join(root, file.replace(/\.ts$/, '.js'))
      mkdirSync(dirname(target), { recursive: true })
      const source = git('show', `${OLD_ENGINE_REV}:${file}`)
      writeFileSync(target, ts.transpileModule(source, { compilerOptions, fileName: file }).outputText)
    }
    const engine = (await import(pathToFileURL(join(root, 'src/claims/index.js')).href)) as {
      createScanner: typeof createScanner
    }
    return engine.createScanner
  } catch {
    return null
  }
}
