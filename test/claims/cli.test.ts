import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/claims/cli-run.js'
import type { Finding } from '../../src/claims/index.js'

const dir = mkdtempSync(join(tmpdir(), 'medreview-'))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => 'It cures MS.',
  })
  return { code, stdout, stderr }
}

describe('medreview CLI', () => {
  const text = file('article.txt', 'Intro line.\n\nKYV-101 “cures” MS. It is not a miracle.\n')

  it('prints only {"findings": [...]} with --json, offsets into the file', () => {
    const { code, stdout, stderr } = run(text, '--json')
    const parsed = JSON.parse(stdout) as { findings: Finding[] }
    expect(Object.keys(parsed)).toEqual(['findings'])
    const source = 'Intro line.\n\nKYV-101 “cures” MS. It is not a miracle.\n'
    for (const finding of parsed.findings)
      expect(source.slice(finding.start, finding.end)).toBe(finding.text)
    expect(code).toBe(1)
    expect(stderr).toBe('')
  })

  it('lists line:column, category, severity, polarity and sentence for people', () => {
    const { stdout } = run(text)
    expect(stdout).toContain(`${text}:3:10  error`)
    expect(stdout).toContain('cure_remission  affirmed  "cures"')
    expect(stdout).toContain('hype_sensational  negated')
    expect(stdout).toContain('KYV-101 “cures” MS.')
  })

  it('exits 0 without error-level findings and 2 on bad usage', () => {
    expect(run(file('calm.md', 'A miracle? Not quite.\n')).code).toBe(0)
    expect(run(file('none.txt', 'Nothing to see.\n')).code).toBe(0)
    expect(run().code).toBe(2)
    expect(run('--nope', text).code).toBe(2)
    expect(run(text, text).code).toBe(2)
    expect(run(join(dir, 'missing.txt')).code).toBe(2)
    expect(run(file('bad.json', '{"root": [')).code).toBe(2)
    expect(
      run(text, '--config', file('bad-config.json', '{"rules": {"disable": ["nope"]}}')).code,
    ).toBe(2)
  })

  it('fails a Markdown file whose claim is typed as character references, at its place in the file', () => {
    const source = '# Our drops\n\nThey &#99;ure MS in a week.\n'
    const { code, stdout } = run(file('disguised.md', source), '--json')
    const cure = (JSON.parse(stdout) as { findings: Finding[] }).findings.find((f) => f.category === 'cure_remission')!
    expect(cure).toMatchObject({ severity: 'error', text: source.slice(cure.start, cure.end) })
    expect(cure.text).toContain('&#99;ure')
    expect(code).toBe(1)
  })

  it('reads options and a watch list', () => {
    const config = file('config.json', JSON.stringify({ rules: { disable: ['cure_remission'] } }))
    const { stdout } = run(text, '--json', '--config', config, '--watch', 'KYV-101')
    const categories = (JSON.parse(stdout) as { findings: Finding[] }).findings.map(
      (f) => f.category,
    )
    expect(categories).not.toContain('cure_remission')
    expect(run(file('w.txt', 'KYV-101 works.'), '--json', '--watch', 'KYV-101').stdout).toContain(
      'regulatory_status.watch-list',
    )
  })

  it('reports Lexical findings at their place in the JSON file', () => {
    const source = JSON.stringify(
      {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [{ type: 'text', text: 'Caf\u00e9 \u201cMS\u201d: it cures MS.' }],
            },
          ],
        },
      },
      null,
      2,
    ).replace('é', '\\u00e9')
    const path = file('state.json', source)
    const { code, stdout } = run(path, '--json')
    const [finding] = (JSON.parse(stdout) as { findings: Finding[] }).findings
    expect(code).toBe(1)
    expect(source.slice(finding!.start, finding!.end)).toMatch(/^cures/)
    expect(finding!.node?.path).toBe('root.children[0].children[0]')
  })

  it('reads standard input for "-"', () => {
    expect(JSON.parse(run('-', '--json').stdout).findings).toHaveLength(1)
  })
})
