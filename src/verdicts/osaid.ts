// The OSI Open Source AI Definition 1.0 verdict, from four requirements, each with its reason and
// evidence: terms (licences), parameters (weights), code, data information.
// `unknown` is used only where the repository gives too little to decide, and then the reason says
// what would decide it.
import type { ModelFacts } from '../analyze/facts.js'
import type { OsaidRequirement } from '../report/types.js'
import { NON_RESTRICTIVE_CLAUSES, type OsaidVerdict } from '../types.js'
import { getLicenseInfo, isOpenSourceLicense } from '../licenses/identify.js'
import { clauseLabel } from '../clauses/index.js'
import { baseModelPublishesDataAndCode } from '../knowledge/base-models.js'
import { maskUrls } from '../knowledge/text-lines.js'
import { fileClaim, type CodeClaim } from '../knowledge/code-evidence.js'

/** Open content/data licences that OSAID's "OSI-approved terms" for parameters reasonably admits. */
const OPEN_DATA_TERMS = new Set(
  [
    'cc0-1.0',
    'cc-by-4.0',
    'cc-by-3.0',
    'cc-by-sa-4.0',
    'cdla-permissive-1.0',
    'cdla-permissive-2.0',
    'openmdw-1.0',
    'openmdw-1.1',
    'odc-by-1.0',
    'pddl-1.0'
  ].map(s => s.toLowerCase())
)

export function isOpenTerms(id: string): { open: boolean; osi: boolean } {
  if (isOpenSourceLicense(id)) return { open: true, osi: true }
  return { open: OPEN_DATA_TERMS.has(id.toLowerCase()), osi: false }
}

function where(file: string | null, line: number | null): string {
  return file ? (line ? `${file}:${line}` : file) : 'card metadata'
}

/** What would decide terms the audit cannot judge. */
const DECIDE_TERMS =
  'an SPDX licence id in the card (e.g. `license: apache-2.0`), a licence name from the catalogue (e.g. `license: llama3.1`) or a standard licence text would decide it'

const UNREADABLE_STATE: Record<string, string> = {
  binary: 'is a binary file',
  'lfs-pointer': 'is a Git LFS pointer, not the licence text',
  error: 'could not be read',
  truncated: 'is too large to read completely',
  unsafe: 'leads outside the repository'
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
  // Licence files that could not be read completely: what they say is unknown, never open.
  const unreadable = f.licenseFiles.filter(l => l.file.role !== 'notice' && l.state in UNREADABLE_STATE)
  if (governing.length === 0 && unreadable.length === 0) {
    return {
      id: 'terms',
      verdict: 'fail',
      reason: 'No licence: without one nobody may use, study, modify or share the model.',
      evidence
    }
  }
  const identified = governing.filter(l => l.id && l.component !== 'use-policy')
  // A standard licence with sentences added is judged by its base licence once no restrictive
  // clause was found (above, over the whole text, added sentences included); the pass says so.
  const termsId = (l: (typeof identified)[number]): string => l.modifiedFrom ?? l.id!
  const notOpen = identified.filter(l => !isOpenTerms(termsId(l)).open)
  if (notOpen.length > 0) {
    const l = notOpen[0]
    return {
      id: 'terms',
      verdict: 'fail',
      reason: `${l.name} is not an OSI-approved licence.`,
      evidence: [`${l.file ?? 'card'}: ${l.id}`]
    }
  }
  if (unreadable.length > 0) {
    const u = unreadable[0]
    return {
      id: 'terms',
      verdict: 'unknown',
      reason: `${u.file.path} ${UNREADABLE_STATE[u.state]}, so its terms cannot be checked; the licence as text, ${DECIDE_TERMS}.`,
      evidence: unreadable.slice(0, 3).map(l => `${l.file.path}: ${l.state}`)
    }
  }
  const unidentified = governing.filter(l => !l.id && l.component !== 'use-policy')
  if (unidentified.length > 0) {
    const names = unidentified.map(l => (l.file ? l.file : `\`${l.name}\` in the card`))
    return {
      id: 'terms',
      verdict: 'unknown',
      reason: `The licence${unidentified.length > 1 ? 's' : ''} ${names.join(', ')} ${unidentified.length > 1 ? 'are' : 'is'} not recognised and no restriction was found in ${unidentified.length > 1 ? 'them' : 'it'}; ${DECIDE_TERMS}.`,
      evidence: unidentified.slice(0, 3).map(l => `${l.file ?? 'card'}: ${l.name || 'unrecognised'}`)
    }
  }
  if (identified.length === 0) {
    // Only a use policy governs: it says what may not be done, not what may.
    return {
      id: 'terms',
      verdict: 'unknown',
      reason: `Only a use policy was found, no licence granting the freedoms; ${DECIDE_TERMS}.`,
      evidence: governing.slice(0, 3).map(l => `${l.file ?? 'card'}: ${l.component}`)
    }
  }
  const nonOsi = identified.filter(l => !isOpenTerms(termsId(l)).osi)
  const modified = identified.filter(l => l.modifiedFrom)
  const modifiedNote =
    modified.length > 0
      ? ` ${modified.map(l => `${l.file ?? 'card'} is ${l.name}: its added sentences restrict nothing the audit detects; read them`).join('; ')}.`
      : ''
  for (const l of identified)
    evidence.push(`${l.file ?? 'card'}: ${l.id}${l.line ? ` (line ${l.line})` : ''}`)
  return {
    id: 'terms',
    verdict: 'pass',
    reason:
      (nonOsi.length > 0
        ? `Open terms (${nonOsi.map(l => l.id).join(', ')} ${nonOsi.length > 1 ? 'are open content licences' : 'is an open content licence'}; the OSI has published no list of approved terms for parameters).`
        : `Every licence is OSI-approved (${[...new Set(identified.map(l => l.id))].join(', ')}) and no restrictive clause was found.`) +
      modifiedNote,
    evidence
  }
}

/** Files with a weights extension that hold training state, not the model's parameters. */
const NOT_WEIGHTS =
  /(?:^|\/)(?:training_args|optimizer|scheduler|scaler|rng_state[\w-]*|trainer_state|pytorch_lora_weights_state)\.(?:bin|pt|pth)$/i

/**
 * The model's own weight files: real weights only (a weight format with a real size or an LFS
 * pointer, outside test, fixture and asset folders — see discover/weights.ts), and not training
 * state such as optimizer.pt.
 */
export function weightFiles(f: ModelFacts): string[] {
  return f.weights.map(w => w.path).filter(p => !NOT_WEIGHTS.test(p))
}

const WEIGHT_FILE_URL =
  /\.(?:safetensors|gguf|ckpt|pt|pth|bin|onnx|h5|msgpack|tflite|mlmodel|npz)(?:\?[^\s]*)?$/i
const HUB_MODEL_URL =
  /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/(?!datasets\/|spaces\/|docs\/|blog\/|papers\/|collections\/|models\b|organizations\/|join\b|settings\/|posts\/|learn\/)([\w.-]+\/[\w.-]+)/i
const OTHER_WEIGHT_HOST =
  /^https?:\/\/(?:www\.)?(?:modelscope\.cn\/models|zenodo\.org\/records?|kaggle\.com\/models|ollama\.com\/library|drive\.google\.com|dropbox\.com|figshare\.com|pan\.baidu\.com|storage\.googleapis\.com|[\w.-]+\.s3[\w.-]*\.amazonaws\.com|s3\.amazonaws\.com|[\w-]+\.blob\.core\.windows\.net|civitai\.com\/models|github\.com\/[\w.-]+\/[\w.-]+\/releases)\b/i
/** Words that say a link is where this model's weights are downloaded. */
const WEIGHT_CONTEXT =
  /\b(?:weights?|checkpoints?|download\w*|model files?|parameters|hugging ?face|hf hub|model hub|🤗|gguf|safetensors|available (?:on|at|from)|hosted)\b|🤗/i
/** Words that say a linked model is another one: the base, a comparison, a sibling. */
const OTHER_MODEL_CONTEXT =
  /\b(?:fine-?tuned (?:version )?(?:of|from)|based on|base model|original model|derived from|quantized (?:version )?of|distilled from|compared|comparison|outperform\w*|same tokenizer|tokenizer)\b/i

/** Card links to where the weights of this model can be downloaded. */
function weightLinks(f: ModelFacts): Array<{ url: string; line: number }> {
  if (!f.card) return []
  const bases = new Set(f.baseModels.map(b => b.id.toLowerCase()))
  const lines = f.card.text.split('\n')
  const out: Array<{ url: string; line: number }> = []
  for (const l of f.card.links) {
    const url = l.url.trim()
    const hub = HUB_MODEL_URL.exec(url)
    if (hub && bases.has(hub[1].toLowerCase())) continue
    if (
      WEIGHT_FILE_URL.test(url.split('#')[0]) &&
      (hub || /\/(?:resolve|blob|releases\/download|raw)\//i.test(url) || !/github\.com/i.test(url))
    ) {
      out.push({ url, line: l.line })
      continue
    }
    if (!hub && !OTHER_WEIGHT_HOST.test(url)) continue
    // URLs masked: "huggingface.co" in the link itself says nothing about weights.
    const context = maskUrls(`${l.text} ${lines[l.line - 1] ?? ''}`)
    if (OTHER_MODEL_CONTEXT.test(context)) continue
    if (WEIGHT_CONTEXT.test(context)) out.push({ url, line: l.line })
  }
  return out
}

const HUB_LOAD =
  /(?:from_pretrained|snapshot_download|hf_hub_download|pipeline)\(\s*(?:[\w"'-]+\s*,\s*)?(?:(?:repo_id|model|pretrained_model_name_or_path)\s*=\s*)?["']([A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,95})["']|\b(?:huggingface-cli|hf) download\s+([A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,95})/g

/**
 * The card's code loads weights from the Hub by id (`from_pretrained("org/model")`,
 * `huggingface-cli download org/model`): the weights are published there. Base models and other
 * catalogued models are left out unless the id carries this model's name.
 */
function hubLoads(f: ModelFacts): Array<{ id: string; line: number }> {
  if (!f.card) return []
  const bases = new Set(f.baseModels.map(b => b.id.toLowerCase()))
  const nameTokens = f.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(t => t.length >= 4)
  const out: Array<{ id: string; line: number }> = []
  const lines = f.card.text.split('\n')
  for (let i = 0; i < lines.length && out.length < 3; i++) {
    const text = lines[i]
    if (!/from_pretrained|_download|pipeline\(| download /.test(text) || /--repo-type[ =]+dataset/.test(text))
      continue
    HUB_LOAD.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = HUB_LOAD.exec(text)) !== null) {
      const id = (m[1] ?? m[2]).replace(/\.git$/, '')
      if (bases.has(id.toLowerCase())) continue
      const repoName = id.split('/')[1].toLowerCase()
      const own = nameTokens.some(t => repoName.includes(t))
      if (!own && baseModelPublishesDataAndCode(id).known) continue
      out.push({ id, line: i + 1 })
    }
  }
  return out
}

export function parametersRequirement(f: ModelFacts): OsaidRequirement {
  const files = weightFiles(f)
  const links = weightLinks(f)
  if (f.gated) {
    return {
      id: 'parameters',
      verdict: 'fail',
      reason:
        'The weights are gated (`extra_gated_*` in the card): access requires accepting extra terms or asking permission.',
      evidence: [`${f.cardFile?.path ?? 'card'}: extra_gated_*`]
    }
  }
  if (files.length > 0) {
    const adapter = files.every(p => /adapter_model\.|lora/i.test(p))
    return {
      id: 'parameters',
      verdict: 'pass',
      reason: `${adapter ? 'Adapter weights' : 'Weights'} are in the repository (${files.length} file${files.length > 1 ? 's' : ''}).${adapter && f.baseModels.length > 0 ? ` They need the base model ${f.baseModels[0].id}, whose terms apply too.` : ''}`,
      evidence: files.slice(0, 5)
    }
  }
  if (links.length > 0) {
    return {
      id: 'parameters',
      verdict: 'pass',
      reason: 'Weights are linked from the card.',
      evidence: links.slice(0, 3).map(l => `${f.cardFile?.path}:${l.line}: ${l.url}`)
    }
  }
  const loads = hubLoads(f)
  if (loads.length > 0) {
    return {
      id: 'parameters',
      verdict: 'pass',
      reason: `The card loads the weights from the Hugging Face Hub (${loads[0].id}).`,
      evidence: loads.map(l => `${f.cardFile?.path}:${l.line}: ${l.id}`)
    }
  }
  const named = f.model.weights.map(w => w.path)
  const real = new Set(f.weights.map(w => w.path))
  const state = named.filter(p => real.has(p))
  const small = named.filter(p => !real.has(p))
  const list = (ps: string[]) => ps.slice(0, 3).join(', ')
  return {
    id: 'parameters',
    verdict: 'unknown',
    reason:
      state.length > 0
        ? `Only training state (${list(state)}) is in the repository, not the model's weights, and the card links to none; adding the weights or a download link would decide it.`
        : small.length > 0
          ? `The files named like weights (${list(small)}) are too small to hold a model's parameters or sit with tests, fixtures or assets, and the card links to no weights; adding them or linking to where they can be downloaded would decide it.`
          : 'No weight files (.safetensors, .bin, .gguf, …) and no link to them; adding them or linking to where they can be downloaded would decide it.',
    evidence: [...state, ...small].slice(0, 3)
  }
}

const DERIVED = new Set(['finetune', 'adapter', 'quantized', 'merge'])

/** For a derivative, OSAID needs the base model's code and data information too. */
function derivativeNote(f: ModelFacts): string {
  if (f.baseModels.length === 0) return ''
  const rel =
    f.baseModelRelation && DERIVED.has(f.baseModelRelation)
      ? f.baseModelRelation
      : f.baseModels.length > 1
        ? 'merge'
        : 'derivative'
  const names = f.baseModels
    .slice(0, 2)
    .map(b => b.id)
    .join(' and ')
  const what =
    rel === 'quantized'
      ? 'a quantisation'
      : rel === 'adapter'
        ? 'an adapter'
        : rel === 'merge'
          ? 'a merge'
          : rel === 'finetune'
            ? 'a fine-tune'
            : 'a derivative'
  return ` As ${what} of ${names}, it also needs the base model's training code and data information, linked or described.`
}

/**
 * A derivative's own code and data story is not enough: its parameters also come from the base.
 * Returns a failing or unknown requirement when a base model is known not to publish its training
 * data information and code, or is unknown; null when every base does (or there is none).
 */
function baseRequirement(
  f: ModelFacts,
  id: 'code' | 'data-information',
  own: OsaidRequirement
): OsaidRequirement | null {
  if (f.baseModels.length === 0) return null
  const what = id === 'code' ? 'training code' : 'training data information'
  const closed: string[] = []
  const unknown: string[] = []
  for (const b of f.baseModels) {
    const k = baseModelPublishesDataAndCode(b.id)
    if (!k.known) unknown.push(b.id)
    else if (!k.open) closed.push(`${b.id} (${k.family})`)
  }
  const ownPart = id === 'code' ? 'its own training code is available' : 'its own training data is described'
  if (closed.length > 0) {
    return {
      id,
      verdict: 'fail',
      reason: `Derived from ${closed.join(' and ')}, whose ${what} is not published; ${ownPart}, but OSAID needs the ${what} behind the base model's parameters too.`,
      evidence: [...f.baseModels.map(b => `base_model: ${b.id}`), ...own.evidence].slice(0, 6)
    }
  }
  if (unknown.length > 0) {
    return {
      id,
      verdict: 'unknown',
      reason: `${ownPart[0].toUpperCase()}${ownPart.slice(1)}, but the model is derived from ${unknown.join(' and ')}, which is not in the catalogue: whether that base publishes its ${what} decides it.`,
      evidence: [...f.baseModels.map(b => `base_model: ${b.id}`), ...own.evidence].slice(0, 6)
    }
  }
  return null
}

export function codeRequirement(f: ModelFacts): OsaidRequirement {
  const own = ownCodeRequirement(f)
  return own.verdict === 'pass' ? (baseRequirement(f, 'code', own) ?? own) : own
}

function joinAnd(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`
}

/** A file or link credited as this model's training or data-processing code, with why. */
interface CreditedCode {
  kind: 'training' | 'data-processing'
  /** "train.py" or "README.md:12: https://… — “sentence”". */
  evidence: string
  where: string
}

/**
 * The code that trained this model and processed its data: pretraining code for a base model,
 * fine-tuning code for a fine-tune, LoRA/adapter code only for an adapter. Files count by their
 * path (source code outside notebooks and demo folders); links count when a sentence says they
 * are that code.
 */
export function creditedCode(f: ModelFacts): { credited: CreditedCode[]; notCredited: string[] } {
  const derived = f.baseModels.length > 0
  const adapter =
    f.baseModelRelation === 'adapter' || weightFiles(f).some(p => /adapter_model\.|lora/i.test(p))
  const credited: CreditedCode[] = []
  const notCredited: string[] = []
  const judge = (claim: CodeClaim, evidence: string, where: string) => {
    if (claim.kind === 'training' && claim.adapter && !adapter) {
      notCredited.push(`${where} (adapter code, not the code that trained this model)`)
      return
    }
    if (claim.kind === 'training' && claim.fineTuning && !derived) {
      notCredited.push(`${where} (fine-tuning code; this base model needs the code that pretrained it)`)
      return
    }
    credited.push({ kind: claim.kind, evidence, where })
    if (claim.dataToo) credited.push({ kind: 'data-processing', evidence, where })
  }
  for (const c of f.code.files) {
    const claim = fileClaim(c.path, c.kinds)
    if (claim) judge(claim, `${c.path} (${claim.kind})`, c.path)
  }
  for (const l of f.code.links) {
    if (!l.claim) continue
    const where = `${f.cardFile?.path ?? 'card'}:${l.line}: ${l.url}`
    judge(l.claim, `${where} — “${l.claim.sentence}”`, l.url)
  }
  return { credited, notCredited }
}

function ownCodeRequirement(f: ModelFacts): OsaidRequirement {
  const kinds = f.code.kinds
  const { credited, notCredited } = creditedCode(f)
  const training = credited.filter(c => c.kind === 'training')
  const dataCode = credited.filter(c => c.kind === 'data-processing')
  const evidence = [...training.slice(0, 3), ...dataCode.slice(0, 2)].map(c => c.evidence)
  const notes = notCredited.length > 0 ? ` Not counted: ${notCredited.slice(0, 2).join('; ')}.` : ''
  if (training.length > 0) {
    const missing =
      dataCode.length > 0
        ? ''
        : ' Data-processing code was not found separately; make sure the linked or included code covers it.'
    return {
      id: 'code',
      verdict: 'pass',
      reason: `Training code is included or linked (${training
        .slice(0, 3)
        .map(c => c.where)
        .join(', ')}).${missing}`,
      evidence
    }
  }
  // Links that look like the model's own code ("GitHub", "Repository", "Code", or the model's name).
  const nameTokens = f.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(
      t =>
        t.length >= 3 &&
        !/^(?:model|card|for|the|instruct|chat|base|merge[ds]?|lora|gguf|awq|gptq|exl2|quant\w*|hf|it|sft|dpo)$/.test(
          t
        )
    )
  const undescribed = f.code.links.filter(l => {
    if (l.kinds.length > 0) return false
    // The link text is kept by findCodeLinks although CodeFacts does not declare it.
    const text = l.text
    if (
      !text ||
      /\b(?:github|gitlab|repo|repository|code|source|codebase)\b/i.test(text) ||
      /^(?:https?:\/\/)?(?:www\.)?git/i.test(text)
    )
      return true
    const repo = (/^https?:\/\/[^/]+\/[^/]+\/([^/?#]+)/i.exec(l.url)?.[1] ?? '').toLowerCase()
    return nameTokens.some(t => repo.includes(t))
  })
  const unclear =
    undescribed.length > 0
      ? ` The card links ${undescribed
          .slice(0, 2)
          .map(l => l.url)
          .join(
            ', '
          )} without saying it holds training code; saying so (e.g. "training code: …") would count it.`
      : ''
  if (undescribed.length > 0)
    evidence.push(
      ...undescribed.slice(0, 2).map(l => `${f.cardFile?.path}:${l.line}: ${l.url} (not described)`)
    )
  const others = [
    dataCode.length > 0 ? 'data-processing' : '',
    kinds.has('inference') ? 'inference' : '',
    kinds.has('architecture') ? 'architecture' : '',
    kinds.has('evaluation') ? 'evaluation' : ''
  ].filter(Boolean)
  if (others.length > 0) {
    return {
      id: 'code',
      verdict: 'fail',
      reason: `Only ${joinAnd(others)} code is available: the training code OSAID requires (the code that trained this model) is missing.${notes}${unclear}${derivativeNote(f)}`,
      evidence
    }
  }
  return {
    id: 'code',
    verdict: 'fail',
    reason: `No training, data-processing or inference code is included or linked from the card.${notes}${unclear}${derivativeNote(f)}`,
    evidence
  }
}

export function dataInformationRequirement(f: ModelFacts): OsaidRequirement {
  const d = f.dataInformation
  const evidence = d.evidence
  if (!f.card) {
    return {
      id: 'data-information',
      verdict: 'fail',
      reason: `There is no model card, so nothing describes the training data or says where to obtain it.${derivativeNote(f)}`,
      evidence
    }
  }
  if (d.described && d.obtainable) {
    const own: OsaidRequirement = {
      id: 'data-information',
      verdict: 'pass',
      reason: `The card ${d.reason}`,
      evidence
    }
    return baseRequirement(f, 'data-information', own) ?? own
  }
  const what =
    d.level === 'none'
      ? 'The training data is not described'
      : d.described
        ? 'The training data is described but not obtainable'
        : d.obtainable
          ? 'The training data can be obtained but is not described'
          : 'The training data is only partly described'
  return {
    id: 'data-information',
    verdict: 'fail',
    reason: `${what}: the card ${d.reason}${derivativeNote(f)}`,
    evidence
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
