import { isHubLicenseId } from '../licenses/hub-ids.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/** Broken or ill-shaped card metadata: the Hub (and every tool) then misreads the licence. */
export const metadataInvalid: ModelRule = {
  scope: 'model',
  meta: {
    id: 'metadata-invalid',
    category: 'metadata-invalid',
    title: 'Model card metadata is valid YAML with the Hub’s keys and values',
    framework: 'Hugging Face model-card metadata specification',
    severity: { default: 'error' },
    docs: docsUrl('metadata-invalid')
  },
  check(facts, report) {
    const file = facts.cardFile?.path
    for (const p of facts.cardProblems)
      report({ message: p.message, file, line: p.line, severity: p.severity })
    for (const p of facts.metadataProblems)
      report({ message: `Card metadata ${p.message}.`, file, line: p.line })
    const cl = facts.cardLicense
    // A list is already reported by the schema check; each of its values was still identified.
    if (cl?.value && !cl.values) {
      const v = cl.value.trim()
      if (v.toLowerCase() === 'other') {
        if (!cl.licenseName || !cl.licenseLink) {
          report({
            message:
              '`license: other` needs both `license_name` and `license_link` (a LICENSE file in the repository or a URL).',
            file,
            line: cl.line
          })
        }
      } else if (!isHubLicenseId(v)) {
        const suggestion = cl.identification?.id
          ? ` (did you mean \`${cl.identification.id.toLowerCase()}\`?)`
          : ''
        report({
          message: `\`license: ${v}\` is not a Hugging Face Hub licence identifier${suggestion}; use one from the Hub's list, or \`other\` with \`license_name\` and \`license_link\`.`,
          file,
          line: cl.line,
          evidence: v,
          severity: 'warning'
        })
      }
    }
    for (const problem of facts.baseModelProblems) {
      report({ message: `\`base_model\`: ${problem}`, file, line: facts.card?.metadataLines['base_model'] })
    }
  }
}
