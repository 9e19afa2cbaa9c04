// Reads the shared corpus in place (../shared beside the project root); never copies it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ClauseType } from '../../src/types.js'

export const CORPUS = resolve(process.cwd(), '../shared/corpus')

export interface ManifestEntry {
  file: string
  kind: 'license' | 'use-policy' | 'card'
  name: string
  hf_license_id: string | null
  spdx_id: string | null
  clauses: { type: ClauseType; quote: string }[]
}

export function manifest(): ManifestEntry[] {
  const m = JSON.parse(readFileSync(resolve(CORPUS, 'manifest.json'), 'utf8')) as { entries: ManifestEntry[] }
  return m.entries
}

export function corpusText(file: string): string {
  return readFileSync(resolve(CORPUS, file), 'utf8')
}

export const RESTRICTIVE: ReadonlySet<ClauseType> = new Set<ClauseType>([
  'user-threshold',
  'revenue-threshold',
  'field-of-use-restriction',
  'acceptable-use-policy',
  'non-commercial',
  'research-only',
  'output-use-restriction',
  'geographic-restriction',
  'remote-restriction',
  'no-redistribution',
  'no-derivatives',
  'termination-at-will'
])
