// The published JSON Schema of the configuration file (schemas/config.schema.json), generated from
// the zod schema in ./schema.ts by `npm run schemas`. Editors use it through `$schema:` or a
// `# yaml-language-server: $schema=…` comment.
import { z } from 'zod'
import { publishedHeader } from '../published-schema.js'
import { configSchema } from './schema.js'

export const CONFIG_SCHEMA_FILE = 'config.schema.json'

export function configJsonSchema(): Record<string, unknown> {
  const body = z.toJSONSchema(configSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any'
  }) as Record<string, unknown>
  delete body['$schema']
  return {
    ...publishedHeader(CONFIG_SCHEMA_FILE, 'Model Openness Audit configuration', 'src/config/schema.ts'),
    ...body
  }
}
