// The JSON report's types, inferred from the one schema in ./schema.ts (the contract). Kept as a
// module of its own so that importers need no zod and the names stay where they always were.
export type {
  BaseModelReport,
  ModelReport,
  ModelSource,
  OsaidRequirement,
  Report,
  ReportClause,
  ReportFinding,
  ReportLicense
} from './schema.js'
