import { getLicenseInfo } from '../licenses/identify.js'
import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import { clauseLabel } from '../clauses/index.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

// A Map, not an object: the relation comes from the card, and `constructor` is no relation.
const RELATION = new Map<string | null, string>([
  ['finetune', 'A fine-tune'],
  ['adapter', 'An adapter'],
  ['quantized', 'A quantisation'],
  ['merge', 'A merge']
])

function relationNoun(relation: string | null): string {
  return RELATION.get(relation) ?? 'A derivative'
}

/**
 * The model-licence family of a licence (Llama 2 and Llama 3 are both `llama`), else its own id:
 * standard licences of one family differ in what they impose (CC BY and CC BY-NC).
 */
function family(id: string): string {
  const info = getLicenseInfo(id)
  return info && info.spdx === null ? info.family : id.toLowerCase()
}

/** A fine-tune, adapter, quantisation or merge cannot shed the restrictions of its base model. */
export const licenseInheritance: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license-inheritance',
    category: 'license-inheritance',
    title: 'A derivative keeps its base model’s licence terms',
    framework:
      'Licence inheritance of derivatives (Llama, Gemma, OpenRAIL terms flow down); OSAID 1.0 — the derivative inherits the base’s terms',
    severity: { default: 'error' },
    docs: docsUrl('license-inheritance')
  },
  check(facts, report, ctx) {
    const file = facts.cardFile?.path
    const line = facts.card?.metadataLines['base_model']
    const declared = facts.licenses.filter(l => l.id).map(l => l.id!.toLowerCase())
    // The same id, case aside, is the same family.
    const declaredFamilies = new Set(declared.map(family))
    const declaredTypes = new Set(facts.clauses.map(c => c.type))
    for (const b of facts.baseModels) {
      if (!b.licenseId) {
        report({
          message: `Base model ${b.id} is not in the catalogue of known models, so its licence could not be checked${ctx.config['hub-lookup'] ? ' (the Hugging Face Hub did not name one either)' : ' (set `hub-lookup: true` to ask the Hugging Face Hub)'}.`,
          file,
          line: b.line ?? line,
          evidence: b.id,
          severity: 'note'
        })
        continue
      }
      const info = getLicenseInfo(b.licenseId)
      // A base model read on the Hub brings the clause types of its own licence text; otherwise
      // the catalogue's clauses for its licence id stand in.
      const baseTypes = b.clauses ?? (info?.clauses ?? []).map(c => c.type)
      if (declaredFamilies.has(family(b.licenseId))) continue
      // The base's restrictions the derivative does not carry (none when the base restricts nothing).
      const dropped = [...new Set(baseTypes)].filter(
        t => !NON_RESTRICTIVE_CLAUSES.has(t) && !declaredTypes.has(t)
      )
      if (dropped.length === 0) continue
      const declaredText = facts.cardLicense?.value ?? (declared[0] || 'no licence')
      report({
        message: `Derived from ${b.id}, licensed under ${info?.name ?? b.licenseId}, but declared as \`${declaredText}\`: that drops what the base licence imposes (it ${dropped.map(clauseLabel).join('; ')}). ${relationNoun(facts.baseModelRelation)} must keep the base model's licence.`,
        file,
        line: b.line ?? line,
        evidence: `${b.id} → ${b.licenseId}${b.licenseFile ? ` (${b.licenseFile})` : ''}`
      })
    }
  }
}
