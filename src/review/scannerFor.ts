import { type ClaimScanner, createScanner, type ScannerOptions } from '../claims/index.js'

const compiled = new WeakMap<ScannerOptions, ClaimScanner>()
let plain: ClaimScanner | undefined

/**
 * The compiled claim scanner for these options, compiled once per options object: the workflow
 * plugin, the delivery plugin and config reloads share it (compiling the rule pack takes a
 * second or more of start-up).
 */
export const scannerFor = (claims?: ScannerOptions): ClaimScanner => {
  if (!claims) return (plain ??= createScanner({}))
  const cached = compiled.get(claims)
  if (cached) return cached
  const scanner = createScanner(claims)
  compiled.set(claims, scanner)
  return scanner
}
