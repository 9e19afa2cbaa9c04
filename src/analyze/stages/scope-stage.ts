// Clauses scoped to some models (issue 11, item 6): a licence file, one of its sections, or one of
// its sentences that names the models it covers ("Heron-70B Research License", "## Terms for the
// 7B model", "With respect to any multimodal models …") binds those models only. Each model keeps
// a clause unless the scope clearly names other models (licenses/scope.ts): unknown keeps it, and
// a licence that names another model but is the model's only licence keeps its clauses too.
import { modelIdentity, scopeCovers, sentenceScope, type Scope } from '../../licenses/scope.js'
import type { Clause } from '../../types.js'
import type { LicenseFileFacts } from '../facts.js'

/** Distinct sentences a scope memo keeps; a run with more starts it over (only slower). */
const MAX_SCOPES = 8192

/** sentenceScope(sentence), looked up in `memo` first (its results are shared: never changed). */
function memoSentenceScope(sentence: string, memo: Map<string, Scope | null> | undefined): Scope | null {
  if (!memo) return sentenceScope(sentence)
  let scope = memo.get(sentence)
  if (scope === undefined) {
    scope = sentenceScope(sentence)
    if (memo.size >= MAX_SCOPES) memo.clear()
    memo.set(sentence, scope)
  }
  return scope
}

/**
 * The scope that decides for one clause: its own sentence's, else its section's, else its file's.
 * `memo` keeps each distinct sentence's scope for the run (AnalyzeOptions.scopeCache).
 */
export function clauseScope(
  c: Clause,
  file: LicenseFileFacts | undefined,
  memo?: Map<string, Scope | null>
): { scope: Scope; from: 'sentence' | 'section' | 'file' } | null {
  if (c.source === 'catalogue') return null
  const own = memoSentenceScope(c.quote, memo)
  if (own) return { scope: own, from: 'sentence' }
  const scope = file?.scope
  if (!scope) return null
  const line = c.line ?? 0
  const section = scope.sections.find(s => line >= s.from && line <= s.to)
  if (section) return { scope: section, from: 'section' }
  return scope.file ? { scope: scope.file, from: 'file' } : null
}

/**
 * The clauses that bind the model called `names` (its name, variant name, folder name). A whole
 * file that names other models gives up its clauses only when another licence text governs the
 * model: a model whose only licence names another size still answers to that licence (fail closed).
 */
export function clausesForModel(
  clauses: readonly Clause[],
  licenseFiles: readonly LicenseFileFacts[],
  names: readonly string[],
  memo?: Map<string, Scope | null>
): Clause[] {
  const identity = modelIdentity(names)
  const byPath = new Map(licenseFiles.map(l => [l.file.path, l]))
  const excluded = new Set(
    licenseFiles
      .filter(l => l.scope?.file && scopeCovers(l.scope.file, identity) === 'no')
      .map(l => l.file.path)
  )
  const governedElsewhere = licenseFiles.some(
    l =>
      l.file.role === 'license' &&
      (l.state === 'text' || l.state === 'truncated') &&
      !excluded.has(l.file.path)
  )
  const kept: Clause[] = []
  for (const c of clauses) {
    const decided = clauseScope(c, c.file ? byPath.get(c.file) : undefined, memo)
    if (!decided) {
      kept.push(c)
      continue
    }
    const keep =
      decided.from === 'file'
        ? !excluded.has(c.file!) || !governedElsewhere
        : scopeCovers(decided.scope, identity) !== 'no'
    // a kept clause says which models its text names, so a reader sees it binds those only
    if (keep) kept.push({ ...c, appliesTo: { models: decided.scope.text, statedIn: decided.from } })
  }
  return kept
}
