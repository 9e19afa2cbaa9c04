// Clauses scoped to some models (issue 11, item 6): a licence file, one of its sections, or one of
// its sentences that names the models it covers ("Heron-70B Research License", "## Terms for the
// 7B model", "With respect to any multimodal models …") binds those models only. Each model keeps
// a clause unless the scope clearly names other models (licenses/scope.ts): unknown keeps it.
import {
  modelIdentity,
  scopeCovers,
  sentenceScope,
  type ModelIdentity,
  type Scope
} from '../../licenses/scope.js'
import type { Clause } from '../../types.js'
import type { LicenseFileFacts } from '../facts.js'

/** The scope that decides for one clause: its own sentence's, else its section's, else its file's. */
export function clauseScope(c: Clause, file: LicenseFileFacts | undefined): Scope | null {
  if (c.source === 'catalogue') return null
  const own = sentenceScope(c.quote)
  if (own) return own
  const scope = file?.scope
  if (!scope) return null
  const line = c.line ?? 0
  const section = scope.sections.find(s => line >= s.from && line <= s.to)
  return section ?? scope.file
}

/** The clauses that bind the model called `names` (its name, variant name, folder name). */
export function clausesForModel(
  clauses: readonly Clause[],
  licenseFiles: readonly LicenseFileFacts[],
  names: readonly string[]
): Clause[] {
  let identity: ModelIdentity | null = null
  const byPath = new Map(licenseFiles.map(l => [l.file.path, l]))
  return clauses.filter(c => {
    const scope = clauseScope(c, c.file ? byPath.get(c.file) : undefined)
    if (!scope) return true
    identity ??= modelIdentity(names)
    return scopeCovers(scope, identity) !== 'no'
  })
}
