// Builds throwaway model repositories in temp folders from inline texts and from the shared
// corpus (read in place: corpus texts are never copied into the project).
import { promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const SHARED = path.resolve(process.cwd(), '../shared')
export const CORPUS = path.join(SHARED, 'corpus')

export function corpus(rel: string): string {
  return readFileSync(path.join(CORPUS, rel), 'utf8')
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
  return JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')).entries
}

export type FileSpec = string | Buffer | { corpus: string } | { symlink: string }

export async function makeRepo(files: Record<string, FileSpec>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-repo-'))
  for (const [rel, spec] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    await fs.mkdir(path.dirname(abs), { recursive: true })
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) await fs.writeFile(abs, spec)
    else if ('corpus' in spec) await fs.copyFile(path.join(CORPUS, spec.corpus), abs)
    else await fs.symlink(spec.symlink, abs)
  }
  return dir
}

export async function removeRepo(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true })
}

export const LFS_POINTER =
  'version https://git-lfs.github.com/spec/v1\noid sha256:0000000000000000000000000000000000000000000000000000000000000000\nsize 123456789\n'
