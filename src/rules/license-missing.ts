import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/** No licence at all: nobody may use, study, modify or share the model. */
export const licenseMissing: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license-missing',
    category: 'license-missing',
    title: 'Every model has a licence',
    framework:
      'OSAID 1.0 — parameters and code under OSI-approved terms; OSD (a licence must grant the freedoms)',
    severity: { default: 'error' },
    docs: docsUrl('license-missing')
  },
  check(facts, report) {
    // A licence the card points at that is not there: its terms are unknown, whatever else is found.
    for (const b of facts.brokenLicenseLinks) {
      report({
        message: `The card links to \`${b.path}\` as a licence, but that file is not in the repository: the terms it names could not be read.`,
        file: facts.cardFile?.path,
        line: b.line,
        severity: 'warning'
      })
    }
    const hasFile = facts.licenseFiles.some(l => l.file.role === 'license' || l.file.role === 'use-policy')
    const cardValue = facts.cardLicense?.value?.trim().toLowerCase() ?? ''
    const hasCardLicense = cardValue !== '' && cardValue !== 'unknown'
    // A licence the card's text states for the model ("released under the MIT License", a row of
    // a table of models) is a licence, though not a file.
    const statedInText = facts.licenses.some(l => l.source === 'card-text' && l.id && l.component !== 'code')
    if (hasFile || hasCardLicense || statedInText) return
    const where = facts.model.path === '.' ? 'the repository' : `model ${facts.model.path}`
    report({
      message: `No licence found for ${where}: add a LICENSE file and a \`license:\` key to the model card's front matter.`,
      file: facts.cardFile?.path,
      line: facts.cardLicense?.line
    })
  }
}
