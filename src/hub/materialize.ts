// A Hub model, made into a private folder the engine can audit like a checkout: the files the audit
// reads are fetched (cards, licence-named files, use policies, notices, data cards, config.json and
// the card's `license_link` target); every other file is written as Git LFS stores it — an LFS file
// as its pointer, a small git file as an empty file of its listed size — so weights count as present
// and nothing large is ever downloaded. Paths from the listing are hostile input: only safe relative
// paths are written, always inside the folder.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveLicenseLink } from '../analyze/stages/license-link.js'
import { cardLicenseLinkPaths } from '../analyze/stages/linked-licenses.js'
import { parseCard } from '../card/parse-card.js'
import { roleOf, type FileRole } from '../discover/file-kinds.js'
import { LIMITS, SafeFs } from '../discover/safe-fs.js'
import { REAL_WEIGHTS_BYTES } from '../discover/weights.js'
import type { Finding } from '../types.js'
import type { HubClient, HubFile, HubModelInfo } from './client.js'
import { mapLimited } from './deadline.js'
import { hubLabel, type HubRef } from './id.js'

/** `full`: everything the audit reads; `terms`: only what says the terms (card, licences, policies). */
export type MaterializeMode = 'full' | 'terms'

/** Where a Hub model came from: lets renderers link a file to `{url}/blob/{revision}/{path}`. */
export interface HubSource {
  kind: 'hub'
  /** OWNER/NAME */
  id: string
  /** The commit audited (or the revision asked for, when the Hub gave no commit). */
  revision: string
  /** The model's page on the Hub. */
  url: string
}

export interface MaterializedModel {
  dir: string
  /** What the Hub says of the model (card data, gating). */
  info: HubModelInfo
  source: HubSource
  /** Files that could not be fetched or written, and paths refused: fail-closed findings. */
  findings: Finding[]
  /** Repository paths fetched (for tests and logs). */
  fetched: string[]
  cleanup: () => Promise<void>
}

const TERMS_ROLES: ReadonlySet<FileRole> = new Set(['license', 'use-policy', 'notice', 'card'])
const READ_ROLES: ReadonlySet<FileRole> = new Set([...TERMS_ROLES, 'data-card'])
/** The analysis reads a config.json below this size to tell an architecture description (facts stage). */
const CONFIG_JSON_READ_BYTES = 256 * 1024
/** A placeholder never claims more than this: only the 1 MiB "real weights" threshold matters. */
const MAX_PLACEHOLDER_BYTES = 1024 * 1024 * 1024
const CONCURRENCY = 4

/** Whether the audit reads a file's content (so it is fetched), from the discovery's file kinds. */
export function auditReads(file: HubFile, mode: MaterializeMode): boolean {
  const role = roleOf(file.path)
  if (mode === 'terms') return TERMS_ROLES.has(role)
  if (READ_ROLES.has(role)) return true
  return (
    file.path.split('/').pop() === 'config.json' &&
    (file.size === undefined || file.size < CONFIG_JSON_READ_BYTES)
  )
}

/** A path as the Hub lists it, checked: a plain relative path of plain names, or the reason not. */
export function checkRepoPath(p: string): string | null {
  if (p.length === 0) return 'an empty path'
  if (p.length > 1024) return 'a path longer than 1024 characters'
  if (p.includes('\\')) return 'a path with a backslash'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(p)) return 'a path with a control character'
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return 'an absolute path'
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') return 'a path with an empty or "." segment'
    if (seg === '..') return 'a path that climbs out with ".."'
    if (seg === '.git') return 'a path inside .git'
    if (Buffer.byteLength(seg) > 255) return 'a path with a name longer than 255 bytes'
  }
  return null
}

/** A listed path shown in a message: control characters escaped, length capped. */
function shown(p: string): string {
  // eslint-disable-next-line no-control-regex
  const s = p.replace(/[\u0000-\u001f\u007f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return s.length > 160 ? `${s.slice(0, 160)}…` : s
}

/** The pointer file Git LFS keeps in git for an object (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
export function lfsPointer(oid: string, size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`
}

function unreadable(label: string, file: string, why: string): Finding {
  return {
    rule: 'hub/unreadable-file',
    category: 'unsafe-path',
    severity: 'error',
    message: `${file} of ${label} could not be fetched from the Hub (${why}); the audit cannot tell what it says, so it fails closed.`,
    file
  }
}

/** The files a card names as its terms: its `license_link`, and its text's links to licences. */
export function cardLinkedPaths(cardPath: string, text: string): string[] {
  const { card } = parseCard(cardPath, text)
  const paths = cardLicenseLinkPaths(card)
  const link = card.metadata['license_link']
  if (typeof link === 'string') {
    const target = resolveLicenseLink(link, cardPath)
    if (target.kind === 'path') paths.push(target.path)
  }
  return paths
}

export interface MaterializeOptions {
  mode?: MaterializeMode
}

export async function materializeHubModel(
  client: HubClient,
  ref: HubRef,
  opts: MaterializeOptions = {}
): Promise<MaterializedModel> {
  const mode = opts.mode ?? 'full'
  const label = hubLabel(ref)
  const info = await client.modelInfo(ref)
  // Everything is read at one commit, so a push during the audit cannot mix two versions.
  const revision = info.sha ?? ref.revision ?? 'main'
  const listed = await client.listFiles(ref, revision, LIMITS.maxFiles + 1)
  const files = listed?.files ?? info.siblings
  const sizesKnown = listed !== undefined || info.siblings.some(s => s.size !== undefined)
  const source: HubSource = { kind: 'hub', id: ref.id, revision, url: client.modelUrl(ref.id) }

  const findings: Finding[] = []
  const safeFiles: HubFile[] = []
  const seen = new Set<string>()
  for (const f of files) {
    const problem = checkRepoPath(f.path)
    if (problem) {
      findings.push({
        rule: 'unsafe-path',
        category: 'unsafe-path',
        severity: 'error',
        message: `The Hub lists a file of ${label} at "${shown(f.path)}", ${problem}; it was neither written nor read.`
      })
      continue
    }
    if (seen.has(f.path)) continue
    seen.add(f.path)
    safeFiles.push(f)
  }
  const wanted = safeFiles.filter(f => mode === 'full' || auditReads(f, mode))

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'model-openness-hub-'))
  const cleanup = () => fs.rm(dir, { recursive: true, force: true })
  const fetched: string[] = []
  try {
    const write = async (rel: string, data: string | Buffer, size?: number): Promise<string | null> => {
      const abs = path.join(dir, ...rel.split('/'))
      // checkRepoPath already refused what could leave; this is the last word.
      if (!abs.startsWith(dir + path.sep)) return 'it would be written outside the private folder'
      try {
        await fs.mkdir(path.dirname(abs), { recursive: true })
        // 'wx': two listed names that collide (a file and a folder, or case on some systems) never overwrite.
        await fs.writeFile(abs, data, { flag: 'wx' })
        if (size !== undefined && size > Buffer.byteLength(data)) await fs.truncate(abs, size)
        return null
      } catch (err) {
        return `it could not be written (${(err as NodeJS.ErrnoException).code ?? 'error'})`
      }
    }

    const fetchInto = async (f: HubFile): Promise<void> => {
      const r = await client.fetchFile(ref, revision, f.path, LIMITS.maxTextBytes)
      if (!r.ok) {
        findings.push(unreadable(label, f.path, r.reason))
        return
      }
      // A file past the engine's cap keeps its listed size, so the engine sees it cut as in a checkout.
      if (!r.truncated && f.size !== undefined && r.bytes.length < f.size) {
        findings.push(unreadable(label, f.path, `the Hub sent ${r.bytes.length} of its ${f.size} bytes`))
        return
      }
      const bad = await write(
        f.path,
        r.bytes,
        r.truncated ? Math.min(f.size ?? 0, MAX_PLACEHOLDER_BYTES) : undefined
      )
      if (bad) findings.push(unreadable(label, f.path, bad))
      else fetched.push(f.path)
    }

    const toRead = wanted.filter(f => auditReads(f, mode))
    await mapLimited(toRead, CONCURRENCY, fetchInto)

    // A card's `license_link`, and the files its text links to as licences, are read as licences:
    // fetch them too (the analysis decides which, in cardLinkedPaths).
    const fetchedSet = new Set(fetched)
    const linked = new Set<string>()
    const safe = await SafeFs.open(dir)
    for (const card of toRead.filter(f => roleOf(f.path) === 'card' && fetchedSet.has(f.path))) {
      const r = await safe.read(card.path)
      if (r.kind !== 'text') continue
      for (const p of cardLinkedPaths(card.path, r.text)) if (!fetchedSet.has(p)) linked.add(p)
    }
    // Never weights, nor a large LFS object, whatever a link's text says: those stay pointers.
    const linkedFiles = safeFiles.filter(
      f => linked.has(f.path) && roleOf(f.path) !== 'weights' && !(f.lfs && f.lfs.size > LIMITS.maxTextBytes)
    )
    await mapLimited(linkedFiles, CONCURRENCY, fetchInto)

    const done = new Set([...toRead, ...linkedFiles].map(f => f.path))
    for (const f of wanted) {
      if (done.has(f.path)) continue
      let bad: string | null
      if (f.lfs) bad = await write(f.path, lfsPointer(f.lfs.oid, f.lfs.size))
      else {
        // Sizes unknown (an old Hub without the tree listing): a weight-named file counts as weights.
        const size = sizesKnown ? (f.size ?? 0) : roleOf(f.path) === 'weights' ? REAL_WEIGHTS_BYTES : 0
        bad = await write(f.path, '', Math.min(size, MAX_PLACEHOLDER_BYTES))
      }
      if (bad) findings.push(unreadable(label, f.path, bad))
    }
    fetched.sort()
    return { dir, info, source, findings, fetched, cleanup }
  } catch (err) {
    await cleanup().catch(() => undefined)
    throw err
  }
}
