// The name a report shows for a model: `model_name`, then the `model-index` name, then the card's
// first H1, then the folder's (or repository's) name.
import type { ParsedCard } from './types.js'

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  return null
}

export function modelName(card: ParsedCard | null, folderName: string): string {
  return (
    asString(card?.metadata['model_name']) ??
    asString((card?.metadata['model-index'] as Array<{ name?: unknown }> | undefined)?.[0]?.name) ??
    card?.sections.find(s => s.depth === 1)?.heading ??
    folderName
  )
}
