// Audits each bundled example with the bundled CLI and prints its report. Exit 0 whatever the
// verdicts are: the examples are meant to show passing and failing repositories.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'

const cli = 'dist/cli/index.js'
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run 'npm run bundle' first.`)
  process.exit(1)
}
for (const name of readdirSync('examples').sort()) {
  console.log(`\n$ model-openness audit examples/${name}`)
  const r = spawnSync(process.execPath, [cli, 'audit', `examples/${name}`, '--format', 'text'], {
    stdio: 'inherit'
  })
  console.log(`(exit status ${r.status})`)
}
