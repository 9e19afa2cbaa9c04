// Licences the audit cannot judge: a file it cannot read completely, a text that matches no known
// licence and has no clause, a card licence it does not know. Any of them leaves the OSAID terms
// `unknown`; `unknown-license: fail | warn | ignore` sets what that does to the check.
import type { UnknownLicense } from '../config/schema.js'
import type { SeverityOrOff } from '../types.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

const EFFECT: Record<UnknownLicense, SeverityOrOff> = { fail: 'error', warn: 'warning', ignore: 'off' }

const UNREADABLE: Record<string, string> = {
  binary: 'binary: it holds NUL bytes',
  'lfs-pointer': 'a Git LFS pointer, not the text',
  error: 'not readable',
  unsafe: 'a link leaving the repository'
}

export const licenseUnrecognized: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license-unrecognized',
    category: 'license-unrecognized',
    title: 'Licence texts are recognised',
    framework:
      'OSAID 1.0 — terms must be identifiable to be judged (an unidentified custom licence leaves the verdict unknown)',
    severity: { default: 'warning' },
    severityFromConfig: config => EFFECT[config['unknown-license']],
    docs: docsUrl('license-unrecognized')
  },
  check(facts, report) {
    let reported = false
    const say: typeof report = r => {
      reported = true
      report(r)
    }
    for (const l of facts.licenseFiles) {
      // A truncated text is reported by file-truncated, with how much was not read.
      if (l.file.role === 'notice' || l.state === 'missing' || l.state === 'truncated') continue
      if (l.state === 'unsafe') {
        reported = true // unsafe-path reports it
        continue
      }
      if (l.state !== 'text') {
        say({
          message: `${l.file.path} is ${UNREADABLE[l.state]}; its terms cannot be checked, so the OSAID terms are unknown.`,
          file: l.file.path
        })
        continue
      }
      if (!l.identification?.id && l.clauses.length === 0 && l.file.role === 'license') {
        say({
          message: `${l.file.path} matches no known licence and no clause was found in it, so the OSAID terms are unknown. State its SPDX id (or a catalogue name) in the card, or use a standard text.`,
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
      say({
        message: `The card's licence \`${cl.value}\` is not a licence this audit knows.`,
        file: facts.cardFile?.path,
        line: cl.line,
        evidence: cl.value
      })
    }
    // Terms left unknown for another reason (e.g. `license: other` naming a licence with no text).
    const terms = facts.osaidRequirements.find(r => r.id === 'terms')
    if (!reported && terms?.verdict === 'unknown') {
      report({
        message: `OSAID terms: ${terms.reason}`,
        file: facts.cardFile?.path,
        ...(cl?.line ? { line: cl.line } : {})
      })
    }
  }
}
