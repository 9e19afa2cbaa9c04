// Which model a licence file governs, from where it sits and what it is called. Repositories keep
// model licences in a folder of their own (model_licenses/LICENSE-<MODEL>, licenses/…) or name
// them for the model (LICENSE-SDXL, HERON_LICENSE.md); the word beside "licence" names the model.

import { trimChars } from '../text/trim.js'

/** Folders of vendored code, whose licence files are those of the code they hold. */
const VENDORED = /^(?:third[-_]?party|3rd[-_]?party|vendor(?:ed)?|external|extern|deps|submodules)$/i

export function isUnderVendoredFolder(relPath: string): boolean {
  return relPath
    .split('/')
    .slice(0, -1)
    .some(seg => VENDORED.test(seg))
}

/** Folders of source code, whose plain LICENSE is the code's (the model's code licence sits higher up). */
const CODE_FOLDER = /^(?:src|source|lib|libs|code|scripts|tools|utils|packages|training|inference)$/i

export function isUnderCodeFolder(relPath: string): boolean {
  return relPath
    .split('/')
    .slice(0, -1)
    .some(seg => CODE_FOLDER.test(seg))
}

/** Words of a licence file name that say it is a licence, not what it governs. */
const LICENSE_WORDS = new Set(
  'license|licence|licenses|licences|agreement|terms|of|use|the|and|for|txt|md|community|research|commercial|non|noncommercial|open|eula|copying|notice'.split(
    '|'
  )
)
/** Words that name a part of a release (LICENSE-MODEL, LICENSE_CODE): a component, not a model. */
const COMPONENT_WORDS = new Set(
  'model|models|weights|weight|code|software|source|data|dataset|docs|documentation|parameters|checkpoints'.split(
    '|'
  )
)

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .map(w => trimChars(w, '.'))
    .filter(w => w.length > 0)
}

/** Letters and digits only, lower-case: how names are compared ("SDXL-Turbo" → "sdxlturbo"). */
export function nameKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/**
 * What a licence file's name says it governs beyond "licence": "LICENSE-SDXL-Turbo" → "sdxlturbo",
 * "heron_LICENSE.md" → "heron", "LICENSE-MODEL" → "" (a component, no model), "LICENSE" → "".
 */
export function licenseSubject(relPath: string): string {
  const name = relPath.split('/').pop() ?? relPath
  const ws = words(name.replace(/\.(?:md|txt|markdown|rst|html)$/i, ''))
  const rest = ws.filter(w => !LICENSE_WORDS.has(w))
  if (rest.length === 0 || rest.every(w => COMPONENT_WORDS.has(w))) return ''
  return nameKey(rest.filter(w => !COMPONENT_WORDS.has(w)).join(''))
}

/** Whether a licence subject names a model: the same name, or one the start of the other (≥ 3 letters). */
export function subjectNamesModel(subject: string, modelName: string): boolean {
  const m = nameKey(modelName)
  if (subject.length < 3 || m.length < 3) return subject.length > 0 && subject === m
  return subject === m || m.startsWith(subject) || subject.startsWith(m)
}
