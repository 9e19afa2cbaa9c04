// Several models named in one card, each with its own licence: a table with a model column and a
// licence column ("| Heron-XL | [Non-commercial](model_licenses/LICENSE-HERON-XL) |"), or a list
// ("- **Heron-XL**: [non-commercial licence](model_licenses/LICENSE-HERON-XL)").
import { columnOf, parseTables } from './tables.js'
import type { ParsedCard } from './types.js'

export interface NamedModel {
  name: string
  /** 1-based line of the row or item. */
  line: number
  /** The row or item as written (trimmed, at most 300 characters). */
  quote: string
  /** The licence part, Markdown removed ("Apache 2.0", "custom non-commercial"). */
  licenseText: string
  /** Links in the licence part. */
  licenseLinks: Array<{ url: string; text: string }>
}

const MAX_MODELS = 50
const LINK = /\[([^\]]{0,200})\]\(<?([^)\s>]{1,500})>?(?:\s[^)]{0,200})?\)/g
const LICENSE_HEADER = /licen[cs]|\bterms\b|agreement/i
const NAME_HEADER = /\b(?:model|models|name|checkpoint|variant|version)\b/i

/** Headers and row names of a table of a release's parts ("| Component | Licence |", "| Weights | … |"), not of models. */
const PART_HEADER = /\b(?:component|part|artifact|asset|material|content)s?\b/i
const PART_NAMES = new Set(
  'code|source code|software|weights|model weights|model|data|dataset|datasets|documentation|docs|training code|inference code|parameters|checkpoints|outputs|everything else|other|others|all'.split(
    '|'
  )
)

function isPartName(name: string): boolean {
  return PART_NAMES.has(
    name
      .toLowerCase()
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

function links(cell: string): Array<{ url: string; text: string }> {
  return [...cell.matchAll(LINK)].map(m => ({ url: m[2]!, text: m[1]!.trim() }))
}

/** A cell or phrase without Markdown: links keep their text, emphasis and code marks go. */
export function plainMarkdown(s: string): string {
  return s
    .replace(LINK, (_m, text: string) => text)
    .replace(/[*`]/g, '')
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function fromTables(card: ParsedCard): NamedModel[] {
  const out: NamedModel[] = []
  for (const t of parseTables(card.text, card.bodyStartLine)) {
    const lic = columnOf(t, h => LICENSE_HEADER.test(h))
    if (lic < 0) continue
    let nameCol = t.headers.findIndex((h, i) => i !== lic && NAME_HEADER.test(h.replace(/[*_`]/g, '')))
    if (nameCol < 0) nameCol = lic === 0 ? -1 : 0
    if (nameCol < 0 || PART_HEADER.test(t.headers[nameCol] ?? '')) continue
    for (const row of t.rows) {
      const name = plainMarkdown(row.cells[nameCol] ?? '')
      const cell = row.cells[lic] ?? ''
      if (!name || name.length > 120 || !plainMarkdown(cell) || isPartName(name)) continue
      out.push({
        name,
        line: row.line,
        quote: row.text.trim().slice(0, 300),
        licenseText: plainMarkdown(cell),
        licenseLinks: links(cell)
      })
    }
  }
  return out
}

const ITEM = /^\s{0,3}[-*+]\s+(.{1,2000})$/
const SEPARATORS = [': ', ' – ', ' — ', ' - ', ' | ']

/** "**Heron-XL**: [licence](…)", "[Heron-XL](…) — Apache 2.0", "Heron-XL: licensed under …". */
function fromLists(card: ParsedCard): NamedModel[] {
  const out: NamedModel[] = []
  const lines = card.text.split('\n')
  for (let i = card.bodyStartLine - 1; i < lines.length; i++) {
    const m = ITEM.exec(lines[i]!)
    if (!m) continue
    const item = m[1]!
    let cut = -1
    let sep = ''
    for (const s of SEPARATORS) {
      const at = item.indexOf(s)
      if (at > 0 && (cut < 0 || at < cut)) {
        cut = at
        sep = s
      }
    }
    if (cut < 0) continue
    const name = plainMarkdown(item.slice(0, cut))
    const rest = item.slice(cut + sep.length)
    const restLinks = links(rest)
    const says = LICENSE_HEADER.test(plainMarkdown(rest)) || restLinks.some(l => LICENSE_HEADER.test(l.url))
    if (!name || name.split(' ').length > 6 || !says || isPartName(name)) continue
    out.push({
      name,
      line: i + 1,
      quote: lines[i]!.trim().slice(0, 300),
      licenseText: plainMarkdown(rest),
      licenseLinks: restLinks
    })
  }
  return out
}

/** Models the card names with a licence each, tables first, then lists; each name once. */
export function modelsWithLicenses(card: ParsedCard): NamedModel[] {
  const seen = new Set<string>()
  const out: NamedModel[] = []
  for (const m of [...fromTables(card), ...fromLists(card)]) {
    const key = m.name.toLowerCase()
    if (seen.has(key) || out.length >= MAX_MODELS) continue
    seen.add(key)
    out.push(m)
  }
  return out
}
