#!/usr/bin/env node
// The CLI's entry: small on purpose. It turns on compile caching (later runs skip compiling the
// engine; see compile-cache.ts), then parses the arguments; the engine is imported only by the
// command that needs it.
import { enableCompileCache } from './compile-cache.js'
import { runCli } from './main.js'
import { startShortRun } from './short-run.js'
import { VERSION } from '../version.js'

enableCompileCache(process.argv[1], VERSION)
startShortRun(process.env)

runCli(process.argv.slice(2)).then(code => {
  process.exitCode = code
})
