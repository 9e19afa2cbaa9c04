import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import { isOpenTerms } from '../verdicts/osaid.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/**
 * An identified licence that is not open source, even where no restrictive clause was detected
 * (e.g. a proprietary licence known by id). Under `permissive`, open content licences count too.
 */
export const licenseNotOpen: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license/osi-approved',
    category: 'license-restriction',
    title: 'Licences are OSI-approved',
    framework: 'OSAID 1.0 — code under OSI-approved licences, parameters under OSI-approved terms',
    severity: { default: 'error', 'open-weights': 'warning' },
    docs: docsUrl('license/osi-approved')
  },
  check(facts, report, ctx) {
    const strict = ctx.config.policy === 'permissive'
    const seen = new Set<string>()
    // A standard licence with sentences added that restrict nothing is judged by its base licence,
    // as the OSAID terms are; license/modified quotes what was added.
    const restricted = facts.clauses.some(c => !NON_RESTRICTIVE_CLAUSES.has(c.type))
    for (const l of facts.licenses) {
      if (!l.id || l.component === 'use-policy' || seen.has(l.id.toLowerCase())) continue
      seen.add(l.id.toLowerCase())
      const terms = isOpenTerms(l.modifiedFrom && !restricted ? l.modifiedFrom : l.id)
      if (terms.osi || (terms.open && !strict)) continue
      report({
        message: terms.open
          ? `${l.name} is an open content licence, not an OSI-approved licence (the permissive policy asks for OSI licences).`
          : `${l.name} is not an OSI-approved licence.`,
        file: l.file ?? facts.cardFile?.path,
        line: l.file ? undefined : l.line,
        evidence: l.id
      })
    }
  }
}
