// Licences a card states in its prose: "released under the MIT License", "is subject to the Llama
// 3.1 Community License", or a "## License" section whose line names one ("Apache 2.0",
// "**License:** CC-BY-NC-4.0"). Each is identified through identifyLicenseId (SPDX id, SPDX or
// catalogue name), with the line that states it. Statements about a base model or a dataset
// ("based on X, which is released under …", "the dataset is licensed under …") are not this model's.
import { trimEndChars } from '../text/trim.js'
import type { ParsedCard } from '../card/types.js'
import type { LicenseComponent } from '../types.js'
import { identifyLicenseId } from './identify.js'

export interface ProseLicense {
  id: string
  name: string
  /** 1-based line in the card file. */
  line: number
  /** The line, verbatim (trimmed, at most 300 characters). */
  quote: string
  component: LicenseComponent
  confidence: number
}

/** Phrases that introduce the licence a thing is under. Lower-case; matched at word starts. */
const TRIGGERS = [
  'licensed under',
  'licenced under',
  'released under',
  'distributed under',
  'available under',
  'provided under',
  'published under',
  'shared under',
  'offered under',
  'under the terms of',
  'governed by',
  'subject to',
  'licensed as',
  'license:',
  'licence:',
  'licensed by the'
]

/** Words after which a candidate licence name stops. */
const STOPS = [
  '. ',
  ', ',
  '; ',
  ' and ',
  ' for ',
  ' (',
  ' which ',
  ' with ',
  ' as ',
  ' except ',
  ' see ',
  ' unless '
]

const MAX_PER_CARD = 20
const MAX_NAME_WORDS = 10

/** Markdown links, emphasis and code marks dropped: "[MIT License](LICENSE)" → "MIT License". */
function plain(line: string): string {
  let out = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (
      ch === '*' ||
      ch === '`' ||
      (ch === '_' && (i === 0 || line[i - 1] === ' ' || line[i + 1] === ' ' || i === line.length - 1))
    )
      continue
    if (ch === ']' && line[i + 1] === '(') {
      const close = line.indexOf(')', i + 2)
      if (close > 0) {
        i = close
        continue
      }
    }
    if (ch === '[' || ch === ']') continue
    out += ch
  }
  return out.replace(/\s+/g, ' ').trim()
}

function sentenceBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at))
  return text.slice(start < 0 ? 0 : start + 2, at)
}

/** The clause that leads to the trigger: after its last comma, semicolon, "and" or "but". */
function leadingClause(sentence: string): { clause: string; before: string } {
  let cut = -1
  for (const sep of [', ', '; ', ' and ', ' but ', ' – ', ' — '])
    cut = Math.max(cut, sentence.lastIndexOf(sep))
  return cut < 0
    ? { clause: sentence, before: '' }
    : { clause: sentence.slice(cut), before: sentence.slice(0, cut) }
}

const NOT_THIS_MODEL =
  /\b(?:base model|original model|parent model|upstream|dataset|datasets|data|corpus|benchmark|tokenizer of)\b/i
const BASE_PHRASES =
  /\b(?:based on|fine-?tuned (?:from|on)|distilled from|derived from|merged from|built on|initiali[sz]ed from)\b/i
const CODE_WORDS = /\b(?:code|software|source|scripts?|codebase|repository|library|package|implementation)\b/i
const MODEL_WORDS = /\b(?:model|weights|checkpoints?|parameters)\b/i

/** Whether a statement about a licence is about this model (not its base or its data), and of which part. */
function subjectOf(sentence: string): LicenseComponent | null {
  // "The weights are not released under …", "no longer licensed under …"
  if (/(?:\bnot|n't|\bno longer)$/i.test(sentence.trimEnd())) return null
  const { clause, before } = leadingClause(sentence)
  if (NOT_THIS_MODEL.test(clause)) return null
  // "based on X, which is released under …": the licence of X.
  if (
    /^[,;]?\s*(?:which|that)\b/i.test(clause.replace(/^[\s,;–—]+|^and\b|^but\b/gi, '').trim()) &&
    BASE_PHRASES.test(before)
  )
    return null
  const code = CODE_WORDS.test(clause) || CODE_WORDS.test(before.slice(-80))
  const model = MODEL_WORDS.test(clause)
  return code && !model ? 'code' : 'all'
}

/** The licence named right after a trigger: the longest run of words (≤ 10) that identifies. */
function nameAfter(rest: string): { id: string; name: string; confidence: number } | null {
  let end = rest.length
  for (const stop of STOPS) {
    const i = rest.toLowerCase().indexOf(stop)
    if (i >= 0 && i < end) end = i
  }
  let candidate = trimEndChars(rest.slice(0, end), '.;:,!').trim()
  if (candidate.toLowerCase().startsWith('the ')) candidate = candidate.slice(4)
  const words = candidate
    .split(' ')
    .filter(w => w.length > 0)
    .slice(0, MAX_NAME_WORDS)
  for (let n = words.length; n >= 1; n--) {
    const c = words.slice(0, n).join(' ')
    const r = identifyLicenseId(c)
    if (!r.id) continue
    // A bare correction ("model" → something) is too weak unless the words say licence or name an id.
    const lower = c.toLowerCase()
    if (r.matcher === 'spdx-correct' && !/licen[cs]e|\d/.test(lower)) continue
    return { id: r.id, name: r.name, confidence: Math.min(0.9, r.confidence) }
  }
  return null
}

function isLicenseHeading(heading: string): boolean {
  return /licen[cs]|terms of use|\bterms\b/i.test(heading)
}

/** Licences stated in the card's prose, each once (the first line that states it), in order. */
export function licensesInCardText(card: ParsedCard): ProseLicense[] {
  const lines = card.text.split('\n')
  const out: ProseLicense[] = []
  const seen = new Set<string>()
  const add = (
    hit: { id: string; name: string; confidence: number },
    line: number,
    component: LicenseComponent
  ) => {
    const key = `${hit.id.toLowerCase()}\u0000${component}`
    if (seen.has(key) || out.length >= MAX_PER_CARD) return
    seen.add(key)
    out.push({ ...hit, line, quote: lines[line - 1]!.trim().slice(0, 300), component })
  }
  const licenseSections = card.sections.filter(s => s.depth > 0 && isLicenseHeading(s.heading))
  const inLicenseSection = (line: number) => licenseSections.find(s => line > s.line && line <= s.endLine)
  let fence = false
  for (let i = card.bodyStartLine - 1; i < lines.length; i++) {
    const raw = lines[i]!
    if (/^\s{0,3}(?:`{3,}|~{3,})/.test(raw)) {
      fence = !fence
      continue
    }
    if (fence || raw.length > 5000 || raw.trimStart().startsWith('|') || raw.trimStart().startsWith('<'))
      continue
    const text = plain(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s*>\s?/, ''))
    if (text.length === 0) continue
    const lower = text.toLowerCase()
    const section = inLicenseSection(i + 1)
    const sectionComponent: LicenseComponent =
      section && CODE_WORDS.test(section.heading) && !MODEL_WORDS.test(section.heading) ? 'code' : 'all'
    let found = false
    for (const trigger of TRIGGERS) {
      let from = 0
      for (;;) {
        const at = lower.indexOf(trigger, from)
        if (at < 0) break
        from = at + trigger.length
        if (at > 0 && /[a-z0-9]/.test(lower[at - 1]!)) continue
        const hit = nameAfter(text.slice(at + trigger.length).trim())
        if (!hit) continue
        const subject = subjectOf(sentenceBefore(text, at))
        if (subject === null) continue
        add(hit, i + 1, subject === 'code' || sectionComponent === 'code' ? 'code' : 'all')
        found = true
      }
    }
    // In a licence section, a short line that is a licence name ("Apache 2.0", "MIT").
    if (!found && section && text.split(' ').length <= MAX_NAME_WORDS && !text.includes('://')) {
      const hit = nameAfter(text)
      if (hit) add(hit, i + 1, sectionComponent)
    }
  }
  return out
}
