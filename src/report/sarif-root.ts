// Where SARIF paths start: code scanning resolves a result's URI from the repository root, so an
// audit of a sub-folder prefixes its paths with the folder's place in the repository.
import { execFile } from 'node:child_process'
import { realpath } from 'node:fs/promises'
import path from 'node:path'

function gitTopLevel(dir: string): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile(
      'git',
      ['-C', dir, 'rev-parse', '--show-toplevel'],
      { timeout: 15_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout) => resolve(error ? undefined : String(stdout).trim() || undefined)
    )
  })
}

/**
 * The audited folder relative to `explicitRoot` (the CLI's --sarif-root), else to the git top level
 * of the folder, with "/" separators; '' when it is the root itself, or when the folder is not inside
 * that root (then paths stay relative to the audited folder).
 */
export async function sarifPathPrefix(auditedRoot: string, explicitRoot?: string): Promise<string> {
  const real = await realpath(auditedRoot).catch(() => path.resolve(auditedRoot))
  const top = explicitRoot ?? (await gitTopLevel(real))
  if (!top) return ''
  const root = await realpath(top).catch(() => path.resolve(top))
  const rel = path.relative(root, real)
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return ''
  return rel.split(path.sep).join('/')
}
