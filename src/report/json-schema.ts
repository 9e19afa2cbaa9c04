// The published JSON Schema of the report (schemas/report.schema.json), generated from the zod
// contract in ./schema.ts by `npm run schemas`. Objects forbid undeclared properties.
import { z } from 'zod'
import { publishedHeader } from '../published-schema.js'
import { REPORT_SCHEMA_VERSION, reportSchema } from './schema.js'

export const REPORT_SCHEMA_FILE = 'report.schema.json'

export function reportJsonSchema(): Record<string, unknown> {
  const body = z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >
  delete body['$schema']
  return {
    ...publishedHeader(
      REPORT_SCHEMA_FILE,
      `Model Openness Audit report, schemaVersion ${REPORT_SCHEMA_VERSION}`,
      'src/report/schema.ts'
    ),
    ...body
  }
}
