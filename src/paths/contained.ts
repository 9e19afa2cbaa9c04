// Paths the action is told to read or write (inputs `path`, `config`, `report-file`, `sarif-file`)
// stay inside the folders it may use: the workspace, and for outputs also the runner's temp folder.
// Symbolic links are resolved before the check, and an output is never written through one: a
// pull request could commit `report.json -> /home/runner/.bashrc`.
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'
import { isInside } from '../discover/safe-fs.js'

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files not yet written). */
export async function realPathOrAncestor(p: string): Promise<string> {
  const missing: string[] = []
  let cur = path.resolve(p)
  for (;;) {
    try {
      const real = await fs.realpath(cur)
      return missing.length > 0 ? path.join(real, ...missing.reverse()) : real
    } catch {
      const parent = path.dirname(cur)
      if (parent === cur) return path.resolve(p)
      missing.push(path.basename(cur))
      cur = parent
    }
  }
}

/** Whether `p` (symbolic links resolved) lies inside one of `bases`. */
export async function isContained(p: string, bases: readonly string[]): Promise<boolean> {
  const real = await realPathOrAncestor(p)
  for (const b of bases) if (isInside(await realPathOrAncestor(b), real)) return true
  return false
}

export class UnsafeWriteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsafeWriteError'
  }
}

/**
 * Writes `text` to `file`, creating its folder, never following a symbolic link at the file itself
 * (O_NOFOLLOW; where the platform lacks it, an lstat check first).
 */
export async function writeFileNoFollow(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const st = await fs.lstat(file).catch(() => undefined)
  if (st?.isSymbolicLink())
    throw new UnsafeWriteError(
      `${path.basename(file)} is a symbolic link; the report is never written through one`
    )
  if (st && !st.isFile())
    throw new UnsafeWriteError(`${path.basename(file)} exists and is not a regular file`)
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0)
  let handle: fs.FileHandle
  try {
    handle = await fs.open(file, flags, 0o644)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UnsafeWriteError(
        `${path.basename(file)} is a symbolic link; the report is never written through one`
      )
    throw err
  }
  try {
    await handle.writeFile(text)
  } finally {
    await handle.close()
  }
}
