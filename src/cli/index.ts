#!/usr/bin/env node
// The CLI's entry: small on purpose. It turns on Node's compile cache where the runtime has one
// (Node >= 22.1: later runs skip compiling the engine), then parses the arguments; the engine is
// imported only by the command that needs it.
import nodeModule from 'node:module'
import { runCli } from './main.js'

const withCache = nodeModule as typeof nodeModule & { enableCompileCache?: (dir?: string) => unknown }
try {
  withCache.enableCompileCache?.()
} catch {
  // A cache that cannot be written (read-only temp folder) only costs speed.
}

runCli(process.argv.slice(2)).then(code => {
  process.exitCode = code
})
