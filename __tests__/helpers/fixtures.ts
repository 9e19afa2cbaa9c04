// Builds throwaway model repositories in temp folders from inline texts, standard licence texts
// (spdx-license-list) and, in conformance suites only, the shared corpus (read in place: corpus
// texts are never copied into the project).
import { promises as fs, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { sharedPath, sharedRoot } from './shared.js'

/** A file of the shared corpus; only for conformance suites (see describeConformance). */
export function corpus(rel: string): string {
  return readFileSync(sharedPath('corpus', rel), 'utf8')
}

/** A corpus file when the shared folder is present, else '' (for module-level constants of tests
 *  that run through itConformance and are skipped without it). */
export function corpusIfPresent(rel: string): string {
  return sharedRoot() ? corpus(rel) : ''
}

const SPDX_FULL = createRequire(import.meta.url)('spdx-license-list/full') as Record<
  string,
  { licenseText: string }
>

/**
 * A standard licence text from spdx-license-list, as a project would commit it: the copyright
 * placeholders filled in and the long lines wrapped at 80 columns.
 */
export function spdxText(id: string, holder = 'Example Lab'): string {
  const entry = SPDX_FULL[id]
  if (!entry) throw new Error(`spdx-license-list has no ${id}`)
  const filled = entry.licenseText
    .replace(/<year>/g, '2026')
    .replace(/<copyright holders>/g, holder)
    .replace(/\[yyyy\]/g, '2026')
    .replace(/\[name of copyright owner\]/g, holder)
  return filled.split('\n').map(wrap).join('\n').trimEnd() + '\n'
}

function wrap(line: string): string {
  if (line.length <= 80) return line
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > 80) {
      out.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) out.push(current)
  return out.join('\n')
}

export interface ManifestEntry {
  file: string
  kind: 'license' | 'use-policy' | 'card'
  name: string
  hf_license_id: string | null
  spdx_id: string | null
  clauses: Array<{ type: string; quote: string }>
}

export function manifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(sharedPath('corpus', 'manifest.json'), 'utf8')).entries
}

export type FileSpec = string | Buffer | { corpus: string } | { symlink: string }

export async function makeRepo(files: Record<string, FileSpec>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-repo-'))
  for (const [rel, spec] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    await fs.mkdir(path.dirname(abs), { recursive: true })
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) await fs.writeFile(abs, spec)
    else if ('corpus' in spec) await fs.copyFile(sharedPath('corpus', spec.corpus), abs)
    else await fs.symlink(spec.symlink, abs)
  }
  return dir
}

export async function removeRepo(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true })
}

export const LFS_POINTER =
  'version https://git-lfs.github.com/spec/v1\noid sha256:0000000000000000000000000000000000000000000000000000000000000000\nsize 123456789\n'
