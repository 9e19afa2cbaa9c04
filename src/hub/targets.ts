// What an audit run covers when it is more than one folder: Hub models (`hf:OWNER/NAME[@REV]`),
// folders, and the ids of a `--models` file (one a line). Shared by the CLI and the action.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { HubClient } from './client.js'
import { createDeadline, DEFAULT_API_DEADLINE_MS, type Deadline } from './deadline.js'
import { hubLabel, isHubPath, parseHubRef, parseModelList, type HubRef } from './id.js'
import type { AuditTarget } from './audit-hub.js'

/** A target that cannot be audited as given (exit 2). */
export class TargetError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TargetError'
  }
}

const MAX_LIST_BYTES = 1024 * 1024

/** Reads a list of Hub ids (one a line, `#` comments). */
export async function readModelList(file: string, cwd: string): Promise<HubRef[]> {
  const abs = path.resolve(cwd, file)
  let text: string
  try {
    const st = await fs.stat(abs)
    if (!st.isFile())
      throw new TargetError(`${file}: not a file (--models takes a file of Hub ids, one a line)`)
    if (st.size > MAX_LIST_BYTES)
      throw new TargetError(`${file}: larger than 1 MiB; a list of models is one id a line`)
    text = await fs.readFile(abs, 'utf8')
  } catch (err) {
    if (err instanceof TargetError) throw err
    throw new TargetError(`${file}: no such file`)
  }
  const refs = parseModelList(text.replace(/^\uFEFF/, ''), file)
  if (refs.length === 0) throw new TargetError(`${file}: lists no model (one OWNER/NAME a line)`)
  return refs
}

export function hubTarget(ref: HubRef): AuditTarget {
  return { kind: 'hub', label: hubLabel(ref), ref }
}

/** The targets of `audit PATH… [--models FILE]`, each once, in the order given. */
export async function collectTargets(
  paths: readonly string[],
  modelsFile: string | undefined,
  cwd: string
): Promise<AuditTarget[]> {
  const targets: AuditTarget[] = []
  for (const p of paths) {
    if (isHubPath(p)) {
      targets.push(hubTarget(parseHubRef(p)))
      continue
    }
    const root = path.resolve(cwd, p)
    const st = await fs.stat(root).catch(() => undefined)
    if (!st) throw new TargetError(`${p}: no such folder`)
    if (!st.isDirectory())
      throw new TargetError(`${p}: not a folder (audit takes the folder that holds the model)`)
    const label = path.relative(cwd, root).split(path.sep).join('/') || '.'
    targets.push({ kind: 'folder', label, root })
  }
  if (modelsFile) for (const ref of await readModelList(modelsFile, cwd)) targets.push(hubTarget(ref))
  const seen = new Set<string>()
  return targets.filter(t => (seen.has(t.label) ? false : (seen.add(t.label), true)))
}

/**
 * The Hub as the environment names it (HF_ENDPOINT, HF_TOKEN), with one deadline for every request
 * of the run, started on first use.
 */
export class HubSession {
  private deadline?: Deadline
  private instance?: HubClient

  constructor(
    private readonly env: Record<string, string | undefined>,
    private readonly deadlineMs: number = DEFAULT_API_DEADLINE_MS,
    private readonly fetchImpl?: typeof fetch
  ) {}

  get endpoint(): string | undefined {
    return this.env['HF_ENDPOINT']?.trim() || undefined
  }

  readonly client = (): HubClient => {
    if (!this.instance) {
      this.deadline = createDeadline(this.deadlineMs)
      const token = (this.env['HF_TOKEN'] || this.env['HUGGING_FACE_HUB_TOKEN'] || '').trim()
      this.instance = new HubClient({
        endpoint: this.endpoint,
        token: token || undefined,
        deadline: this.deadline,
        fetchImpl: this.fetchImpl
      })
    }
    return this.instance
  }

  dispose(): void {
    this.deadline?.dispose()
  }
}
