// The JSON report contract (../shared/DESIGN.md, "Contract: JSON report"), written once, here.
//
// - The TypeScript types of the report (Report, ModelReport, …) are inferred from these schemas
//   (src/report/types.ts re-exports them), so the type and the contract cannot disagree.
// - schemas/report.schema.json is generated from them (`npm run schemas`; a test checks the
//   committed file), with an $id, the schema version and a description for every field.
// - Objects are strict: a field the report emits but the schema does not declare fails the tests
//   that validate real reports, and is rejected by the published JSON Schema.
//
// To add a field to the report: add it below, with `.describe()`, then run `npm run schemas`.
// That is the only place to edit; the types follow. Fields that the engine produces through its
// own types (Finding, Clause, LicenseIdentification in src/types.ts) are checked against these
// schemas at compile time at the end of this file, so a field added there and not here is a type
// error that points here. The contract changes only by adding (optional fields, new enum values).
import { z } from 'zod'
import { FAIL_ON, POLICIES } from '../config/schema.js'
import {
  CATEGORIES,
  CLAUSE_TYPES,
  SEVERITIES,
  type Clause,
  type Finding,
  type LicenseIdentification
} from '../types.js'

/** Version of the report's shape; a breaking change (never planned) would bump it. */
export const REPORT_SCHEMA_VERSION = 1

const line = z.number().int().positive()

export const FINDING_STATUSES = ['new', 'unchanged', 'fixed'] as const
export const LICENSE_SOURCES = ['file', 'card', 'card-text', 'catalogue'] as const
export const LICENSE_MATCHERS = [
  'exact',
  'dice',
  'marker',
  'spdx-expression',
  'spdx-correct',
  'hub-id',
  'license-name',
  'pointer',
  'none'
] as const
export const LICENSE_COMPONENTS = ['all', 'code', 'weights', 'data', 'documentation', 'use-policy'] as const
export const OSAID_REQUIREMENT_IDS = ['terms', 'parameters', 'code', 'data-information'] as const
export const BASE_MODEL_SOURCES = ['catalogue', 'hub', 'unknown'] as const

const verdict = z.enum(['pass', 'fail'])
const osaidVerdict = z.enum(['pass', 'fail', 'unknown'])

export const findingSchema = z
  .strictObject({
    rule: z.string().describe('Id of the rule that reported it, e.g. "license/no-user-threshold".'),
    category: z.enum(CATEGORIES).describe('What kind of problem it is.'),
    severity: z.enum(SEVERITIES).describe('error, warning or note, after the policy and the config.'),
    message: z.string().describe('What is wrong and how to fix it, in one or two sentences.'),
    file: z.string().optional().describe('Path relative to the audited root, with "/" separators.'),
    line: line.optional().describe('1-based line in file.'),
    evidence: z.string().optional().describe('The text that shows the problem, verbatim from file.'),
    status: z
      .enum(FINDING_STATUSES)
      .optional()
      .describe('On a pull request: new, unchanged or fixed (present in the base, gone in the head).')
  })
  .describe('One problem found by one rule.')

export const clauseSchema = z
  .strictObject({
    type: z.enum(CLAUSE_TYPES).describe('The clause type, e.g. "user-threshold".'),
    file: z
      .string()
      .nullable()
      .describe('Path relative to the audited root; null when known only from the licence catalogue.'),
    line: line.nullable().describe('1-based line of the quote in file; null when file is null.'),
    quote: z
      .string()
      .describe(
        'Verbatim text of the clause. For a catalogue clause, the card metadata line that names the licence.'
      ),
    source: z
      .enum(['text', 'catalogue'])
      .optional()
      .describe('text: found in a file of the repository; catalogue: known from the licence id only.'),
    summary: z
      .string()
      .optional()
      .describe("The catalogue's one-line summary of the clause (catalogue clauses)."),
    appliesTo: z
      .strictObject({
        models: z
          .string()
          .describe(
            'The words of the licence text that name the models or variants, e.g. "the Heron-70B model".'
          ),
        statedIn: z
          .enum(['sentence', 'section', 'file'])
          .describe(
            "Where the text names them: the clause's own sentence, its section, or the file's title or opening."
          )
      })
      .optional()
      .describe(
        'The models or variants this clause binds when its licence text names them (a research licence for one model size); absent when it binds every model.'
      )
  })
  .describe('A clause of a licence or use policy that matters for openness.')

export const licenseSchema = z
  .strictObject({
    file: z
      .string()
      .nullable()
      .describe('Path of the licence file or card, relative to the audited root; null when not from a file.'),
    id: z
      .string()
      .nullable()
      .describe(
        'SPDX id or expression, or catalogue id (the Hub id where one exists); null when unidentified.'
      ),
    name: z.string().describe('Human-readable licence name.'),
    source: z
      .enum(LICENSE_SOURCES)
      .describe('file: a licence text; card: card metadata (license:); card-text: the prose of the card.'),
    confidence: z.number().min(0).max(1).describe('How sure the identification is, from 0 to 1.'),
    matcher: z.enum(LICENSE_MATCHERS).describe('Which matcher decided the identification, licensee-style.'),
    component: z
      .enum(LICENSE_COMPONENTS)
      .describe('Which part of the release the licence governs, when its file name or text says so.'),
    line: line.optional().describe('1-based line of the `license:` key (source card) or of the mention.'),
    modifiedFrom: z
      .string()
      .optional()
      .describe(
        'The standard SPDX licence this text is with sentences added or changed; id is then `LicenseRef-<id>-modified`.'
      ),
    addedText: z
      .array(
        z
          .strictObject({
            line: line.describe('1-based line where the sentence starts.'),
            text: z.string().describe('The added or changed sentence, whitespace collapsed.')
          })
          .describe('A sentence the standard text does not have.')
      )
      .optional()
      .describe('The sentences added to or changed in the standard text (at most 5), in order.')
  })
  .describe('One licence identified for a model.')

export const osaidRequirementSchema = z
  .strictObject({
    id: z.enum(OSAID_REQUIREMENT_IDS).describe('The OSAID 1.0 requirement.'),
    verdict: osaidVerdict.describe('pass, fail, or unknown when the repository gives too little to decide.'),
    reason: z.string().describe('Why, in one sentence; for unknown, what would decide it.'),
    evidence: z.array(z.string()).describe('Files, lines and links the verdict rests on.')
  })
  .describe('The verdict on one requirement of the OSI Open Source AI Definition 1.0.')

export const mofProgressSchema = z
  .strictObject({
    '1': z.number().min(0).max(100).describe('Percent of Class I (open science) components met.'),
    '2': z.number().min(0).max(100).describe('Percent of Class II (open tooling) components met.'),
    '3': z.number().min(0).max(100).describe('Percent of Class III (open model) components met.')
  })
  .describe('Progress towards each Model Openness Framework class, in percent.')

export const baseModelSchema = z
  .strictObject({
    id: z.string().describe('The base model as the card names it (Hub id).'),
    licenseId: z.string().nullable().describe('Licence of the base model; null when unknown.'),
    source: z
      .enum(BASE_MODEL_SOURCES)
      .describe('Where the licence came from: the built-in catalogue, the Hugging Face Hub, or unknown.'),
    line: line
      .optional()
      .describe(
        '1-based line of the card that names it: the `base_model:` key, or the sentence that says so.'
      )
  })
  .describe('A base model this model is derived from.')

export const MODEL_SOURCE_KINDS = ['hub'] as const

export const modelSourceSchema = z
  .strictObject({
    kind: z
      .enum(MODEL_SOURCE_KINDS)
      .describe('hub: the model was read on the Hugging Face Hub (audit hf:OWNER/NAME).'),
    id: z.string().describe('The model on the Hub, OWNER/NAME.'),
    revision: z.string().describe('The commit audited.'),
    url: z.string().describe("The model's page; its files are at {url}/blob/{revision}/{file}.")
  })
  .describe(
    'Where the model was read when it is not in the audited folder. Its paths (card, licences, clauses, findings) are as in that repository.'
  )

export const modelReportSchema = z
  .strictObject({
    path: z.string().describe('Folder of the model, relative to the audited root ("." for the root).'),
    variant: z
      .string()
      .optional()
      .describe(
        'Set when the card names several models with licences of their own (a table or list): the named model this entry is. Entries of one folder share its path; path and variant together identify the entry.'
      ),
    card: z
      .string()
      .nullable()
      .describe('Path of the model card, relative to the audited root; null when none.'),
    name: z.string().optional().describe('Model name, from the card (model_name, title) or the folder.'),
    licenses: z.array(licenseSchema).describe('Every licence identified for the model.'),
    osaid: osaidVerdict.describe('OSAID 1.0 verdict over all requirements.'),
    osaidRequirements: z
      .array(osaidRequirementSchema)
      .optional()
      .describe('Why the OSAID verdict is what it is, one entry per requirement.'),
    mofClass: z
      .literal([1, 2, 3])
      .nullable()
      .describe('Model Openness Framework class reached (1 is the most open); null when unclassified.'),
    mofProgress: mofProgressSchema.optional(),
    clauses: z.array(clauseSchema).describe('Clauses found in the licences and use policies of the model.'),
    findings: z.array(findingSchema).describe('Findings about this model, most severe first.'),
    verdict: verdict.optional().describe('fail when a finding of this model is at or above failOn.'),
    baseModels: z.array(baseModelSchema).optional().describe('Base models named by the card (base_model:).'),
    source: modelSourceSchema.optional()
  })
  .describe('The audit of one model found in the repository.')

export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION).describe('Version of this report format.'),
    tool: z
      .strictObject({
        name: z.literal('model-openness-audit').describe('Always model-openness-audit.'),
        version: z.string().describe('Version of the tool that wrote the report.')
      })
      .describe('The tool that wrote the report.'),
    verdict: verdict.describe('fail when any finding is at or above failOn.'),
    policy: z.enum(POLICIES).optional().describe('The policy the audit applied.'),
    failOn: z.enum(FAIL_ON).optional().describe('The severity at which a finding fails the check.'),
    shard: z
      .strictObject({
        index: z.number().int().positive().describe('Which slice this report covers, from 1 to count.'),
        count: z.number().int().positive().describe('How many slices the model roots were cut into.')
      })
      .optional()
      .describe(
        'Set when only a slice of the model roots was audited (`--shard K/N`); `merge` joins the slices.'
      ),
    models: z.array(modelReportSchema).describe('One entry per model found.'),
    findings: z
      .array(findingSchema)
      .describe('Findings about the repository rather than one model (configuration, discovery).')
  })
  .describe('The JSON report of Model Openness Audit.')

export type Report = z.infer<typeof reportSchema>
export type ModelReport = z.infer<typeof modelReportSchema>
export type ModelSource = z.infer<typeof modelSourceSchema>
export type ReportFinding = z.infer<typeof findingSchema>
export type ReportClause = z.infer<typeof clauseSchema>
export type ReportLicense = z.infer<typeof licenseSchema>
export type OsaidRequirement = z.infer<typeof osaidRequirementSchema>
export type BaseModelReport = z.infer<typeof baseModelSchema>

// Compile-time checks: what the engine produces fits the contract. A key the engine type has and
// the schema lacks makes `MissingFrom…` a non-never type and the assignment below an error.
type Missing<Engine, Contract> = Exclude<keyof Engine, keyof Contract>
type Assert<T extends true> = T
type Fits<Engine, Contract> = [Missing<Engine, Contract>] extends [never]
  ? Engine extends Contract
    ? true
    : false
  : false
export type ContractChecks = [
  Assert<Fits<Finding, ReportFinding>>,
  Assert<Fits<Clause, ReportClause>>,
  Assert<Fits<LicenseIdentification, ReportLicense>>
]
