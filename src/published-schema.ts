// What every JSON Schema this project publishes (schemas/*.json) starts with: where it lives, what
// it is, how it is made. The schemas themselves are generated from the zod schemas by `npm run schemas`.
export const SCHEMA_BASE_URL =
  'https://raw.githubusercontent.com/model-openness/model-openness-audit/main/schemas'

export function publishedHeader(file: string, title: string, source: string): Record<string, string> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}/${file}`,
    title,
    $comment: `Generated from ${source} by \`npm run schemas\`: edit the zod schema, not this file.`
  }
}
