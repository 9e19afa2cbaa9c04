// Test-only: ModelFacts for one model, built from a few fields, so that each OSAID requirement and
// the MOF mapping can be tested branch by branch without a repository on disk.
import type { LicenseFileFacts, ModelFacts } from '../../src/analyze/facts.js'
import type { RepoFile } from '../../src/discover/discover.js'
import type { Clause, LicenseIdentification } from '../../src/types.js'
import { makeCard } from '../knowledge/helpers.js'

export function file(path: string, role: RepoFile['role'] = 'other', size = 1000): RepoFile {
  return { path, role, size }
}

export function ident(id: string | null, over: Partial<LicenseIdentification> = {}): LicenseIdentification {
  return {
    file: 'LICENSE',
    id,
    name: id ?? 'Custom licence',
    source: 'file',
    confidence: id ? 1 : 0,
    matcher: id ? 'exact' : 'none',
    component: 'all',
    ...over
  }
}

export function licenseFile(
  path: string,
  id: string | null,
  state: LicenseFileFacts['state'] = 'text',
  over: Partial<LicenseIdentification> = {}
): LicenseFileFacts {
  return {
    file: file(path, 'license'),
    state,
    identification: state === 'text' ? ident(id, { file: path, ...over }) : null,
    clauses: []
  }
}

export function clause(type: Clause['type'], quote = 'a clause'): Clause {
  return { type, file: 'LICENSE', line: 3, quote }
}

export interface FactsInput extends Partial<ModelFacts> {
  cardText?: string
  /** Every weight-named file discovery listed (`model.weights`); `weights` holds the real ones. */
  weightNamed?: RepoFile[]
  files?: RepoFile[]
}

export function facts(input: FactsInput = {}): ModelFacts {
  const { cardText, weightNamed, files, ...over } = input
  const card = cardText === undefined ? null : makeCard(cardText)
  const licenseFiles = over.licenseFiles ?? []
  const licenses =
    over.licenses ??
    licenseFiles.filter(l => l.identification && l.file.role !== 'notice').map(l => l.identification!)
  return {
    model: {
      path: '.',
      card: card ? file('README.md', 'card') : null,
      licenseFiles: licenseFiles.map(l => l.file),
      licenseFrom: '.',
      weights: weightNamed ?? (over.weights ?? []).map(w => file(w.path, 'weights', w.bytes)),
      dataCards: [],
      files: files ?? [],
      sharedFiles: []
    },
    name: 'Heron-7B',
    card,
    cardFile: card ? file('README.md', 'card') : null,
    cardState: card ? 'ok' : 'missing',
    cardProblems: [],
    metadataProblems: [],
    licenseFiles,
    cardLicense: null,
    licenses,
    clauses: [],
    brokenLicenseLinks: [],
    baseModels: [],
    baseModelRelation: null,
    baseModelProblems: [],
    openClaims: [],
    dataInformation: {
      level: 'none',
      described: false,
      obtainable: false,
      datasets: [],
      missing: [],
      reason: 'says nothing.',
      evidence: []
    },
    code: { kinds: new Set(), files: [], links: [] },
    weights: [],
    proseLicenses: [],
    gated: false,
    osaidRequirements: [],
    ...over
  }
}
