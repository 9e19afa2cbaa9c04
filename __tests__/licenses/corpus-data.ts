// Reads the shared corpus in place (see ../helpers/shared.ts); never copies it. Only conformance
// suites call these readers.
import { readFileSync } from 'node:fs'
import type { ClauseType } from '../../src/types.js'
import { sharedPath } from '../helpers/shared.js'

export interface ManifestEntry {
  file: string
  kind: 'license' | 'use-policy' | 'card'
  name: string
  hf_license_id: string | null
  spdx_id: string | null
  clauses: { type: ClauseType; quote: string }[]
}

export function manifest(): ManifestEntry[] {
  const m = JSON.parse(readFileSync(sharedPath('corpus', 'manifest.json'), 'utf8')) as {
    entries: ManifestEntry[]
  }
  return m.entries
}

export function corpusText(file: string): string {
  return readFileSync(sharedPath('corpus', file), 'utf8')
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
