// Clause detection: the registry of clause types, the entry point that reads a text, and the
// labels other parts of the engine print (verdicts, PR comments) — taken from the clause modules,
// so nothing outside src/rules imports from it.
import type { ClauseType } from '../types.js'
import type { ClauseModule } from './clause.js'
import { CLAUSES } from './registry.js'

export { CLAUSES } from './registry.js'
export type { ClauseModule, DetectContext } from './clause.js'
export { detectClauses, detectInDoc, isUsePolicyFileName, LIST_SPAN, MAX_PER_TYPE } from './detect.js'
export { parseDoc } from './toolkit/sentences.js'

const BY_TYPE: ReadonlyMap<string, ClauseModule> = new Map(CLAUSES.map(c => [c.type, c as ClauseModule]))
const BY_RULE: ReadonlyMap<string, ClauseModule> = new Map(CLAUSES.map(c => [c.meta.id, c as ClauseModule]))

/** The clause module of a type. */
export function clauseModule(type: ClauseType): ClauseModule {
  return BY_TYPE.get(type)!
}

/** "caps the number of users": what the licence does, after "The licence …". */
export function clauseLabel(type: ClauseType): string {
  return clauseModule(type).label
}

/** A noun phrase for the clause behind a restriction rule ("a cap on the number of users"), or undefined. */
export function restrictionNoun(ruleId: string): string | undefined {
  return BY_RULE.get(ruleId)?.noun
}

/** The rule id that reports a clause type. */
export function ruleIdForClause(type: ClauseType): string {
  return clauseModule(type).meta.id
}
