#!/usr/bin/env node
// Node 20 cannot run TypeScript: register tsx's loader, then run the claim scanner's CLI.
import { register } from 'tsx/esm/api'

register()
await import('../src/claims/cli.ts')
