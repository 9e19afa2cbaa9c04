// Several models in one repository: when the card names models with licences of their own (a table
// or list, see card/model-list.ts), each named model is audited as a variant of the model root,
// with the licence its row gives, the licence files tied to it, and what all share.
import { modelsWithLicenses, type NamedModel } from '../../card/model-list.js'
import type { ParsedCard } from '../../card/types.js'
import { licenseSubject, nameKey, subjectNamesModel } from '../../discover/license-ties.js'
import { identifyLicenseId } from '../../licenses/identify.js'
import { licenseAtUrl } from '../../licenses/pointer.js'
import type { Clause, LicenseIdentification } from '../../types.js'
import type { LicenseFileFacts } from '../facts.js'
import { resolveLicenseLink } from './license-link.js'
import { quotedCatalogueClauses, type LicenseStage } from './license-stage.js'

export interface Variant {
  model: NamedModel
  licenses: LicenseStage
}

/** What a row's licence is, for telling rows apart: its linked file or address, else its id or text. */
function licenseKey(card: ParsedCard, m: NamedModel): string {
  const link = m.licenseLinks[0]
  if (link) {
    const t = resolveLicenseLink(link.url, card.file)
    return t.kind === 'path' ? `file:${t.path}` : `url:${licenseAtUrl(link.url) ?? link.url.toLowerCase()}`
  }
  return `id:${identifyLicenseId(m.licenseText).id ?? m.licenseText.toLowerCase()}`
}

/** Files a row links to, relative to the audited root. */
function linkedPaths(card: ParsedCard, m: NamedModel): Set<string> {
  const out = new Set<string>()
  for (const l of m.licenseLinks) {
    const t = resolveLicenseLink(l.url, card.file)
    if (t.kind === 'path') out.add(t.path)
  }
  return out
}

/** Words in a licence's name that say what it forbids ("custom non-commercial", "research only"). */
function clausesNamed(m: NamedModel, file: string): Clause[] {
  const t = ` ${m.licenseText.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `
  const out: Clause[] = []
  const add = (type: Clause['type']) => out.push({ type, file, line: m.line, quote: m.quote, source: 'text' })
  if (/ non ?commercial | noncommercial | nc /.test(t)) add('non-commercial')
  if (/ research (?:only|use only|purposes only) /.test(t)) add('research-only')
  return out
}

/** The licence a row states without a file: an address the audit knows, or a name. */
function rowIdentification(card: ParsedCard, m: NamedModel): LicenseIdentification {
  const url = m.licenseLinks.find(l => /^https?:\/\//i.test(l.url))
  const byUrl = url ? licenseAtUrl(url.url) : null
  const byName = identifyLicenseId(m.licenseText)
  const id = byUrl ?? byName.id
  return {
    file: card.file,
    id,
    name: id === byName.id && byName.id ? byName.name : id ? id : m.licenseText.slice(0, 120),
    source: 'card-text',
    confidence: id ? 0.85 : 0,
    matcher: byUrl ? 'pointer' : byName.matcher,
    component: 'all',
    line: m.line
  }
}

/**
 * The variants of a model whose card names several models with different licences; none when it
 * names fewer than two, or gives them all the same licence (then the model is audited whole).
 */
export function variantsOf(card: ParsedCard | null, whole: LicenseStage): Variant[] {
  if (!card) return []
  const named = modelsWithLicenses(card)
  if (named.length < 2 || new Set(named.map(m => licenseKey(card, m))).size < 2) return []
  const links = new Map(named.map(m => [m, linkedPaths(card, m)]))
  /** Models a licence file is tied to: by a row's link, else by a file name naming the model. */
  const tiedTo = (l: LicenseFileFacts): NamedModel[] => {
    const byLink = named.filter(m => links.get(m)!.has(l.file.path))
    if (byLink.length > 0) return byLink
    const subject = licenseSubject(l.file.path)
    if (!subject) return []
    const exact = named.filter(m => nameKey(m.name) === subject)
    return exact.length > 0 ? exact : named.filter(m => subjectNamesModel(subject, m.name))
  }
  return named.map(m => {
    const files: LicenseFileFacts[] = []
    for (const l of whole.licenseFiles) {
      const ties = tiedTo(l)
      if (ties.length > 0 && !ties.includes(m)) continue
      // A row that links the plain LICENSE makes it this model's licence, not the code's.
      const own = links.get(m)!.has(l.file.path)
      files.push(
        own && l.identification?.component === 'code'
          ? { ...l, identification: { ...l.identification, component: 'all' } }
          : l
      )
    }
    const licenses: LicenseIdentification[] = []
    for (const l of files) if (l.identification && l.file.role !== 'notice') licenses.push(l.identification)
    if (whole.cardLicense?.identification) licenses.push(whole.cardLicense.identification)
    const clauses: Clause[] = files.flatMap(l => l.clauses)
    // The row states the licence itself (no file of the repository): a card-text source at its line.
    if (!files.some(l => links.get(m)!.has(l.file.path))) {
      const row = rowIdentification(card, m)
      licenses.push(row)
      const have = new Set(clauses.map(c => c.type))
      const stated = row.id ? quotedCatalogueClauses([row.id], card, m.line) : clausesNamed(m, card.file)
      for (const c of stated) if (!have.has(c.type)) clauses.push(c)
    }
    licenses.push(...whole.proseLicenses)
    // Clauses the card's own lines bring (metadata and prose licences from the catalogue).
    for (const c of whole.clauses) if (c.file === card.file && !clauses.includes(c)) clauses.push(c)
    return {
      model: m,
      licenses: {
        licenseFiles: files,
        cardLicense: whole.cardLicense,
        proseLicenses: whole.proseLicenses,
        licenses,
        clauses,
        // A missing file this model's row links to is this model's; one linked elsewhere, everyone's.
        brokenLicenseLinks: whole.brokenLicenseLinks.filter(
          b => links.get(m)!.has(b.path) || !named.some(n => links.get(n)!.has(b.path))
        )
      }
    }
  })
}
