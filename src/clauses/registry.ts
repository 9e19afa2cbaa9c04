// CLAUSES: the only list of clause types. Adding a type costs its module, one line here, a docs
// page and a test table. Everything else (the ClauseType union and CLAUSE_TYPES in src/types.ts,
// the restriction rules, labels, nouns) is derived from this list.
// This module and the clause modules must not import values from src/types.ts (it imports them).
import acceptableUsePolicy from './acceptable-use-policy.js'
import attribution from './attribution.js'
import fieldOfUseRestriction from './field-of-use-restriction.js'
import geographicRestriction from './geographic-restriction.js'
import namingRequirement from './naming-requirement.js'
import noDerivatives from './no-derivatives.js'
import noRedistribution from './no-redistribution.js'
import nonCommercial from './non-commercial.js'
import outputUseRestriction from './output-use-restriction.js'
import remoteRestriction from './remote-restriction.js'
import researchOnly from './research-only.js'
import restrictionsFlowDown from './restrictions-flow-down.js'
import revenueThreshold from './revenue-threshold.js'
import shareAlike from './share-alike.js'
import terminationAtWill from './termination-at-will.js'
import userThreshold from './user-threshold.js'

/** In the order of the report contract; detectors run in this order on each sentence. */
export const CLAUSES = [
  userThreshold,
  revenueThreshold,
  fieldOfUseRestriction,
  acceptableUsePolicy,
  nonCommercial,
  researchOnly,
  outputUseRestriction,
  geographicRestriction,
  namingRequirement,
  remoteRestriction,
  noRedistribution,
  noDerivatives,
  restrictionsFlowDown,
  terminationAtWill,
  shareAlike,
  attribution
] as const

export type ClauseTypeName = (typeof CLAUSES)[number]['type']
