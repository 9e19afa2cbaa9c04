// What the CLI commands share: where output goes, writing a report to a file, choosing colour.
import { promises as fs } from 'node:fs'
import path from 'node:path'

export interface Io {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  /** Standard output is a terminal: colour the text report (unless NO_COLOR). Default false. */
  isTTY?: boolean
  /** The terminal's width, for wrapping the text report. */
  columns?: number
  /** The environment (NO_COLOR, FORCE_COLOR, HF_ENDPOINT). Default: none. */
  env?: Record<string, string | undefined>
}

/** A mistake in what the user asked for that the usage text would not help with (exit 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Writes a report to standard output or to a file; a long report may come in pieces (see renderJsonChunks). */
export async function emit(
  io: Io,
  text: string | Iterable<string>,
  output: string | undefined
): Promise<void> {
  if (!output) {
    if (typeof text === 'string') io.stdout(text)
    else for (const piece of text) io.stdout(piece)
    return
  }
  const file = path.resolve(io.cwd, output)
  try {
    await fs.writeFile(file, text)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const dir = path.dirname(output) || '.'
    const why =
      code === 'ENOENT'
        ? `the folder ${dir} does not exist`
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'ENOTDIR'
              ? `${dir} is not a folder`
              : (err as Error).message
    throw new InputError(`cannot write ${output}: ${why}`)
  }
}

/** Reads a file the user named, with a message that says what went wrong. */
export async function readInput(io: Io, file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(path.resolve(io.cwd, file), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : code === 'EISDIR'
          ? `${file}: is a folder, not ${what}`
          : `${file}: cannot read the file (${code ?? (err as Error).message})`
    )
  }
}

/**
 * Colour: --color/--no-color win; else NO_COLOR (non-empty, https://no-color.org) turns it off;
 * else FORCE_COLOR (non-empty, not 0) turns it on; else a terminal turns it on unless TERM=dumb.
 * Never into a file.
 */
export function useColor(flag: boolean | undefined, io: Io, output: string | undefined): boolean {
  if (flag !== undefined) return flag
  if (output) return false
  const env = io.env ?? {}
  if (env['NO_COLOR']) return false
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return true
  // A terminal that says it cannot show escape sequences (Emacs shells, some CI logs).
  if (env['TERM'] === 'dumb') return false
  return io.isTTY === true
}

/** The text report's width: the terminal's (at most 120 columns), else 100. */
export function textWidth(io: Io): number {
  return io.isTTY && io.columns ? Math.min(io.columns, 120) : 100
}
