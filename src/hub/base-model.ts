// `hub-lookup: true`: a base model the catalogue does not know is read on the Hub — its card and
// licence files only (materialize.ts, `terms`) — and audited by the same engine, so that licence
// inheritance uses the licence its own text states (identified by the same matchers), with the
// clauses found in that text. The Hub's metadata is the fallback when no text names a licence.
import type { HubBaseLicense, HubBaseResolver } from '../analyze/stages/context.js'
import { audit } from '../audit.js'
import { defaultConfig } from '../config/schema.js'
import { identifyLicenseId } from '../licenses/identify.js'
import type { ReportLicense } from '../report/types.js'
import { HubAccessError, type HubClient, type HubModelInfo } from './client.js'
import { parseHubRef, type HubRef } from './id.js'
import { materializeHubModel } from './materialize.js'

/** Components whose licence is the model's terms (not its code, docs or data). */
const TERMS_COMPONENTS = new Set(['all', 'weights'])

function chooseLicence(licenses: ReportLicense[]): ReportLicense | undefined {
  const named = licenses.filter(l => l.id)
  return (
    named.find(l => l.source === 'file' && TERMS_COMPONENTS.has(l.component)) ??
    named.find(l => l.source === 'card') ??
    named.find(l => l.source === 'file' && l.component !== 'use-policy')
  )
}

function metadataLicence(info: HubModelInfo): string | null {
  const raw = info.cardData?.['license']
  const value =
    typeof raw === 'string'
      ? raw
      : Array.isArray(raw) && typeof raw[0] === 'string'
        ? raw[0]
        : info.tags.find(t => t.toLowerCase().startsWith('license:'))?.slice(8)
  const v = value?.trim().toLowerCase()
  if (!v || v === 'other' || v === 'unknown') return null
  return identifyLicenseId(v).id ?? v
}

/** Reads one base model's terms on the Hub; null when it cannot be read (its licence stays unknown). */
export async function readBaseModelLicence(client: HubClient, ref: HubRef): Promise<HubBaseLicense | null> {
  let m
  try {
    m = await materializeHubModel(client, ref, { mode: 'terms' })
  } catch (err) {
    // A base model that is missing, gated or unreachable leaves its licence unknown (a note says so).
    if (err instanceof HubAccessError) return null
    throw err
  }
  try {
    const config = { ...defaultConfig(), 'hub-lookup': false }
    const { report } = await audit(m.dir, config, {})
    const root = report.models.find(x => x.path === '.') ?? report.models[0]
    const chosen = root ? chooseLicence(root.licenses) : undefined
    if (!chosen?.id) {
      const id = metadataLicence(m.info)
      return id ? { licenseId: id } : null
    }
    // Clauses read in the base model's own texts, when its licence was read from a text.
    const fromText = root.clauses.filter(c => c.file && c.source !== 'catalogue')
    return {
      licenseId: chosen.id,
      ...(chosen.source === 'file' && chosen.file ? { licenseFile: chosen.file } : {}),
      ...(chosen.source === 'file' ? { clauses: [...new Set(fromText.map(c => c.type))] } : {})
    }
  } finally {
    await m.cleanup()
  }
}

/** The resolver audit() takes: one Hub read per base model and run, errors never thrown. */
export function hubBaseResolver(client: () => HubClient): HubBaseResolver {
  return async id => {
    let ref: HubRef
    try {
      ref = parseHubRef(id)
    } catch {
      return null
    }
    return readBaseModelLicence(client(), ref).catch(() => null)
  }
}
