// Stage 4b (facts): what the card and files say about data, code, openness claims and gating.
import type { ParsedCard } from '../../card/types.js'
import { parseCard } from '../../card/parse-card.js'
import { classifyCodeFile, findCodeLinks, type CodeKind } from '../../knowledge/code-evidence.js'
import type { RepoFile } from '../../discover/discover.js'
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

/** What one file says about code (kinds empty when it is not code). */
async function classifyFile(
  ctx: StageContext,
  f: RepoFile,
  p: string
): Promise<{ path: string; kinds: CodeKind[] }> {
  // config.json is architecture only when it names one; read it (small) to tell.
  let content: string | undefined
  if (p.split('/').pop() === 'config.json' && f.size < 256 * 1024) {
    const r = await ctx.safe.read(f.path, 256 * 1024)
    if (r.kind === 'text') content = r.text
  }
  return { path: f.path, kinds: classifyCodeFile(p, content) }
}

/**
 * The files that belong to no model (a monorepo's shared src/, scripts/), classified once per
 * audit: every model is credited with them, and a monorepo of thousands of models must not
 * classify its shared tree once per model. Keyed by discovery's one list of them.
 */
const sharedClassified = new WeakMap<
  readonly RepoFile[],
  Promise<Array<{ path: string; kinds: CodeKind[] }>>
>()

function classifyShared(ctx: StageContext): Promise<Array<{ path: string; kinds: CodeKind[] }>> {
  const shared = ctx.model.sharedFiles
  let p = sharedClassified.get(shared)
  if (!p) {
    p = (async () => {
      const out: Array<{ path: string; kinds: CodeKind[] }> = []
      for (const f of shared) out.push(await classifyFile(ctx, f, f.path))
      return out
    })()
    sharedClassified.set(shared, p)
  }
  return p
}

async function codeFacts(ctx: StageContext, card: ParsedCard | null): Promise<CodeFacts> {
  const { model } = ctx
  const kinds = new Set<string>()
  const files: CodeFacts['files'] = []
  const rel = (p: string) => (model.path === '.' ? p : p.slice(model.path.length + 1))
  const add = (c: { path: string; kinds: CodeKind[] }) => {
    if (c.kinds.length === 0) return
    // a copy of the kinds: a model's facts never share an array another model may change
    files.push({ path: c.path, kinds: [...c.kinds] })
    for (const x of c.kinds) kinds.add(x)
  }
  for (const f of model.files) add(await classifyFile(ctx, f, rel(f.path)))
  for (const c of await classifyShared(ctx)) add(c)
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
