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
    title: 'The card’s licence agrees with the licence file and its own text',
    framework: 'Hugging Face model-card conventions (`license` must describe the repository’s terms)',
    severity: { default: 'error' },
    docs: docsUrl('license-mismatch')
  },
  check(facts, report) {
    const files = facts.licenseFiles.filter(
      l =>
        l.identification?.id &&
        l.file.role === 'license' &&
        (l.identification.component === 'all' || l.identification.component === 'weights')
    )
    const agreesWithFiles = (ids: Set<string>) =>
      files.some(l => [...idSet(l.identification!.id!)].some(id => ids.has(id)))
    const card = facts.cardLicense?.identification
    if (card?.id && files.length > 0 && !agreesWithFiles(idSet(card.id))) {
      const first = files[0]
      report({
        message: `The card declares \`${facts.cardLicense!.value}\` (${card.name}) but ${first.file.path} is ${first.identification!.name}.`,
        file: facts.cardFile?.path,
        line: facts.cardLicense!.line,
        evidence: `${facts.cardLicense!.value} ≠ ${first.identification!.id}`
      })
    }
    // A licence the card's text states for the model must agree with its metadata, else with its
    // licence files.
    for (const prose of facts.proseLicenses) {
      if (!prose.id || (prose.component !== 'all' && prose.component !== 'weights')) continue
      const ids = idSet(prose.id)
      if (card?.id) {
        if ([...idSet(card.id)].some(id => ids.has(id))) continue
        report({
          message: `The card’s text says the model is under ${prose.name}, but its metadata declares \`${facts.cardLicense!.value}\` (${card.name}).`,
          file: prose.file ?? undefined,
          line: prose.line,
          evidence: `${prose.id} ≠ ${card.id}`
        })
      } else if (files.length > 0 && !agreesWithFiles(ids)) {
        const first = files[0]
        report({
          message: `The card’s text says the model is under ${prose.name}, but ${first.file.path} is ${first.identification!.name}.`,
          file: prose.file ?? undefined,
          line: prose.line,
          evidence: `${prose.id} ≠ ${first.identification!.id}`
        })
      }
    }
  }
}
