// Reading one licence file: its text identified and its clauses detected, once per audit (the
// cache is shared by every model the file governs); each model gets its own copy.
import type { RepoFile } from '../../discover/discover.js'
import { catalogueClauses, componentOf } from '../../licenses/identify.js'
import { analyzeLicenseText } from '../../licenses/memo.js'
import { MAX_POINTER_WORDS, resolvePointer } from '../../licenses/pointer.js'
import { textScope, type TextScope } from '../../licenses/scope.js'
import type { Clause, LicenseIdentification } from '../../types.js'
import type { LicenseFileFacts } from '../facts.js'
import { findHiddenCharacters, type HiddenCharacter } from '../../text/hidden.js'
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
  if (r.kind !== 'text')
    return {
      file,
      state: r.kind,
      identification: null,
      clauses: [],
      ...(r.kind === 'binary' || r.kind === 'lfs-pointer' ? { bytes: r.bytes } : {})
    }
  // Memoised by content: the same text in a thousand folders is analysed once.
  const { identification, clauses } = analyzeLicenseText(r.text, file.path)
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
  const { hiddenText, scope, words } = textFactsOf(r.text)
  clauses.push(...referenceClauses(r.text, words, file.path, identification, clauses))
  const scoped = scope.file !== null || scope.sections.length > 0
  return {
    file,
    state: r.truncated ? 'truncated' : 'text',
    identification,
    clauses,
    bytes: r.bytes,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    ...(hiddenText.length > 0 ? { hiddenText } : {}),
    ...(scoped ? { scope } : {})
  }
}

/** The line that names the licence: its name or id, else one that says "licence", else the first. */
function namingLine(lines: readonly string[], identification: LicenseIdentification): number | null {
  const lower = lines.map(l => l.toLowerCase())
  const tests = [
    (l: string) =>
      l.includes(identification.name.toLowerCase()) || l.includes(identification.id!.toLowerCase()),
    (l: string) => /licen[cs]/.test(l),
    (l: string) => l.trim().length > 0
  ]
  for (const t of tests) {
    const i = lower.findIndex(t)
    if (i >= 0) return i + 1
  }
  return null
}

/** Words of a text besides its addresses. */
function wordCount(text: string): number {
  return text
    .replace(/\bhttps?:\/\/\S{1,2000}/g, ' ')
    .split(/\s+/)
    .filter(w => /[a-z0-9]/i.test(w)).length
}

/** What a licence text says of itself, whatever file holds it. */
interface TextFacts {
  hiddenText: HiddenCharacter[]
  scope: TextScope
  /** Its words (wordCount), or null for a text too long to be a reference. */
  words: number | null
}

/** A longer text is never a mere reference to a licence. */
const REFERENCE_MAX_CHARS = 20_000

/** Texts up to this many characters are remembered, this many at once (at most ~16 MB). */
const MEMO_TEXT_CHARS = 32 * 1024
const MEMO_TEXTS = 512
const textFactsMemo = new Map<string, TextFacts>()

/**
 * The text facts of a licence, once per distinct text: a monorepo copies one licence into every
 * model's folder, and each copy is read (its path is its own) but need not be scanned again.
 * The facts are only read afterwards, so models may share them.
 */
function textFactsOf(text: string): TextFacts {
  const known = textFactsMemo.get(text)
  if (known) return known
  const facts: TextFacts = {
    hiddenText: findHiddenCharacters(text),
    scope: textScope(text),
    words: text.length > REFERENCE_MAX_CHARS ? null : wordCount(text)
  }
  if (text.length <= MEMO_TEXT_CHARS) {
    if (textFactsMemo.size >= MEMO_TEXTS) textFactsMemo.clear()
    textFactsMemo.set(text, facts)
  }
  return facts
}

/**
 * A licence file that is only a reference — an address (see licenses/pointer.ts) or a name ("Llama
 * 2 Community License") — carries no clauses of its own: the catalogue's clauses of the licence it
 * names apply, each quoting the line that names it. Types the text states itself are not repeated.
 */
function referenceClauses(
  text: string,
  words: number | null,
  file: string,
  identification: LicenseIdentification,
  detected: readonly Clause[]
): Clause[] {
  if (!identification.id || words === null || words > MAX_POINTER_WORDS) return []
  const lines = text.split('\n')
  const line =
    identification.matcher === 'pointer'
      ? (resolvePointer(text)?.line ?? null)
      : namingLine(lines, identification)
  if (!line) return []
  const quote = lines[line - 1]!.trim().slice(0, 300)
  const have = new Set(detected.map(c => c.type))
  return catalogueClauses(identification.id, file, line)
    .filter(c => !have.has(c.type))
    .map(c => ({ ...c, quote, source: 'catalogue' as const, summary: c.quote }))
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
