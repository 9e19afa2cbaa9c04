// Stage 4b (facts): what the card and files say about data, code, openness claims and gating.
import type { ParsedCard } from '../../card/types.js'
import { parseCard } from '../../card/parse-card.js'
import { classifyCodeFile, findCodeLinks } from '../../knowledge/code-evidence.js'
import { assessDataInformation } from '../../knowledge/data-information.js'
import { findOpenSourceClaims } from '../../knowledge/open-claims.js'
import { isRealWeights } from '../../discover/weights.js'
import type { CodeFacts, DataInformationFacts, OpenClaim, WeightFileFacts } from '../facts.js'
import type { StageContext } from './context.js'

export interface FactsStage {
  openClaims: OpenClaim[]
  dataInformation: DataInformationFacts
  code: CodeFacts
  weights: WeightFileFacts[]
  gated: boolean
}

async function codeFacts(ctx: StageContext, card: ParsedCard | null): Promise<CodeFacts> {
  const { safe, model } = ctx
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

async function dataInformationFacts(
  ctx: StageContext,
  card: ParsedCard | null
): Promise<DataInformationFacts> {
  const dataCards: ParsedCard[] = []
  for (const d of ctx.model.dataCards.slice(0, 5)) {
    const r = await ctx.safe.read(d.path)
    if (r.kind === 'text') dataCards.push(parseCard(d.path, r.text).card)
  }
  if (!card) {
    return {
      level: 'none',
      described: false,
      obtainable: false,
      datasets: [],
      missing: ['a model card describing the training data'],
      reason: 'there is no model card.',
      evidence: []
    }
  }
  const d = assessDataInformation(card, dataCards)
  return {
    level: d.level,
    described: d.described.ok,
    obtainable: d.obtainable.ok,
    datasets: d.datasets,
    missing: d.missing,
    reason: d.reason,
    evidence: d.evidence
  }
}

export async function factsStage(ctx: StageContext, card: ParsedCard | null): Promise<FactsStage> {
  return {
    openClaims: card ? findOpenSourceClaims(card) : [],
    dataInformation: await dataInformationFacts(ctx, card),
    code: await codeFacts(ctx, card),
    weights: ctx.model.weights
      .filter(isRealWeights)
      .map(f => ({ path: f.path, bytes: f.size, lfs: f.lfs === true })),
    gated: card ? Object.keys(card.metadata).some(k => k.startsWith('extra_gated_')) : false
  }
}
