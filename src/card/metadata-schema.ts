// The Hugging Face model-card metadata keys this audit relies on, as a zod schema. Unknown keys
// are allowed (the Hub accepts many more); known keys must have the Hub's shapes.
import { z } from 'zod'

const stringOrList = z.union([z.string(), z.array(z.string())])

const modelIndexResult = z.object({
  task: z.object({ type: z.string(), name: z.string().optional() }).passthrough(),
  dataset: z.object({ type: z.string(), name: z.string() }).passthrough(),
  metrics: z.array(z.object({ type: z.string(), value: z.unknown() }).passthrough()),
  source: z.object({ url: z.string(), name: z.string().optional() }).passthrough().optional()
})

export const BASE_MODEL_RELATIONS = ['adapter', 'merge', 'quantized', 'finetune'] as const

export const cardMetadataSchema = z
  .object({
    license: z.string().optional(),
    license_name: z.string().optional(),
    license_link: z.string().optional(),
    datasets: stringOrList.optional(),
    base_model: stringOrList.optional(),
    base_model_relation: z.enum(BASE_MODEL_RELATIONS).optional(),
    language: stringOrList.optional(),
    tags: stringOrList.optional(),
    pipeline_tag: z.string().optional(),
    library_name: z.string().optional(),
    'model-index': z
      .array(z.object({ name: z.string(), results: z.array(modelIndexResult) }).passthrough())
      .optional()
  })
  .passthrough()

export type CardMetadata = z.infer<typeof cardMetadataSchema>

export interface MetadataProblem {
  key: string
  line: number | undefined
  message: string
}

/** Validates metadata; returns one problem per offending top-level key, with its line. */
export function validateCardMetadata(
  metadata: Record<string, unknown>,
  lines: Record<string, number>
): MetadataProblem[] {
  const result = cardMetadataSchema.safeParse(metadata)
  if (result.success) return []
  const byKey = new Map<string, MetadataProblem>()
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '')
    if (byKey.has(key)) continue
    const where = issue.path.length > 1 ? ` (at ${issue.path.join('.')})` : ''
    let message = issue.message
    if (key === 'base_model_relation') message = `must be one of ${BASE_MODEL_RELATIONS.join(', ')}`
    byKey.set(key, { key, line: lines[key], message: `\`${key}\`${where}: ${message}` })
  }
  return [...byKey.values()]
}
