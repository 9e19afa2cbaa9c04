// Stage 4a (facts: base models): the card's `base_model`, each resolved through the catalogue of
// known models, else (when allowed) the Hugging Face Hub.
import type { ParsedCard } from '../../card/types.js'
import { parseBaseModelField, resolveBaseModel } from '../../knowledge/base-models.js'
import { lookupHubLicense } from '../../knowledge/hub-lookup.js'
import { identifyLicenseId } from '../../licenses/identify.js'
import type { BaseModelFacts } from '../facts.js'
import type { ClauseType } from '../../types.js'
import { asString, type HubBaseLicense, type StageContext } from './context.js'

export interface BaseModelStage {
  baseModels: BaseModelFacts[]
  baseModelRelation: string | null
  baseModelProblems: string[]
}

/** The licence of a base model the catalogue does not know, asked of the Hub once per audit. */
function hubLicense(ctx: StageContext, id: string): Promise<HubBaseLicense | null> {
  let p = ctx.opts.hubCache.get(id)
  if (!p) {
    p = ctx.opts.hubBaseResolver
      ? ctx.opts.hubBaseResolver(id)
      : lookupHubLicense(id, { endpoint: ctx.opts.hubEndpoint, signal: ctx.opts.signal }).then(r => {
          if (!r.licenseId || r.licenseId === 'other' || r.licenseId === 'unknown') return null
          return { licenseId: identifyLicenseId(r.licenseId).id ?? r.licenseId }
        })
    ctx.opts.hubCache.set(id, p)
  }
  return p
}

/** One base model id, resolved: the catalogue first, then the Hub when the audit may ask it. */
export async function resolveBaseModelFacts(
  ctx: StageContext,
  id: string,
  line: number | undefined
): Promise<BaseModelFacts> {
  const at = line ? { line } : {}
  const known = resolveBaseModel(id)
  if (known) return { id, licenseId: known.licenseId, family: known.family, source: 'catalogue', ...at }
  if (!ctx.opts.hubLookup) return { id, licenseId: null, source: 'unknown', ...at }
  const hub = await hubLicense(ctx, id)
  const licenseId = hub?.licenseId ?? null
  if (!hub || !licenseId) return { id, licenseId: null, source: 'unknown', ...at }
  return {
    id,
    licenseId,
    source: 'hub',
    ...at,
    ...(hub.clauses ? { clauses: hub.clauses as ClauseType[] } : {}),
    ...(hub.licenseFile ? { licenseFile: hub.licenseFile } : {})
  }
}

export async function baseModelStage(ctx: StageContext, card: ParsedCard | null): Promise<BaseModelStage> {
  const baseModels: BaseModelFacts[] = []
  let baseModelProblems: string[] = []
  if (card && card.metadata['base_model'] !== undefined) {
    const line = card.metadataLines['base_model']
    const parsed = parseBaseModelField(card.metadata['base_model'])
    baseModelProblems = parsed.problems
    for (const id of parsed.ids) baseModels.push(await resolveBaseModelFacts(ctx, id, line))
  }
  const baseModelRelation = card ? asString(card.metadata['base_model_relation']) : null
  return { baseModels, baseModelRelation, baseModelProblems }
}
