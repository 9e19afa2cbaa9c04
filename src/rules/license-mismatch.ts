import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/** Licence ids of an identification, split at AND/OR/WITH, lower-cased, for a loose comparison. */
function idSet(id: string): Set<string> {
  return new Set(
    id
      .replace(/[()]/g, ' ')
      .split(/\s+/)
      .filter(t => t && !/^(and|or|with)$/i.test(t))
      .map(t => t.toLowerCase().replace(/\+$/, ''))
  )
}

export const licenseMismatch: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license-mismatch',
    category: 'license-mismatch',
    title: 'The card’s licence agrees with the licence file',
    framework: 'Hugging Face model-card conventions (`license` must describe the repository’s terms)',
    severity: { default: 'error' },
    docs: docsUrl('license-mismatch')
  },
  check(facts, report) {
    const card = facts.cardLicense?.identification
    if (!card?.id) return
    const files = facts.licenseFiles.filter(
      l =>
        l.identification?.id &&
        l.file.role === 'license' &&
        (l.identification.component === 'all' || l.identification.component === 'weights')
    )
    if (files.length === 0) return
    const cardIds = idSet(card.id)
    const agrees = files.some(l => [...idSet(l.identification!.id!)].some(id => cardIds.has(id)))
    if (agrees) return
    const first = files[0]
    report({
      message: `The card declares \`${facts.cardLicense!.value}\` (${card.name}) but ${first.file.path} is ${first.identification!.name}.`,
      file: facts.cardFile?.path,
      line: facts.cardLicense!.line,
      evidence: `${facts.cardLicense!.value} ≠ ${first.identification!.id}`
    })
  }
}
