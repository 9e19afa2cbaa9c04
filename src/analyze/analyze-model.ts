// Gathers the facts of one model: reads its card and licence files (through SafeFs only),
// identifies licences, detects clauses, resolves base models, and assesses data and code.
import { promises as fs } from 'node:fs'
import { parseCard } from '../card/parse-card.js'
import { validateCardMetadata, type MetadataProblem } from '../card/metadata-schema.js'
import { isHubLicenseId } from '../licenses/hub-ids.js'
import type { ParsedCard } from '../card/types.js'
import type { FrontMatterProblem } from '../card/front-matter.js'
import type { ModelRoot, RepoFile } from '../discover/discover.js'
import { licenseNameScore, roleOf } from '../discover/file-kinds.js'
import type { SafeFs } from '../discover/safe-fs.js'
import { detectClauses } from '../clauses/index.js'
import {
  catalogueClauses,
  componentOf,
  identifyLicenseId,
  identifyLicenseText
} from '../licenses/identify.js'
import { parseBaseModelField, resolveBaseModel } from '../knowledge/base-models.js'
import { lookupHubLicense } from '../knowledge/hub-lookup.js'
import { findOpenSourceClaims } from '../knowledge/open-claims.js'
import { assessDataInformation } from '../knowledge/data-information.js'
import { classifyCodeFile, findCodeLinks } from '../knowledge/code-evidence.js'
import type { Clause, Finding, LicenseIdentification } from '../types.js'
import { osaidRequirements } from '../verdicts/osaid.js'
import type {
  BaseModelFacts,
  CardLicenseFacts,
  CodeFacts,
  DataInformationFacts,
  LicenseFileFacts,
  ModelFacts
} from './facts.js'

export interface AnalyzeOptions {
  hubLookup: boolean
  hubEndpoint?: string
  /** Shared across models so one base model is asked once. */
  hubCache: Map<string, Promise<string | null>>
  /** Shared across models: a root licence governing many models is read and matched once. */
  licenseCache?: Map<string, Promise<LicenseFileFacts>>
}

async function isFolder(safe: SafeFs, rel: string): Promise<boolean> {
  const r = await safe.resolveInside(rel)
  if (!r.ok) return false
  try {
    return (await fs.stat(r.real)).isDirectory()
  } catch {
    return false
  }
}

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  return null
}

async function readLicenseFile(
  safe: SafeFs,
  file: RepoFile,
  findings: Finding[],
  linked = false
): Promise<LicenseFileFacts> {
  const r = await safe.read(file.path)
  if (r.kind === 'unsafe') {
    findings.push({
      rule: 'unsafe-path',
      category: 'unsafe-path',
      severity: 'error',
      message: `${file.path} leads outside the audited root; it was not read.`,
      file: file.path
    })
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
  return { file, state: r.truncated ? 'truncated' : 'text', identification, clauses }
}

function cardLicenseFacts(card: ParsedCard): CardLicenseFacts | null {
  const m = card.metadata
  const raw = m['license']
  // `license: [mit, apache-2.0]` is not what the Hub accepts (metadata-invalid says so), but its
  // licences are still identified: all of them are taken to apply.
  const list = Array.isArray(raw)
    ? raw.map(asString).filter((x): x is string => x !== null && x.trim() !== '')
    : null
  const value = list ? (list.length > 0 ? list.join(', ') : null) : asString(raw)
  const licenseName = asString(m['license_name'])
  const licenseLink = asString(m['license_link'])
  if (value === null && licenseName === null) return null
  const line = card.metadataLines['license'] ?? card.metadataLines['license_name']
  let identification: LicenseIdentification | null = null
  const named = (v: string | null) =>
    v !== null && v.toLowerCase() !== 'other' && v.toLowerCase() !== 'unknown'
  if (list && list.length > 1) {
    const ids = list.filter(named).map(v => identifyLicenseId(v))
    if (ids.length > 0) {
      const known = ids.every(i => i.id)
      identification = {
        file: null,
        id: known ? ids.map(i => (/\s/.test(i.id!) ? `(${i.id})` : i.id)).join(' AND ') : null,
        name: ids.map(i => (i.id ? i.name : i.name || '?')).join(' and '),
        source: 'card',
        confidence: Math.min(...ids.map(i => i.confidence)),
        matcher: ids[0]!.matcher,
        component: 'all',
        ...(line ? { line } : {})
      }
    }
  } else {
    const pick = list ? (named(list[0] ?? null) ? list[0]! : licenseName) : named(value) ? value : licenseName
    if (pick) {
      const id = identifyLicenseId(pick)
      identification = {
        file: null,
        id: id.id,
        // An unknown custom licence keeps the name the card gives it, so reports can say which.
        name: id.id ? id.name : pick,
        source: 'card',
        confidence: id.confidence,
        matcher: pick === licenseName && pick !== value ? 'license-name' : id.matcher,
        component: 'all',
        ...(line ? { line } : {})
      }
    }
  }
  return {
    value,
    licenseName,
    licenseLink,
    line,
    identification,
    isHubId: value && !list ? isHubLicenseId(value) : false,
    ...(list ? { values: list } : {})
  }
}

/** A `license_link` that names a file: where it points, relative to the audited root. */
export type LicenseLinkTarget =
  { kind: 'url' } | { kind: 'unsafe'; reason: string } | { kind: 'path'; path: string }

export function resolveLicenseLink(link: string, cardPath: string): LicenseLinkTarget {
  const v = link.trim()
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(mailto|data|javascript):/i.test(v) || v.startsWith('//'))
    return { kind: 'url' }
  let p = v.replace(/[?#].*$/, '')
  try {
    p = decodeURIComponent(p)
  } catch {
    /* keep as written */
  }
  p = p.replace(/\\/g, '/')
  if (p.startsWith('/') || /^[a-z]:\//i.test(p) || p.startsWith('~') || p.includes('\0'))
    return { kind: 'unsafe', reason: 'an absolute path' }
  const base = cardPath.includes('/') ? cardPath.slice(0, cardPath.lastIndexOf('/')).split('/') : []
  const out = [...base]
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (out.length === 0) return { kind: 'unsafe', reason: 'a path that leaves the audited root' }
      out.pop()
    } else out.push(seg)
  }
  if (out.length === 0) return { kind: 'unsafe', reason: 'the repository root, not a file' }
  return { kind: 'path', path: out.join('/') }
}

async function codeFacts(safe: SafeFs, model: ModelRoot, card: ParsedCard | null): Promise<CodeFacts> {
  const kinds = new Set<string>()
  const files: CodeFacts['files'] = []
  const rel = (p: string) => (model.path === '.' ? p : p.slice(model.path.length + 1))
  const shared = new Set(model.sharedFiles)
  for (const f of [...model.files, ...model.sharedFiles]) {
    const p = shared.has(f) ? f.path : rel(f.path)
    // config.json is architecture only when it names one; read it (small) to tell.
    let content: string | undefined
    if (p.split('/').pop() === 'config.json' && f.size < 256 * 1024) {
      const r = await safe.read(f.path, 256 * 1024)
      if (r.kind === 'text') content = r.text
    }
    const k = classifyCodeFile(p, content)
    if (k.length > 0) {
      files.push({ path: f.path, kinds: k })
      for (const x of k) kinds.add(x)
    }
  }
  const links = card ? findCodeLinks(card) : []
  for (const l of links) for (const k of l.kinds) kinds.add(k)
  return { kinds, files, links }
}

export async function analyzeModel(
  safe: SafeFs,
  model: ModelRoot,
  opts: AnalyzeOptions,
  repoFindings: Finding[]
): Promise<ModelFacts> {
  let card: ParsedCard | null = null
  let cardState: ModelFacts['cardState'] = 'missing'
  let cardProblems: FrontMatterProblem[] = []
  if (model.card) {
    const r = await safe.read(model.card.path)
    if (r.kind === 'text') {
      const parsed = parseCard(model.card.path, r.text)
      card = parsed.card
      cardProblems = parsed.problems
      cardState = r.truncated ? 'truncated' : 'ok'
      if (r.truncated) {
        cardProblems.push({
          message: `The card is ${Math.round(r.bytes / 1024 / 1024)} MB; only its first 2 MB were read.`,
          line: 1,
          severity: 'warning'
        })
      }
    } else if (r.kind === 'unsafe') {
      cardState = 'unsafe'
      repoFindings.push({
        rule: 'unsafe-path',
        category: 'unsafe-path',
        severity: 'error',
        message: `${model.card.path} leads outside the audited root; it was not read.`,
        file: model.card.path
      })
    } else {
      cardState = r.kind === 'binary' || r.kind === 'lfs-pointer' ? 'binary' : 'error'
    }
  }
  const metadataProblems: MetadataProblem[] = card
    ? validateCardMetadata(card.metadata, card.metadataLines)
    : []

  const licenseFiles: LicenseFileFacts[] = []
  for (const f of model.licenseFiles) {
    let p = opts.licenseCache?.get(f.path)
    if (!p) {
      p = readLicenseFile(safe, f, repoFindings)
      opts.licenseCache?.set(f.path, p)
    }
    // Copies, so that one model's later edits (e.g. the component) never leak into another's.
    const facts = await p
    licenseFiles.push({
      ...facts,
      identification: facts.identification ? { ...facts.identification } : null,
      clauses: [...facts.clauses]
    })
  }
  const cardLicense = card ? cardLicenseFacts(card) : null

  // `license_link: MODEL_LICENSE_AGREEMENT.md` (or docs/terms.md): the card names its licence text.
  // It is read like a licence file, only inside the audited root; a link leaving it is never read.
  if (card && cardLicense?.licenseLink) {
    const linkLine = card.metadataLines['license_link']
    const target = resolveLicenseLink(cardLicense.licenseLink, card.file)
    if (target.kind === 'unsafe') {
      repoFindings.push({
        rule: 'unsafe-path',
        category: 'unsafe-path',
        severity: 'error',
        message: `${card.file}: \`license_link\` is ${target.reason}; the audit reads only inside the repository, so it was not read.`,
        file: card.file,
        ...(linkLine ? { line: linkLine } : {})
      })
      cardLicense.linkState = 'unsafe'
    } else if (target.kind === 'path') {
      const known = licenseFiles.find(l => l.file.path === target.path)
      // A card naming itself (`license_link: README.md`) holds its terms in its own text.
      if (known || target.path === card.file) {
        cardLicense.linkState = 'found'
        cardLicense.linkedFile = target.path
      } else {
        const role = roleOf(target.path)
        const file: RepoFile = {
          path: target.path,
          role: role === 'use-policy' || role === 'notice' ? role : 'license',
          size: 0,
          licenseScore: Math.max(licenseNameScore(target.path), 0.5)
        }
        let p = opts.licenseCache?.get(`link:${target.path}`)
        if (!p) {
          p = readLicenseFile(safe, file, repoFindings, true)
          opts.licenseCache?.set(`link:${target.path}`, p)
        }
        const facts = await p
        const folder = facts.state === 'error' && (await isFolder(safe, target.path))
        if (folder && licenseFiles.some(l => l.file.path.startsWith(target.path + '/'))) {
          // `license_link: LICENSE` naming a LICENSE/ folder of texts, already read.
          cardLicense.linkState = 'found'
        } else if (facts.state === 'missing' || folder) {
          cardLicense.linkState = 'missing'
          metadataProblems.push({
            key: 'license_link',
            line: linkLine,
            message: `\`license_link\` points to ${target.path}, which ${folder ? 'is a folder, not a file' : 'is not in the repository'}; link the licence text or a URL`
          })
        } else if (facts.state === 'unsafe') {
          cardLicense.linkState = 'unsafe'
        } else {
          cardLicense.linkState = 'found'
          cardLicense.linkedFile = target.path
          licenseFiles.push({
            ...facts,
            identification: facts.identification ? { ...facts.identification } : null,
            clauses: [...facts.clauses]
          })
        }
      }
    } else cardLicense.linkState = 'url'
  }

  const licenses: LicenseIdentification[] = []
  for (const l of licenseFiles)
    if (l.identification && l.file.role !== 'notice') licenses.push(l.identification)
  if (cardLicense?.identification) licenses.push(cardLicense.identification)

  const clauses: Clause[] = licenseFiles.flatMap(l => l.clauses)
  // A licence known only from metadata brings its catalogue clauses, unless its text is here: a
  // licence file identified as the same licence, or an unidentified licence text (whose own
  // clauses were detected and are better evidence than the catalogue's summaries).
  const cardId = cardLicense?.identification?.id?.toLowerCase()
  if (cardId) {
    const texts = licenseFiles.filter(
      l => (l.state === 'text' || l.state === 'truncated') && l.file.role === 'license'
    )
    const sameText = texts.some(l => l.identification?.id?.toLowerCase() === cardId)
    const unidentifiedText = texts.some(l => !l.identification?.id)
    if (!sameText && !unidentifiedText) {
      const ids = cardLicense!.values
        ? cardLicense!.values.map(v => identifyLicenseId(v).id)
        : [cardLicense!.identification!.id!]
      const seen = new Set<string>()
      // The contract wants verbatim quotes: quote the card's metadata line, keep the summary beside it.
      const line = cardLicense!.line ?? null
      const lineText = line ? (card!.text.split('\n')[line - 1] ?? '').trim().slice(0, 300) : ''
      for (const id of ids)
        for (const c of id ? catalogueClauses(id, card!.file, line) : [])
          if (!seen.has(c.type)) {
            seen.add(c.type)
            clauses.push(
              lineText
                ? { ...c, quote: lineText, source: 'catalogue', summary: c.quote }
                : { ...c, file: null, line: null, source: 'catalogue', summary: c.quote }
            )
          }
    }
  }

  // Base models.
  const baseModels: BaseModelFacts[] = []
  let baseModelProblems: string[] = []
  const baseLine = card?.metadataLines['base_model']
  if (card && card.metadata['base_model'] !== undefined) {
    const parsed = parseBaseModelField(card.metadata['base_model'])
    baseModelProblems = parsed.problems
    for (const id of parsed.ids) {
      const known = resolveBaseModel(id)
      if (known) {
        baseModels.push({
          id,
          licenseId: known.licenseId,
          family: known.family,
          source: 'catalogue',
          ...(baseLine ? { line: baseLine } : {})
        })
      } else if (opts.hubLookup) {
        let p: Promise<string | null> | undefined = opts.hubCache.get(id)
        if (!p) {
          p = lookupHubLicense(id, { endpoint: opts.hubEndpoint }).then(r => {
            if (!r.licenseId || r.licenseId === 'other' || r.licenseId === 'unknown') return null
            return identifyLicenseId(r.licenseId).id ?? r.licenseId
          })
          opts.hubCache.set(id, p)
        }
        const licenseId: string | null = await p
        baseModels.push({
          id,
          licenseId,
          source: licenseId ? 'hub' : 'unknown',
          ...(baseLine ? { line: baseLine } : {})
        })
      } else {
        baseModels.push({ id, licenseId: null, source: 'unknown', ...(baseLine ? { line: baseLine } : {}) })
      }
    }
  }
  const relation = card ? asString(card.metadata['base_model_relation']) : null

  const dataCards: ParsedCard[] = []
  for (const d of model.dataCards.slice(0, 5)) {
    const r = await safe.read(d.path)
    if (r.kind === 'text') dataCards.push(parseCard(d.path, r.text).card)
  }
  const dataInfo: DataInformationFacts = card
    ? (({ level, described, obtainable, datasets, missing, reason, evidence }) => ({
        level,
        described: described.ok,
        obtainable: obtainable.ok,
        datasets,
        missing,
        reason,
        evidence
      }))(assessDataInformation(card, dataCards))
    : {
        level: 'none',
        described: false,
        obtainable: false,
        datasets: [],
        missing: ['a model card describing the training data'],
        reason: 'there is no model card.',
        evidence: []
      }
  const gated = card ? Object.keys(card.metadata).some(k => k.startsWith('extra_gated_')) : false

  const name =
    asString(card?.metadata['model_name']) ??
    asString((card?.metadata['model-index'] as Array<{ name?: unknown }> | undefined)?.[0]?.name) ??
    card?.sections.find(s => s.depth === 1)?.heading ??
    (model.path === '.' ? (safe.root.split(/[\\/]/).pop() ?? '.') : model.path.split('/').pop()!)

  const facts: ModelFacts = {
    model,
    name,
    card,
    cardFile: model.card,
    cardState,
    cardProblems,
    metadataProblems,
    licenseFiles,
    cardLicense,
    licenses,
    clauses,
    baseModels,
    baseModelRelation: relation,
    baseModelProblems,
    openClaims: card ? findOpenSourceClaims(card) : [],
    dataInformation: dataInfo,
    code: await codeFacts(safe, model, card),
    gated,
    osaidRequirements: []
  }
  facts.osaidRequirements = osaidRequirements(facts)
  return facts
}
