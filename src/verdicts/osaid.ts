// The OSI Open Source AI Definition 1.0 verdict, from four requirements, each with its reason and
// evidence: terms (licences), parameters (weights), code, data information.
// `unknown` is used only where the repository gives too little to decide, and then the reason says
// what would decide it.
import type { ModelFacts } from '../analyze/facts.js'
import type { OsaidRequirement } from '../report/types.js'
import { NON_RESTRICTIVE_CLAUSES, type OsaidVerdict } from '../types.js'
import { getLicenseInfo, isOpenSourceLicense } from '../licenses/identify.js'
import { clauseLabel } from '../rules/license-restrictions.js'

/** Open content/data licences that OSAID's "OSI-approved terms" for parameters reasonably admits. */
const OPEN_DATA_TERMS = new Set(
  ['cc0-1.0', 'cc-by-4.0', 'cc-by-3.0', 'cc-by-sa-4.0', 'cdla-permissive-1.0', 'cdla-permissive-2.0', 'openmdw-1.0', 'openmdw-1.1', 'odc-by-1.0', 'pddl-1.0'].map(s => s.toLowerCase())
)

export function isOpenTerms(id: string): { open: boolean; osi: boolean } {
  if (isOpenSourceLicense(id)) return { open: true, osi: true }
  return { open: OPEN_DATA_TERMS.has(id.toLowerCase()), osi: false }
}

function where(file: string | null, line: number | null): string {
  return file ? (line ? `${file}:${line}` : file) : 'card metadata'
}

export function termsRequirement(f: ModelFacts): OsaidRequirement {
  const evidence: string[] = []
  const governing = f.licenses.filter(l => l.component !== 'data' && l.component !== 'documentation')
  const restrictive = f.clauses.filter(c => !NON_RESTRICTIVE_CLAUSES.has(c.type))
  for (const c of restrictive.slice(0, 8)) evidence.push(`${where(c.file, c.line)}: “${c.quote}”`)
  if (restrictive.length > 0) {
    const types = [...new Set(restrictive.map(c => c.type))]
    return {
      id: 'terms',
      verdict: 'fail',
      reason: `The terms restrict the freedoms: the licence ${types.map(clauseLabel).join('; ')}.`,
      evidence
    }
  }
  const inherited = f.baseModels.filter(b => b.licenseId && !isOpenTerms(b.licenseId).open)
  if (inherited.length > 0) {
    const b = inherited[0]
    return {
      id: 'terms',
      verdict: 'fail',
      reason: `Derived from ${b.id}, whose licence (${getLicenseInfo(b.licenseId!)?.name ?? b.licenseId}) is not open source; a derivative inherits its terms.`,
      evidence: [`base_model: ${b.id} → ${b.licenseId}`]
    }
  }
  if (governing.length === 0) {
    return { id: 'terms', verdict: 'fail', reason: 'No licence: without one nobody may use, study, modify or share the model.', evidence }
  }
  const identified = governing.filter(l => l.id && l.component !== 'use-policy')
  const notOpen = identified.filter(l => !isOpenTerms(l.id!).open)
  if (notOpen.length > 0) {
    const l = notOpen[0]
    return {
      id: 'terms',
      verdict: 'fail',
      reason: `${l.name} is not an OSI-approved licence.`,
      evidence: [`${l.file ?? 'card'}: ${l.id}`]
    }
  }
  const unidentified = governing.filter(l => !l.id && l.component !== 'use-policy')
  if (identified.length === 0 || unidentified.length > 0) {
    return {
      id: 'terms',
      verdict: 'unknown',
      reason: `The licence text${unidentified.length > 1 ? 's' : ''} ${unidentified.map(l => l.file ?? 'in the card').join(', ')} could not be identified and no restriction was found in it; a standard OSI-approved text or an SPDX id in the card would decide it.`,
      evidence
    }
  }
  const nonOsi = identified.filter(l => !isOpenTerms(l.id!).osi)
  for (const l of identified) evidence.push(`${l.file ?? 'card'}: ${l.id}${l.line ? ` (line ${l.line})` : ''}`)
  return {
    id: 'terms',
    verdict: 'pass',
    reason:
      nonOsi.length > 0
        ? `Open terms (${nonOsi.map(l => l.id).join(', ')} is an open content licence; the OSI has published no list of approved terms for parameters).`
        : `Every licence is OSI-approved (${[...new Set(identified.map(l => l.id))].join(', ')}) and no restrictive clause was found.`,
    evidence
  }
}

export function parametersRequirement(f: ModelFacts): OsaidRequirement {
  const weightFiles = f.model.weights.map(w => w.path)
  const links = (f.card?.links ?? []).filter(l => /huggingface\.co\/(?!datasets\/|spaces\/|docs\/|blog\/)[\w.-]+\/[\w.-]+/i.test(l.url) || /\.(safetensors|gguf|ckpt|pt|pth|bin|onnx)(\?|$)/i.test(l.url))
  if (f.gated) {
    return {
      id: 'parameters',
      verdict: 'fail',
      reason: 'The weights are gated (`extra_gated_*` in the card): access requires accepting extra terms or asking permission.',
      evidence: [`${f.cardFile?.path ?? 'card'}: extra_gated_*`]
    }
  }
  if (weightFiles.length > 0) {
    return { id: 'parameters', verdict: 'pass', reason: `Weights are in the repository (${weightFiles.length} file${weightFiles.length > 1 ? 's' : ''}).`, evidence: weightFiles.slice(0, 5) }
  }
  if (links.length > 0) {
    return { id: 'parameters', verdict: 'pass', reason: 'Weights are linked from the card.', evidence: links.slice(0, 3).map(l => `${f.cardFile?.path}:${l.line}: ${l.url}`) }
  }
  return {
    id: 'parameters',
    verdict: 'unknown',
    reason: 'No weight files (.safetensors, .bin, .gguf, …) and no link to them; adding them or linking to where they can be downloaded would decide it.',
    evidence: []
  }
}

export function codeRequirement(f: ModelFacts): OsaidRequirement {
  const kinds = f.code.kinds
  const evidence = [
    ...f.code.files.filter(c => c.kinds.some(k => k !== 'config' && k !== 'supporting')).slice(0, 5).map(c => `${c.path} (${c.kinds.join(', ')})`),
    ...f.code.links.slice(0, 3).map(l => `${f.cardFile?.path}:${l.line}: ${l.url} (${l.kinds.join(', ') || 'code'})`)
  ]
  if (kinds.has('training')) {
    const missing = kinds.has('data-processing') ? '' : ' Data-processing code was not found separately; make sure the linked or included code covers it.'
    return { id: 'code', verdict: 'pass', reason: `Training code is included or linked.${missing}`, evidence }
  }
  if (kinds.size > 0 && (kinds.has('inference') || kinds.has('architecture'))) {
    return {
      id: 'code',
      verdict: 'fail',
      reason: 'Only inference or architecture code is available: the training and data-processing code that OSAID requires is missing.',
      evidence
    }
  }
  return {
    id: 'code',
    verdict: 'fail',
    reason: 'No training, data-processing or inference code is included or linked from the card.',
    evidence
  }
}

export function dataInformationRequirement(f: ModelFacts): OsaidRequirement {
  const d = f.dataInformation
  if (d.level === 'complete') return { id: 'data-information', verdict: 'pass', reason: d.reason, evidence: d.evidence }
  return {
    id: 'data-information',
    verdict: 'fail',
    reason: d.level === 'partial' ? `The training data is only partly described: ${d.reason}` : `The training data is not described: ${d.reason}`,
    evidence: d.evidence
  }
}

export function osaidRequirements(f: ModelFacts): OsaidRequirement[] {
  return [termsRequirement(f), parametersRequirement(f), codeRequirement(f), dataInformationRequirement(f)]
}

export function osaidVerdict(reqs: OsaidRequirement[]): OsaidVerdict {
  if (reqs.some(r => r.verdict === 'fail')) return 'fail'
  if (reqs.some(r => r.verdict === 'unknown')) return 'unknown'
  return 'pass'
}
