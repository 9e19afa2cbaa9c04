// The CLI: parses the arguments first, then loads only what the command needs. `--version` and
// `--help` load nothing else; `audit`, `merge` and `mof` each import their own module (a chunk of
// its own in the bundle).
import { parseCommand, SHORT_USAGE, UsageError, USAGE } from './args.js'
import { InputError, type Io } from './io.js'
import { VERSION } from '../version.js'

export type { Io } from './io.js'

const defaultIo: Io = {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  env: process.env
}

/** Runs the CLI and returns its exit status: 0 pass, 1 fail, 2 usage or configuration error. */
export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const cmd = parseCommand(argv)
    switch (cmd.kind) {
      case 'help':
        io.stdout(USAGE + '\n')
        return 0
      case 'version':
        io.stdout(VERSION + '\n')
        return 0
      case 'audit':
        return await (await import('./audit-command.js')).runAudit(cmd, io)
      case 'merge':
        return await (await import('./merge-command.js')).runMerge(cmd, io)
      case 'mof':
        return await (await import('./mof-command.js')).runMof(cmd, io)
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`model-openness: ${err.message}\n\n${SHORT_USAGE}\n`)
      return 2
    }
    if (err instanceof InputError) {
      io.stderr(`model-openness: ${err.message}\n`)
      return 2
    }
    // An unexpected failure is ours, not the user's: say so plainly, without a stack trace unless asked.
    io.stderr(`model-openness: internal error: ${(err as Error).message}\n`)
    if (process.env['MODEL_OPENNESS_DEBUG']) io.stderr(String((err as Error).stack) + '\n')
    return 2
  }
}
