// Reading one licence file: its text identified and its clauses detected, once per audit (the
// cache is shared by every model the file governs); each model gets its own copy.
import type { RepoFile } from '../../discover/discover.js'
import { detectClauses } from '../../clauses/index.js'
import { componentOf, identifyLicenseText } from '../../licenses/identify.js'
import type { LicenseFileFacts } from '../facts.js'
import { findHiddenCharacters } from '../../text/hidden.js'
import { unsafePathFinding, type StageContext } from './context.js'

async function readLicenseFile(
  ctx: StageContext,
  file: RepoFile,
  linked: boolean
): Promise<LicenseFileFacts> {
  const r = await ctx.safe.read(file.path)
  if (r.kind === 'unsafe') {
    ctx.repoFindings.push(
      unsafePathFinding(file.path, `${file.path} leads outside the audited root; it was not read.`)
    )
    return { file, state: 'unsafe', identification: null, clauses: [] }
  }
  if (r.kind !== 'text') return { file, state: r.kind, identification: null, clauses: [] }
  const identification = identifyLicenseText(r.text, file.path)
  if (file.role === 'use-policy') identification.component = 'use-policy'
  // A file the card names as its licence governs the model whatever folder it sits in
  // ("docs/terms.md" is not documentation): only its own name may narrow it.
  else if (linked) {
    const own = componentOf(file.path.split('/').pop()!, r.text)
    identification.component =
      identification.component === 'use-policy'
        ? 'use-policy'
        : own === 'documentation' || own === 'data'
          ? 'all'
          : own
  }
  const clauses = detectClauses(r.text, file.path)
  const hiddenText = findHiddenCharacters(r.text)
  return {
    file,
    state: r.truncated ? 'truncated' : 'text',
    identification,
    clauses,
    ...(hiddenText.length > 0 ? { hiddenText } : {})
  }
}

/** A copy, so that one model's later edits (e.g. the component) never leak into another's. */
export function copyLicenseFacts(facts: LicenseFileFacts): LicenseFileFacts {
  return {
    ...facts,
    identification: facts.identification ? { ...facts.identification } : null,
    clauses: [...facts.clauses]
  }
}

/**
 * The facts of one licence file, read once per audit under `key` (a file discovery found and the
 * same file named by a card link are read apart: a link widens the component).
 */
export async function licenseFileFacts(
  ctx: StageContext,
  file: RepoFile,
  opts: { linked?: boolean; key?: string } = {}
): Promise<LicenseFileFacts> {
  const key = opts.key ?? file.path
  let p = ctx.opts.licenseCache?.get(key)
  if (!p) {
    p = readLicenseFile(ctx, file, opts.linked ?? false)
    ctx.opts.licenseCache?.set(key, p)
  }
  return copyLicenseFacts(await p)
}
