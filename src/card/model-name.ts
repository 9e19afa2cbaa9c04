// The name a report shows for a model: `model_name`, then the `model-index` name, then the card's
// first H1 that names something (not "Model Details", "What is X?" or a decorated organisation
// banner), then the folder's (or repository's) name.
import type { ParsedCard } from './types.js'
import { trimEndChars } from '../text/trim.js'

function asString(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim()
  if (typeof v === 'number') return String(v)
  return null
}

/** Headings that name a part of a card, never a model. Compared lower-case, punctuation dropped. */
const GENERIC_HEADINGS = new Set(
  [
    'model card|model details|model description|model information|model summary|model overview',
    'model|overview|introduction|intro|about|description|summary|abstract|usage|quickstart',
    'quick start|getting started|installation|news|updates|highlights|table of contents|contents',
    'license|licence|citation|acknowledgements|acknowledgments|evaluation|results|benchmarks',
    'training|training details|intended use|intended uses|limitations|disclaimer|requirements',
    'contact|faq|readme|model card for|model card of|model card for model id|untitled'
  ].flatMap(line => line.split('|'))
)

/** Letters, digits and spaces of a heading, lower-case: "🚀 Quick Start!" → "quick start". */
function bareWords(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** First and last characters are symbols or emoji: "❄️ Snowflake AI Research ❄️", "🤗 Org 🤗". */
function isBanner(heading: string): boolean {
  const t = heading.trim()
  const first = t.codePointAt(0) ?? 0
  const lastChar = [...t].pop() ?? ''
  const decorative = (ch: string) => /[\p{Extended_Pictographic}\p{So}]/u.test(ch)
  return decorative(String.fromCodePoint(first)) && (decorative(lastChar) || /\uFE0F$/u.test(t))
}

/**
 * The model a heading names, or null for a generic heading: "Model Card for Heron-7B" → "Heron-7B",
 * "Heron-7B Model Card" → "Heron-7B", "What is Yi?" → null, "Model Details" → null.
 */
/** "Heron 7B — Model Card" → "Heron 7B"; null without that suffix (a loop: a regex would backtrack). */
function withoutCardSuffix(h: string): string | null {
  const lower = h.toLowerCase()
  const suffix = lower.endsWith('model card')
    ? 'model card'
    : lower.endsWith('modelcard')
      ? 'modelcard'
      : null
  if (!suffix) return null
  const rest = h.slice(0, h.length - suffix.length)
  const name = trimEndChars(rest, ' :-\u2013\u2014')
  return name.length > 0 && name.length < rest.length ? name : null
}

export function nameFromHeading(heading: string): string | null {
  const h = heading.replace(/\s+/g, ' ').trim()
  if (h.length === 0 || h.length > 120) return null
  const forMatch = /^(?:the )?model ?card (?:for|of) (.+)$/i.exec(h)
  if (forMatch) return nameFromHeading(forMatch[1]!)
  const cardSuffix = withoutCardSuffix(h)
  if (cardSuffix !== null) return nameFromHeading(cardSuffix)
  const words = bareWords(h)
  if (words.length === 0 || GENERIC_HEADINGS.has(words)) return null
  // A question ("What is Yi?", "Why Heron?") introduces the model; it is not its name.
  if (h.endsWith('?') || /^(?:what|why|how|who|which|when|where)\b/i.test(h)) return null
  if (isBanner(h)) return null
  // "Welcome to …", "Introducing …": a sentence, not a name.
  if (/^(?:welcome|introducing|meet)\b/i.test(h)) return null
  return h
}

export function modelName(card: ParsedCard | null, folderName: string): string {
  const fromMetadata =
    asString(card?.metadata['model_name']) ??
    asString((card?.metadata['model-index'] as Array<{ name?: unknown }> | undefined)?.[0]?.name)
  if (fromMetadata) return fromMetadata
  // The first H1 that names something; later H1s are sections of cards that use H1 throughout.
  for (const s of (card?.sections ?? []).filter(x => x.depth === 1).slice(0, 3)) {
    const name = nameFromHeading(s.heading)
    if (name) return name
  }
  return folderName
}
