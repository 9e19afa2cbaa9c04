// Where SARIF paths start: code scanning resolves a result's URI from the repository root, so an
// audit of a sub-folder prefixes its paths with the folder's place in the repository.
// child_process and fs/promises are loaded when a SARIF report asks (Node compiles each built-in
// module on first load, child_process with its networking modules): other audits never need them.
import path from 'node:path'

async function gitTopLevel(dir: string): Promise<string | undefined> {
  const { execFile } = await import('node:child_process')
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
  const { realpath } = await import('node:fs/promises')
  const real = await realpath(auditedRoot).catch(() => path.resolve(auditedRoot))
  const top = explicitRoot ?? (await gitTopLevel(real))
  if (!top) return ''
  const root = await realpath(top).catch(() => path.resolve(top))
  const rel = path.relative(root, real)
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return ''
  return rel.split(path.sep).join('/')
}
