import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

const UNREADABLE = {
  binary: 'binary: it holds NUL bytes',
  'lfs-pointer': 'a Git LFS pointer: the text itself is not in the checkout',
  error: 'it could not be read'
} as const

export const licenseUnrecognized: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license-unrecognized',
    category: 'license-unrecognized',
    title: 'Licence texts are recognised',
    framework:
      'OSAID 1.0 — terms must be identifiable to be judged (an unidentified custom licence leaves the verdict unknown)',
    severity: { default: 'warning' },
    docs: docsUrl('license-unrecognized')
  },
  check(facts, report) {
    for (const l of facts.licenseFiles) {
      if (l.file.role === 'notice') continue
      if (l.state === 'binary' || l.state === 'lfs-pointer' || l.state === 'error') {
        report({
          message: `${l.file.path} is not a readable text file (${UNREADABLE[l.state]}); its terms cannot be checked.`,
          file: l.file.path
        })
        continue
      }
      if (l.state === 'unsafe' || l.state === 'missing') continue
      if (!l.identification?.id && l.clauses.length === 0 && l.file.role === 'license') {
        report({
          message: `${l.file.path} matches no known licence; its clauses were still scanned. State its SPDX id or use a standard text.`,
          file: l.file.path,
          line: 1
        })
      }
    }
    const cl = facts.cardLicense
    if (
      cl?.value &&
      cl.value.toLowerCase() !== 'other' &&
      cl.value.toLowerCase() !== 'unknown' &&
      !cl.identification?.id
    ) {
      report({
        message: `The card's licence \`${cl.value}\` is not a licence this audit knows.`,
        file: facts.cardFile?.path,
        line: cl.line,
        evidence: cl.value
      })
    }
  }
}
