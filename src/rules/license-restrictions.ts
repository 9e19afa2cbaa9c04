// One rule per clause type, derived from the clause modules (src/clauses/<type>.ts): the module
// holds the rule's id, title, framework, severities, docs and messages; this file only turns a
// clause into a finding at its file and line.
import { CLAUSES } from '../clauses/registry.js'
import { formatMessage, type ClauseModule } from '../clauses/clause.js'
import type { ModelRule } from './types.js'

export { clauseLabel, restrictionNoun, ruleIdForClause } from '../clauses/index.js'

function ruleFor(clause: ClauseModule): ModelRule {
  return {
    scope: 'model',
    meta: { ...clause.meta, category: 'license-restriction' },
    check(facts, report) {
      const seen = new Set<string>()
      const message = formatMessage(clause.messages.found, { label: clause.label, noun: clause.noun })
      for (const c of facts.clauses) {
        if (c.type !== clause.type) continue
        const key = `${c.file}:${c.line}`
        if (seen.has(key)) continue
        seen.add(key)
        // A clause known only from the catalogue says where it came from: its evidence is the
        // catalogue's summary, at the card's licence line.
        const catalogue = c.source === 'catalogue' || !c.file
        report({
          message,
          file: c.file ?? facts.cardFile?.path,
          line: c.line ?? (c.file ? undefined : facts.cardLicense?.line),
          evidence: catalogue && c.summary ? c.summary : c.quote
        })
      }
    }
  }
}

export const restrictionRules: ModelRule[] = (CLAUSES as readonly ClauseModule[]).map(ruleFor)
