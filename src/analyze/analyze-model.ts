// Gathers the facts of one model in stages that follow the folders' data flow: discovery gave the
// model root; then its card, then its licences, then the facts the rules and verdicts look at.
// Every read goes through SafeFs.
import type { ModelRoot } from '../discover/discover.js'
import type { SafeFs } from '../discover/safe-fs.js'
import { modelName } from '../card/model-name.js'
import type { Finding } from '../types.js'
import { osaidRequirements } from '../verdicts/osaid.js'
import type { ModelFacts } from './facts.js'
import { baseModelStage } from './stages/base-model-stage.js'
import { readCardStage } from './stages/card-stage.js'
import type { AnalyzeOptions, StageContext } from './stages/context.js'
import { factsStage } from './stages/facts-stage.js'
import { licenseStage } from './stages/license-stage.js'
import { clausesForModel } from './stages/scope-stage.js'
import { variantsOf } from './stages/variant-stage.js'

export type { AnalyzeOptions } from './stages/context.js'
export { resolveLicenseLink, type LicenseLinkTarget } from './stages/license-link.js'

/** The folder's name, or the audited root's for a model at the root. */
function folderName(safe: SafeFs, model: ModelRoot): string {
  return model.path === '.' ? (safe.root.split(/[\\/]/).pop() ?? '.') : model.path.split('/').pop()!
}

/** The facts of one model root: one ModelFacts, or one per model its card names with its own licence. */
export async function analyzeModelVariants(
  safe: SafeFs,
  model: ModelRoot,
  opts: AnalyzeOptions,
  repoFindings: Finding[]
): Promise<ModelFacts[]> {
  const whole = await analyzeModel(safe, model, opts, repoFindings)
  const variants = variantsOf(whole.card, whole)
  if (variants.length === 0) return [whole]
  return variants.map(v => {
    const facts: ModelFacts = {
      ...whole,
      ...v.licenses,
      clauses: clausesForModel(
        v.licenses.clauses,
        v.licenses.licenseFiles,
        [v.model.name, folderName(safe, model)],
        opts.scopeCache
      ),
      name: v.model.name,
      variant: { name: v.model.name, line: v.model.line },
      osaidRequirements: []
    }
    facts.osaidRequirements = osaidRequirements(facts)
    return facts
  })
}

export async function analyzeModel(
  safe: SafeFs,
  model: ModelRoot,
  opts: AnalyzeOptions,
  repoFindings: Finding[]
): Promise<ModelFacts> {
  const ctx: StageContext = { safe, model, opts, repoFindings }
  const card = await readCardStage(ctx)
  const licenses = await licenseStage(ctx, card.card, card.metadataProblems)
  const bases = await baseModelStage(ctx, card.card)
  const rest = await factsStage(ctx, card.card)
  const name = modelName(card.card, folderName(safe, model))
  const facts: ModelFacts = {
    model,
    name,
    card: card.card,
    cardFile: model.card,
    cardState: card.cardState,
    cardProblems: card.cardProblems,
    metadataProblems: card.metadataProblems,
    ...(card.cardHiddenText ? { cardHiddenText: card.cardHiddenText } : {}),
    ...(card.cardBytes !== undefined ? { cardBytes: card.cardBytes } : {}),
    ...licenses,
    // a licence, section or sentence that names the models it covers binds those models only
    clauses: clausesForModel(
      licenses.clauses,
      licenses.licenseFiles,
      [name, folderName(safe, model)],
      opts.scopeCache
    ),
    ...bases,
    ...rest,
    osaidRequirements: []
  }
  facts.osaidRequirements = osaidRequirements(facts)
  return facts
}
