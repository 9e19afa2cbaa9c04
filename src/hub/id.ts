// Hub model references as users write them: `hf:OWNER/NAME[@REVISION]` on the command line, and
// `OWNER/NAME[@REVISION]` (or `hf:…`) one a line in a `--models` file or the action's `models` input.

export interface HubRef {
  /** OWNER/NAME (or NAME for the few legacy models without an owner). */
  id: string
  /** A branch, tag or commit; undefined means the repository's default branch. */
  revision?: string
}

/** The Hub's own shape for names: letters, digits, `-`, `_`, `.`, at most 96 characters each part. */
const NAME_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9_-])?$/
/** Branches and tags (`main`, `v1.0`, `refs/pr/3`) and commit hashes; never `..`, spaces or controls. */
const REVISION = /^[A-Za-z0-9._/-]{1,200}$/

export class HubRefError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HubRefError'
  }
}

export function isHubPath(arg: string): boolean {
  return arg.startsWith('hf:')
}

/** Parses `OWNER/NAME[@REV]` (with or without `hf:`); throws HubRefError saying what is wrong. */
export function parseHubRef(text: string): HubRef {
  const shown = text.length > 120 ? `${text.slice(0, 120)}…` : text
  const raw = text.trim().replace(/^hf:/, '')
  const at = raw.indexOf('@')
  const id = at < 0 ? raw : raw.slice(0, at)
  const revision = at < 0 ? undefined : raw.slice(at + 1)
  const parts = id.split('/')
  if (parts.length > 2 || !parts.every(p => NAME_PART.test(p) && !p.includes('..')))
    throw new HubRefError(`'${shown}' is not a Hub model id: write OWNER/NAME, optionally @REVISION`)
  if (revision !== undefined) {
    if (
      !REVISION.test(revision) ||
      revision.includes('..') ||
      revision.startsWith('/') ||
      revision.endsWith('/')
    )
      throw new HubRefError(`'${shown}': '@' must be followed by a branch, tag or commit`)
  }
  return revision === undefined ? { id } : { id, revision }
}

/** `hf:OWNER/NAME` or `hf:OWNER/NAME@REV`: how a Hub model is named in reports and messages. */
export function hubLabel(ref: HubRef): string {
  return `hf:${ref.id}${ref.revision ? `@${ref.revision}` : ''}`
}

/**
 * A list of models, one a line: `#` starts a comment, blank lines are skipped, `hf:` is optional.
 * Throws HubRefError naming the line of the first id that is not one.
 */
export function parseModelList(text: string, source: string): HubRef[] {
  const refs: HubRef[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const hash = lines[i].indexOf('#')
    const line = (hash < 0 ? lines[i] : lines[i].slice(0, hash)).trim()
    if (!line) continue
    try {
      refs.push(parseHubRef(line))
    } catch (err) {
      throw new HubRefError(`${source}:${i + 1}: ${(err as Error).message}`)
    }
  }
  return refs
}
