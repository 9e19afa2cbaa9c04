// Licence analysis memoised by content: a monorepo that copies one licence text into a thousand
// model folders has it identified and its clauses detected once. The key is the SHA-256 of the
// text and the file's name; what the folder changes (the file in each result, the component a
// folder named "weights/" or "docs/" implies) is worked out again for each path, and a result is
// kept only when that recomputation reproduces it for the path it was computed on.
import { createHash } from 'node:crypto'
import { detectClauses } from '../clauses/index.js'
import type { Clause } from '../types.js'
import { catalogueEntry } from './catalogue/index.js'
import { componentOf, identifyLicenseText, type LicenseTextIdentification } from './identify.js'

export interface LicenseTextAnalysis {
  identification: LicenseTextIdentification
  clauses: Clause[]
}

interface Memo {
  path: string
  analysis: LicenseTextAnalysis
}

/** Distinct texts kept at once; a run with more starts over (analysis stays correct, only slower). */
const MAX_ENTRIES = 4096
const memo = new Map<string, Memo>()
let hits = 0

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1)
}

/** The component a path gives the identification (the only part of it, besides the file, that the path decides). */
function componentFor(id: LicenseTextIdentification, path: string, text: string) {
  const entry = id.matcher === 'marker' && id.entry ? catalogueEntry(id.entry) : undefined
  return componentOf(path, text, entry)
}

function copyFor(m: Memo, path: string, text: string): LicenseTextAnalysis {
  const { identification, clauses } = m.analysis
  return {
    identification: { ...identification, file: path, component: componentFor(identification, path, text) },
    clauses: clauses.map(c => (c.file === m.path ? { ...c, file: path } : { ...c }))
  }
}

/**
 * `identifyLicenseText(text, path)` and `detectClauses(text, path)`, computed once per distinct
 * text and file name. Results are fresh copies: callers may change them.
 */
export function analyzeLicenseText(text: string, path: string): LicenseTextAnalysis {
  const key = createHash('sha256').update(text).digest('hex') + '\0' + baseName(path)
  const known = memo.get(key)
  if (known) {
    hits++
    return copyFor(known, path, text)
  }
  const analysis: LicenseTextAnalysis = {
    identification: identifyLicenseText(text, path),
    clauses: detectClauses(text, path)
  }
  // Only a result that copyFor would give back unchanged for its own path is reused elsewhere.
  const reproducible =
    analysis.identification.file === path &&
    componentFor(analysis.identification, path, text) === analysis.identification.component &&
    analysis.clauses.every(c => c.file === path)
  if (reproducible) {
    if (memo.size >= MAX_ENTRIES) memo.clear()
    memo.set(key, { path, analysis: copyFor({ path, analysis }, path, text) })
  }
  return analysis
}

/** How many analyses were answered from the memo (for tests and the bench). */
export function licenseMemoHits(): number {
  return hits
}
