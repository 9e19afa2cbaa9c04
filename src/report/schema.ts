// The JSON report contract as a zod schema: tests validate every report against it, and
// schemas/report.schema.json is exported from it for other tools.
import { z } from 'zod'
import { CATEGORIES, CLAUSE_TYPES, SEVERITIES } from '../types.js'

export const findingSchema = z.object({
  rule: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  evidence: z.string().optional(),
  status: z.enum(['new', 'unchanged', 'fixed']).optional()
})

export const clauseSchema = z.object({
  type: z.enum(CLAUSE_TYPES),
  file: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  quote: z.string(),
  source: z.enum(['text', 'catalogue']).optional(),
  summary: z.string().optional()
})

export const licenseSchema = z.looseObject({
  file: z.string().nullable(),
  id: z.string().nullable(),
  name: z.string(),
  source: z.enum(['file', 'card']),
  confidence: z.number().min(0).max(1)
})

const verdict = z.enum(['pass', 'fail'])
const osaid = z.enum(['pass', 'fail', 'unknown'])

export const modelReportSchema = z.looseObject({
  path: z.string(),
  card: z.string().nullable(),
  licenses: z.array(licenseSchema),
  osaid,
  mofClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]),
  clauses: z.array(clauseSchema),
  findings: z.array(findingSchema),
  source: z
    .object({
      kind: z
        .literal('hub')
        .describe('The model was read on the Hugging Face Hub, not in the audited folder'),
      id: z.string().describe('OWNER/NAME on the Hub'),
      revision: z.string().describe('The commit audited'),
      url: z.string().describe("The model's page; files link as {url}/blob/{revision}/{file}")
    })
    .optional()
    .describe('Where the model was read when it is not in the audited folder (audit hf:OWNER/NAME)')
})

export const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('model-openness-audit'), version: z.string() }),
  verdict,
  models: z.array(modelReportSchema),
  findings: z.array(findingSchema)
})
