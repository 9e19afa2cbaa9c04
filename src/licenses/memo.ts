// Licence analysis memoised by content: a monorepo that copies one licence text into a thousand
// model folders has it identified and its clauses detected once. The key is the SHA-256 of the
// text and the file's name; what the folder changes (the file in each result, the component a
// folder named "weights/" or "docs/" implies) is worked out again for each path, and a result is
// kept only when that recomputation reproduces it for the path it was computed on.
//
// Clauses are also memoised by the text's outline: the text with its copyright notice lines
// blanked. A thousand model folders each with the MIT text under their own copyright line are one
// outline, read once; the lines stay where they were, so quotes and lines carry over unchanged.
import { createHash } from 'node:crypto'
import { detectClauses } from '../clauses/index.js'
import type { Clause } from '../types.js'
import { catalogueEntry } from './catalogue/index.js'
import { componentOf, identifyLicenseText, type LicenseTextIdentification } from './identify.js'
import { isCopyrightLine } from './normalize.js'

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

/** Outlines kept at once; like MAX_ENTRIES, a run with more starts over. */
const MAX_OUTLINES = 1024
/** Clauses by outline, each kept only when every clause is of the file it was read from. */
const byOutline = new Map<string, Clause[]>()
let outlineHits = 0

/** Longest line taken for a copyright notice; a longer one is prose. */
const MAX_NOTICE_CHARS = 200

function isNoticeLine(line: string): boolean {
  const t = line.trim()
  return t.length > 0 && t.length <= MAX_NOTICE_CHARS && isCopyrightLine(t)
}

/**
 * The 0-based indices of the lines of copyright notices that stand apart: a run of notice lines
 * with a blank line (or the start or end of the text) on each side, so no sentence runs into it,
 * that states no clause when read on its own ("… All rights reserved. Non-commercial use only."
 * is part of what the text says, not a holder's name).
 */
function noticeLines(lines: readonly string[]): number[] {
  const out: number[] = []
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim().length === 0
  for (let i = 0; i < lines.length; i++) {
    if (!isNoticeLine(lines[i]!)) continue
    let end = i
    while (end + 1 < lines.length && isNoticeLine(lines[end + 1]!)) end++
    if (
      blank(i - 1) &&
      blank(end + 1) &&
      detectClauses(lines.slice(i, end + 1).join('\n'), 'LICENSE').length === 0
    )
      for (let k = i; k <= end; k++) out.push(k)
    i = end
  }
  return out
}

/** The clauses of a text, answered by its outline when one with the same outline was read. */
function clausesOf(text: string, path: string): Clause[] {
  const lines = text.split('\n')
  const notices = noticeLines(lines)
  if (notices.length === 0) return detectClauses(text, path)
  const noticeLineNumbers = new Set(notices.map(i => i + 1))
  const outline = lines.map((l, i) => (noticeLineNumbers.has(i + 1) ? '' : l)).join('\n')
  const key = createHash('sha256').update(outline).digest('hex') + '\0' + baseName(path)
  const known = byOutline.get(key)
  if (known) {
    outlineHits++
    return known.map(c => ({ ...c, file: path }))
  }
  const clauses = detectClauses(text, path)
  // kept only when no quote reaches into a notice line (the part that differs between texts)
  const clear = clauses.every(c => {
    if (c.file !== path || c.line === null) return false
    const last = c.line + c.quote.split('\n').length - 1
    for (let l = c.line; l <= last; l++) if (noticeLineNumbers.has(l)) return false
    return true
  })
  if (clear) {
    if (byOutline.size >= MAX_OUTLINES) byOutline.clear()
    byOutline.set(
      key,
      clauses.map(c => ({ ...c }))
    )
  }
  return clauses
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
    clauses: clausesOf(text, path)
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

/** How many texts had their clauses answered by another text with the same outline (for tests). */
export function outlineMemoHits(): number {
  return outlineHits
}
