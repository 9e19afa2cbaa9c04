import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/** Calling a model open source when it fails the Open Source AI Definition. */
export const openWashing: ModelRule = {
  scope: 'model',
  meta: {
    id: 'open-washing',
    category: 'open-washing',
    title: 'No “open source” claim for a model that is not open source',
    framework: 'OSAID 1.0 (binary: open source AI or not); OSI on Llama; OSAI Index on open-washing',
    severity: { default: 'error', 'open-weights': 'warning' },
    docs: docsUrl('open-washing')
  },
  check(facts, report) {
    const failing = facts.osaidRequirements.filter(r => r.verdict === 'fail')
    if (failing.length === 0) return
    // "Released under an open-source licence" is true of an OSI licence even when the model fails
    // on data or code: such a claim is open-washing only when the terms themselves fail.
    const termsFail = failing.some(r => r.id === 'terms')
    const claims = facts.openClaims.filter(c => c.about !== 'license' || termsFail)
    if (claims.length === 0) return
    const first = failing[0]
    const claim = claims[0]
    report({
      message: `The card calls the model open source, but it fails the Open Source AI Definition on ${failing.map(r => r.id).join(', ')}. ${first.reason} Say “open weights”, or fix what fails.`,
      file: facts.cardFile?.path,
      line: claim.line,
      evidence: claim.quote
    })
  }
}
