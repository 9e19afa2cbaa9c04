// Stage 3 (licences): the licence files discovery found, the card's declared licence and the file
// its `license_link` names; every identification; the clauses of the texts, and the catalogue's
// clauses of a licence known only by name.
import type { MetadataProblem } from '../../card/metadata-schema.js'
import type { ParsedCard } from '../../card/types.js'
import { catalogueClauses, identifyLicenseId } from '../../licenses/identify.js'
import type { Clause, LicenseIdentification } from '../../types.js'
import type { BrokenLicenseLink, CardLicenseFacts, LicenseFileFacts } from '../facts.js'
import { cardLicenseFacts } from './card-license.js'
import type { StageContext } from './context.js'
import { licenseFileFacts } from './license-file.js'
import { followLicenseLink } from './license-link.js'
import { followCardLicenseLinks } from './linked-licenses.js'
import { licensesInCardText } from '../../licenses/card-text.js'
import { isDistinctiveLicenseName } from '../../discover/file-kinds.js'

export interface LicenseStage {
  licenseFiles: LicenseFileFacts[]
  cardLicense: CardLicenseFacts | null
  proseLicenses: LicenseIdentification[]
  licenses: LicenseIdentification[]
  clauses: Clause[]
  brokenLicenseLinks: BrokenLicenseLink[]
}

/** The line of `card` at `line`, trimmed and capped, for a verbatim quote. */
export function cardLine(card: ParsedCard, line: number): string {
  return (card.text.split('\n')[line - 1] ?? '').trim().slice(0, 300)
}

/**
 * A licence known only from metadata brings its catalogue clauses, unless its text is here: a
 * licence file identified as the same licence, or an unidentified licence text (whose own clauses
 * were detected and are better evidence than the catalogue's summaries).
 */
function metadataCatalogueClauses(
  card: ParsedCard,
  cardLicense: CardLicenseFacts,
  licenseFiles: readonly LicenseFileFacts[]
): Clause[] {
  const cardId = cardLicense.identification?.id?.toLowerCase()
  if (!cardId) return []
  const texts = licenseFiles.filter(
    l => (l.state === 'text' || l.state === 'truncated') && l.file.role === 'license'
  )
  const sameText = texts.some(l => l.identification?.id?.toLowerCase() === cardId)
  const unidentifiedText = texts.some(l => !l.identification?.id)
  if (sameText || unidentifiedText) return []
  const ids = cardLicense.values
    ? cardLicense.values.map(v => identifyLicenseId(v).id)
    : [cardLicense.identification!.id!]
  return quotedCatalogueClauses(ids, card, cardLicense.line ?? null)
}

/**
 * The catalogue clauses of `ids`, one per type. The contract wants verbatim quotes: the card's
 * line that names the licence is the quote, the catalogue's summary stands beside it.
 */
export function quotedCatalogueClauses(
  ids: ReadonlyArray<string | null>,
  card: ParsedCard,
  line: number | null
): Clause[] {
  const out: Clause[] = []
  const seen = new Set<string>()
  const lineText = line ? cardLine(card, line) : ''
  for (const id of ids)
    for (const c of id ? catalogueClauses(id, card.file, line) : [])
      if (!seen.has(c.type)) {
        seen.add(c.type)
        out.push(
          lineText
            ? { ...c, quote: lineText, source: 'catalogue', summary: c.quote }
            : { ...c, file: null, line: null, source: 'catalogue', summary: c.quote }
        )
      }
  return out
}

function proseIdentifications(card: ParsedCard): LicenseIdentification[] {
  return licensesInCardText(card).map(p => ({
    file: card.file,
    id: p.id,
    name: p.name,
    source: 'card-text',
    confidence: p.confidence,
    matcher: 'license-name',
    component: p.component,
    line: p.line
  }))
}

/**
 * A licence stated in prose brings its catalogue clauses, quoting the sentence, unless a licence
 * text or the metadata identified as the same licence is already here (their clauses stand), and
 * one clause per type: a text's own clause of that type is better evidence than a summary.
 */
function proseCatalogueClauses(
  card: ParsedCard,
  prose: readonly LicenseIdentification[],
  all: readonly LicenseIdentification[],
  clauses: readonly Clause[]
): Clause[] {
  const out: Clause[] = []
  const have = new Set(clauses.map(c => c.type))
  for (const p of prose) {
    const id = p.id!.toLowerCase()
    if (all.some(l => l !== p && l.source !== 'card-text' && l.id?.toLowerCase() === id)) continue
    for (const c of quotedCatalogueClauses([p.id], card, p.line ?? null))
      if (!have.has(c.type)) {
        have.add(c.type)
        out.push(c)
      }
  }
  return out
}

/** LICENSE, LICENSE.md, COPYING: the repository's plain licence file. */
function isPlainLicense(l: LicenseFileFacts): boolean {
  return l.file.role === 'license' && (l.file.licenseScore ?? 0) >= 0.9
}

/**
 * When the model's licence is stated elsewhere (a model licence file named or kept as such, or one
 * the card links to), the repository's plain LICENSE is the licence of the code.
 */
function markCodeLicenses(licenseFiles: LicenseFileFacts[], cardLicense: CardLicenseFacts | null): void {
  // `license_link: LICENSE` makes the plain LICENSE the model's licence itself.
  const metadataNamed = (l: LicenseFileFacts) => cardLicense?.linkedFile === l.file.path
  const cardNamed = (l: LicenseFileFacts) => (l.links?.length ?? 0) > 0 || metadataNamed(l)
  const modelLicense = licenseFiles.some(
    l =>
      l.identification !== null &&
      l.file.role === 'license' &&
      !isPlainLicense(l) &&
      (l.identification.component === 'weights' ||
        (l.identification.component === 'all' && (cardNamed(l) || isDistinctiveLicenseName(l.file.path))))
  )
  if (!modelLicense) return
  for (const l of licenseFiles)
    if (isPlainLicense(l) && !metadataNamed(l) && l.identification?.component === 'all')
      l.identification.component = 'code'
}

export async function licenseStage(
  ctx: StageContext,
  card: ParsedCard | null,
  metadataProblems: MetadataProblem[]
): Promise<LicenseStage> {
  const licenseFiles: LicenseFileFacts[] = []
  for (const f of ctx.model.licenseFiles) licenseFiles.push(await licenseFileFacts(ctx, f))
  const cardLicense = card ? cardLicenseFacts(card) : null
  if (card && cardLicense) await followLicenseLink(ctx, card, cardLicense, licenseFiles, metadataProblems)
  const brokenLicenseLinks = card ? await followCardLicenseLinks(ctx, card, licenseFiles) : []
  markCodeLicenses(licenseFiles, cardLicense)

  const licenses: LicenseIdentification[] = []
  for (const l of licenseFiles)
    if (l.identification && l.file.role !== 'notice') licenses.push(l.identification)
  if (cardLicense?.identification) licenses.push(cardLicense.identification)

  const proseLicenses = card ? proseIdentifications(card) : []
  licenses.push(...proseLicenses)

  const clauses: Clause[] = licenseFiles.flatMap(l => l.clauses)
  if (card && cardLicense) clauses.push(...metadataCatalogueClauses(card, cardLicense, licenseFiles))
  if (card) clauses.push(...proseCatalogueClauses(card, proseLicenses, licenses, clauses))
  return { licenseFiles, cardLicense, proseLicenses, licenses, clauses, brokenLicenseLinks }
}
