// From what the audit found in a repository to a Model Openness Tool entry: each MOF component
// that is present, with the licence that governs it. The entry is then classified by the same
// code that classifies MOT YAML files, so both ways in agree.
import type { ModelFacts } from '../analyze/facts.js'
import type { LicenseComponent } from '../types.js'
import type { MofInventory } from './mof/index.js'
import { weightFiles } from './osaid.js'

const ARXIV = /arxiv\.org\/(abs|pdf)\//i
const PAPER =
  /(doi\.org\/|aclanthology\.org\/|aclweb\.org\/anthology|openreview\.net\/forum|proceedings\.|dl\.acm\.org\/doi|jmlr\.org\/papers|proceedings\.mlr\.press|papers\.nips\.cc|neurips\.cc\/paper|nature\.com\/articles|science\.org\/doi|huggingface\.co\/papers\/)/i
/** An arXiv preprint cited only in BibTeX: `eprint={2312.06550}, archivePrefix={arXiv}`. */
const BIBTEX_ARXIV = /eprint\s*=\s*(?:[{"]\s*)?(\d{4}\.\d{4,5})/i

/** The licence for one kind of artefact: a file naming that component first, else the general one. */
function licenceFor(f: ModelFacts, wanted: LicenseComponent[]): string | null {
  for (const w of wanted) {
    const l = f.licenseFiles.find(x => x.identification?.id && x.identification.component === w)
    if (l) return l.identification!.id
  }
  const general = f.licenseFiles.find(
    x => x.identification?.id && x.identification.component === 'all' && x.file.role === 'license'
  )
  if (general) return general.identification!.id
  return f.cardLicense?.identification?.id ?? null
}

function sectionWithCode(f: ModelFacts, heading: RegExp): boolean {
  return (f.card?.sections ?? []).some(s => heading.test(s.heading) && s.text.includes('```'))
}

export function mofInventory(f: ModelFacts): MofInventory {
  const kinds = f.code.kinds
  const files = f.model.files.map(x => x.path.toLowerCase())
  const links = f.card?.links ?? []
  const meta = f.card?.metadata ?? {}
  const components: MofInventory['components'] = []
  const add = (name: string, path?: string) => components.push({ name, ...(path ? { path } : {}) })
  // Prefer a source file over a configuration file as the component's path.
  const firstFile = (k: string) =>
    f.code.files.find(c => c.kinds.includes(k) && !c.kinds.includes('config'))?.path ??
    f.code.files.find(c => c.kinds.includes(k))?.path ??
    f.code.links.find(l => l.kinds.includes(k))?.url

  if (kinds.has('architecture')) add('Model architecture', firstFile('architecture'))
  if (f.osaidRequirements.find(r => r.id === 'parameters')?.verdict === 'pass')
    add('Model parameters (Final)', weightFiles(f)[0])
  if (
    files.some(p => /(^|\/)(checkpoint-\d+|step\d+|checkpoints?)\//.test(p)) ||
    /intermediate checkpoints?/i.test(f.card?.body ?? '')
  ) {
    add('Model parameters (Intermediate)')
  }
  if (files.some(p => /(trainer_state\.json|training_args\.(bin|json)|optimizer\.(pt|bin))$/.test(p)))
    add('Model metadata')
  if (kinds.has('training')) add('Training code', firstFile('training'))
  if (
    kinds.has('inference') ||
    sectionWithCode(f, /get(ting)? started|usage|how to use|inference|quick ?start/i)
  )
    add('Inference code', firstFile('inference'))
  if (kinds.has('evaluation')) add('Evaluation code', firstFile('evaluation'))
  if (kinds.has('data-processing')) add('Data preprocessing code', firstFile('data-processing'))
  if (kinds.has('supporting')) add('Supporting libraries and tools', firstFile('supporting'))
  const modelIndex = Array.isArray(meta['model-index']) ? (meta['model-index'] as unknown[]) : []
  const evalSection = (f.card?.sections ?? []).find(
    s =>
      /\b(evaluation|results|benchmark)/i.test(s.heading) &&
      s.text.trim().length > 40 &&
      !s.text.includes('[More Information Needed]')
  )
  if (modelIndex.length > 0 || evalSection) add('Evaluation results', f.card?.file)
  if (modelIndex.length > 0 || (evalSection && /\b(dataset|benchmark|test set)\b/i.test(evalSection.text)))
    add('Evaluation data')
  if (f.card) add('Model card', f.card.file)
  if (f.model.dataCards.length > 0 || f.dataInformation.level === 'complete')
    add('Data card', f.model.dataCards[0]?.path ?? f.card?.file)
  if (f.dataInformation.datasets.length > 0) add('Datasets')
  const body = f.card?.body ?? ''
  const bib = /archiveprefix\s*=\s*(?:[{"]\s*)?arxiv/i.test(body) ? BIBTEX_ARXIV.exec(body) : null
  const paper =
    links.find(l => PAPER.test(l.url)) ??
    links.find(l => ARXIV.test(l.url)) ??
    (bib ? { url: `https://arxiv.org/abs/${bib[1]}`, text: 'BibTeX', line: 0 } : undefined)
  const report =
    links.find(l => /technical report|tech report/i.test(l.text)) ??
    (paper && ARXIV.test(paper.url) ? paper : undefined)
  const pdf = f.model.files.find(x => x.path.toLowerCase().endsWith('.pdf'))
  if (report || pdf) add('Technical report', pdf?.path ?? report?.url)
  if (paper) add('Research paper', paper.url)

  return {
    name: f.name,
    license: {
      distribution: licenceFor(f, ['weights']),
      code: licenceFor(f, ['code']),
      data: licenceFor(f, ['weights', 'data']),
      document: licenceFor(f, ['documentation'])
    },
    components
  }
}
