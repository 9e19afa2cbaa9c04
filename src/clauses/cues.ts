// Word lists and tests shared by several detectors.
import { findSeq, firstPhrase, hasAny, positions, type Sentence } from './text.js'

export const OBLIGATION = new Set([
  'must',
  'shall',
  'required',
  'requires',
  'require',
  'obliged',
  'agree',
  'need',
  'needs',
  'will'
])

const EXPORT_WORDS = [
  'export',
  'exports',
  'exported',
  'exporting',
  'reexport',
  'sanctions',
  'sanctioned',
  'embargo',
  'embargoed',
  'ofac',
  'itar'
]

/** An export-control word within `window` tokens of position i. */
export function exportControlNear(s: Sentence, i: number, window = 30): boolean {
  for (const w of EXPORT_WORDS) for (const p of positions(s, w)) if (Math.abs(p - i) <= window) return true
  for (const p of [...findSeq(s, ['trade', 'control']), ...findSeq(s, ['trade', 'controls'])])
    if (Math.abs(p - i) <= window) return true
  return false
}

/** Sentences about export control, sanctions or trade law: not the licensor's own restriction. */
export function isExportControl(s: Sentence): boolean {
  return (
    hasAny(s, EXPORT_WORDS) ||
    firstPhrase(s, ['trade control', 'trade controls', 'export control', 'export administration']) >= 0
  )
}
