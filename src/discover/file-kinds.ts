// What a file is, from its name alone: licence, use policy, notice, model card, weights, data card.
// Licence names are scored in the manner of licensee: the closer to a plain LICENSE, the higher.

export type FileRole = 'license' | 'use-policy' | 'notice' | 'card' | 'weights' | 'data-card' | 'other'

const LICENSE_EXTENSIONS = new Set(['', '.md', '.txt', '.markdown', '.rst', '.html', '.mdx'])
const WEIGHT_EXTENSIONS = new Set([
  '.safetensors',
  '.bin',
  '.gguf',
  '.ggml',
  '.onnx',
  '.pt',
  '.pth',
  '.ckpt',
  '.h5',
  '.msgpack',
  '.tflite',
  '.mlmodel',
  '.keras',
  '.pb',
  '.npz',
  '.nemo'
])
const CARD_NAMES = new Set([
  'readme.md',
  'model_card.md',
  'model-card.md',
  'modelcard.md',
  'model_card.markdown'
])

function splitExt(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return { stem: name, ext: '' }
  return { stem: name.slice(0, dot), ext: name.slice(dot).toLowerCase() }
}

/**
 * Score 0..1 of how surely a file name is a licence file. 0 means "not a licence".
 * LICENSE 1.0 · LICENSE.md 0.95 · COPYING 0.9 · LICENSE-MODEL / MODEL_LICENSE 0.85 ·
 * LICENSES/<id>.txt 0.8 · other names containing "license" with a text extension 0.6.
 */
export function licenseNameScore(relPath: string): number {
  const parts = relPath.split('/')
  const name = parts[parts.length - 1]
  const { stem, ext } = splitExt(name)
  const s = stem.toLowerCase()
  if (!LICENSE_EXTENSIONS.has(ext) && !(ext === '' || /^\.\d/.test(ext))) return 0
  // LICENSES/<id>.txt (REUSE), and a LICENSE folder holding the texts (LICENSE/MIT.txt).
  if (
    parts.length >= 2 &&
    isLicenseFolderName(parts[parts.length - 2]) &&
    (ext === '.txt' || ext === '.md' || ext === '') &&
    s !== 'readme' &&
    s !== 'index'
  )
    return 0.8
  if (s === 'license' || s === 'licence' || s === 'unlicense') return ext === '' ? 1 : 0.95
  if (s === 'copying' || s === 'copyright') return 0.9
  if (/^(licen[cs]e|copying)[-_. ]/.test(s) || /[-_. ](licen[cs]e)$/.test(s)) return 0.85
  if (s.includes('license') || s.includes('licence')) return 0.6
  // Agreements and terms named without the word "licence": EULA.md, TERMS_OF_USE.md, MODEL_AGREEMENT.txt
  // (a bare TERMS.md may be a glossary: not taken).
  if (
    /^(eula|((model|software|user|license)[-_ ]?)?agreement|((model|license)[-_ ]?)?terms[-_ ]of[-_ ](use|service))$/.test(
      s
    )
  )
    return 0.5
  return 0
}

/** A folder that holds licence texts: LICENSES/ (REUSE), LICENSE/ used as a folder, model_licenses/. */
export function isLicenseFolderName(name: string): boolean {
  return /^(?:models?[-_ ]?)?licen[cs]es?$/i.test(name)
}

/**
 * A licence file whose name or folder says it is a licence of its own, wherever it sits in a
 * model's tree: LICENSE-*, *_LICENSE*, MODEL_LICENSE, model_licenses/*, licenses/*. A plain
 * LICENSE in a subfolder is not: it is usually the licence of the code kept there.
 */
export function isDistinctiveLicenseName(relPath: string): boolean {
  const parts = relPath.split('/')
  if (parts.length >= 2 && isLicenseFolderName(parts[parts.length - 2]!)) return licenseNameScore(relPath) > 0
  const { stem } = splitExt(parts[parts.length - 1]!)
  const s = stem.toLowerCase()
  return /^licen[cs]e[-_. ]./.test(s) || /.[-_. ]licen[cs]e/.test(s)
}

/** THIRD_PARTY_LICENSES.md, ThirdPartyNotices.txt, LICENSE-3rd-party: terms of bundled dependencies. */
export function isThirdPartyName(relPath: string): boolean {
  const name = relPath.split('/').pop()!.toLowerCase()
  return /third[-_ .]?party|3rd[-_ .]?party|thirdparty/.test(name)
}

/**
 * A file whose name says it is a use policy (USE_POLICY.md, AUP.txt, acceptable-use-policy,
 * usage-policy), whatever its extension. Shared by discovery and the clause detectors.
 */
export function namesUsePolicy(relPath: string): boolean {
  const base = (relPath.split('/').pop() ?? relPath).toLowerCase().replace(/[^a-z0-9]+/g, ' ')
  const words = ` ${base} `
  return (
    words.includes(' use policy ') ||
    words.includes(' usepolicy ') ||
    words.includes(' usage policy ') ||
    words.includes(' aup ') ||
    words.includes(' acceptable use ') ||
    words.includes(' prohibited use ')
  )
}

/** A use-policy file discovery reads as text (licence-like extension). */
export function isUsePolicyName(relPath: string): boolean {
  const { ext } = splitExt(relPath.split('/').pop()!.toLowerCase())
  return LICENSE_EXTENSIONS.has(ext) && namesUsePolicy(relPath)
}

export function roleOf(relPath: string): FileRole {
  const name = relPath.split('/').pop()!
  const lower = name.toLowerCase()
  const { stem, ext } = splitExt(lower)
  if (isUsePolicyName(relPath)) return 'use-policy'
  // Third-party terms govern bundled dependencies, not the model: read as notices.
  if (
    isThirdPartyName(relPath) &&
    (licenseNameScore(relPath) > 0 || /notice/.test(stem)) &&
    LICENSE_EXTENSIONS.has(ext)
  )
    return 'notice'
  if (licenseNameScore(relPath) > 0) return 'license'
  if ((stem === 'notice' || stem === 'notices') && LICENSE_EXTENSIONS.has(ext)) return 'notice'
  if (CARD_NAMES.has(lower)) return 'card'
  if (/^(datasheet|data[-_]?card)/.test(lower) && (ext === '.md' || ext === '.txt')) return 'data-card'
  if (WEIGHT_EXTENSIONS.has(ext)) return 'weights'
  if (lower.endsWith('.safetensors.index.json') || lower.endsWith('.bin.index.json')) return 'weights'
  return 'other'
}

/** A card named MODEL_CARD.md is always a model card; a README.md only when it looks like one. */
export function isDedicatedCardName(relPath: string): boolean {
  const lower = relPath.split('/').pop()!.toLowerCase()
  return CARD_NAMES.has(lower) && lower !== 'readme.md'
}
