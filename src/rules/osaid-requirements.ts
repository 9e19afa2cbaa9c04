// Findings for the OSAID requirements that fail (terms are covered by the licence rules).
import type { Category } from '../types.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

function requirementRule(
  id: string,
  requirement: 'parameters' | 'code' | 'data-information',
  category: Category,
  title: string,
  framework: string
): ModelRule {
  return {
    scope: 'model',
    meta: {
      id,
      category,
      title,
      framework,
      severity: {
        default: 'error',
        'open-weights': 'off',
        permissive: 'off',
        'mof-class-1': 'warning',
        'mof-class-2': 'warning',
        'mof-class-3': 'warning'
      },
      docs: docsUrl(id)
    },
    check(facts, report) {
      const r = facts.osaidRequirements.find(x => x.id === requirement)
      if (!r || r.verdict !== 'fail') return
      report({
        message: `OSAID ${requirement}: ${r.reason}`,
        file: facts.cardFile?.path,
        evidence: r.evidence[0]
      })
    }
  }
}

export const osaidDataInformation = requirementRule(
  'osaid/data-information',
  'data-information',
  'data-information',
  'Training data is described well enough to rebuild an equivalent system',
  'OSAID 1.0 — Data Information: provenance, scope, selection, processing, and where public data can be obtained'
)

export const osaidCode = requirementRule(
  'osaid/code',
  'code',
  'code-availability',
  'Training, data-processing and inference code is available',
  'OSAID 1.0 — Code: the complete source code used to train and run the system, under OSI-approved licences'
)

export const osaidParameters = requirementRule(
  'osaid/parameters',
  'parameters',
  'weights-availability',
  'Weights are available without gating',
  'OSAID 1.0 — Parameters: model weights under OSI-approved terms, available to all'
)
