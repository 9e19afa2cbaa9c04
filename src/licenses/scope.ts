// Which models a licence, one of its sections, or one of its sentences covers (issue 11, item 6).
// A research licence for one model size, a section "Additional terms for Heron-70B", or a sentence
// "With respect to any multimodal models included in …, the rights … are not granted" binds the
// models it names, not every model the file sits beside.
//
// A scope is a list of alternatives ("Heron-7B and the 13B model"); each alternative names a model
// by name (Heron-70B, "Heron 70B"), by size (7B, 1.5B, 8x7B, "7 billion") or by variant (vision,
// multimodal, instruct, base, code). Whether a scope covers a model is "yes", "no" or "unknown":
// only a clear "no" takes a clause away from a model, so an unknown model keeps every clause.
import { isHan } from '../clauses/toolkit/tokens.js'

/** One alternative of a scope: the attributes named together ("the 70B vision model"). */
export interface ScopeGroup {
  /** Model names: their family ("heron") and their letters and digits ("heron70b"). */
  names: Array<{ family: string; key: string }>
  /** Sizes as written in names: "7b", "1.5b", "8x7b", "350m". */
  sizes: string[]
  /** Variant classes: "multimodal", "instruct", "base", "code", "audio". */
  variants: string[]
}

export interface Scope {
  groups: ScopeGroup[]
  /** The words that state the scope, for messages. */
  text: string
}

/** The scopes a licence text states: for the whole file, and per section (lines, inclusive). */
export interface TextScope {
  file: (Scope & { line: number }) | null
  sections: Array<Scope & { from: number; to: number }>
}

/** What a model is called: its name, its variant's name, its folder. */
export interface ModelIdentity {
  families: Set<string>
  keys: string[]
  sizes: Set<string>
  variants: Set<string>
  /** The name says what the model is (a size or a variant): a modality it lacks is one it has not. */
  descriptive: boolean
}

export type ScopeVerdict = 'yes' | 'no' | 'unknown'

const VARIANT_CLASS: Record<string, string> = {
  multimodal: 'multimodal',
  vision: 'multimodal',
  visual: 'multimodal',
  vl: 'multimodal',
  omni: 'multimodal',
  image: 'multimodal',
  instruct: 'instruct',
  instruction: 'instruct',
  chat: 'instruct',
  base: 'base',
  pretrained: 'base',
  code: 'code',
  coder: 'code',
  audio: 'audio',
  speech: 'audio',
  多模态: 'multimodal',
  视觉: 'multimodal',
  对话: 'instruct',
  基础: 'base'
}
/** Variants that change what the model is: a text model is not a vision model. */
const MODALITIES = new Set(['multimodal', 'code', 'audio'])
const SCALE: Record<string, string> = { billion: 'b', million: 'm', trillion: 't', 亿: '' }
/** Words that end a scope phrase's model list without naming a model. */
const MODEL_NOUNS = new Set(
  'model models variant variants version versions checkpoint checkpoints weights size sizes 模型 版本'.split(
    ' '
  )
)
/** Capitalised words before a size that are no model name ("The 70B model", "Any 7B model"). */
const NOT_A_NAME = new Set(
  'the a an any all each every this that these those our its their for of and or with to in on only'.split(
    ' '
  )
)
const SEPARATORS = new Set([',', ';', '/', '&', '、', '，', '；', 'and', 'or', '和', '及', '或'])

interface Word {
  text: string
  lower: string
}

/** Words of a phrase: letters and digits joined by "-", "_" or "."; each Han character alone. */
function wordsOf(phrase: string): Word[] {
  const out: Word[] = []
  let cur = ''
  const flush = (): void => {
    // "Heron-70B." ends a sentence: the trailing separator is no part of the name
    while (cur.length > 0 && '-_.'.includes(cur[cur.length - 1]!)) cur = cur.slice(0, -1)
    if (cur) out.push({ text: cur, lower: cur.toLowerCase() })
    cur = ''
  }
  for (const ch of phrase) {
    if (isHan(ch)) {
      flush()
      out.push({ text: ch, lower: ch })
    } else if (/[\p{L}\p{N}]/u.test(ch) || (cur.length > 0 && '-_.'.includes(ch))) cur += ch
    else {
      flush()
      if (SEPARATORS.has(ch)) out.push({ text: ch, lower: ch })
    }
  }
  flush()
  return out
}

/** "70b", "1.5b", "8x7b", "350m" — a model size — or null. */
export function sizeKey(part: string): string | null {
  const p = part.toLowerCase()
  let i = 0
  const number = (): boolean => {
    const start = i
    while (i < p.length && p.charCodeAt(i) >= 48 && p.charCodeAt(i) <= 57) i++
    if (i === start) return false
    if (p[i] === '.') {
      const dot = i++
      const frac = i
      while (i < p.length && p.charCodeAt(i) >= 48 && p.charCodeAt(i) <= 57) i++
      if (i === frac) i = dot
    }
    return true
  }
  if (!number()) return null
  if (p[i] === 'x') {
    i++
    if (!number()) return null
  }
  if (i !== p.length - 1 || !'bmt'.includes(p[i]!)) return null
  return p
}

function parts(word: string): string[] {
  return word.split(/[-_]/).filter(x => x.length > 0)
}

function nameKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

function isAlpha(s: string): boolean {
  return /^\p{L}+$/u.test(s) && !isHan(s[0]!)
}

/** The attributes one alternative names. */
function groupOf(words: readonly Word[]): ScopeGroup {
  const g: ScopeGroup = { names: [], sizes: [], variants: [] }
  words.forEach((w, i) => {
    const ps = parts(w.text)
    for (const p of ps) {
      const size = sizeKey(p)
      if (size && !g.sizes.includes(size)) g.sizes.push(size)
      const v = VARIANT_CLASS[p.toLowerCase()]
      if (v && !g.variants.includes(v)) g.variants.push(v)
    }
    // "7 billion" → 7b
    const next = words[i + 1]?.lower
    if (/^\d+(?:\.\d+)?$/.test(w.text) && next && SCALE[next] !== undefined && SCALE[next] !== '') {
      const size = `${w.text}${SCALE[next]}`
      if (!g.sizes.includes(size)) g.sizes.push(size)
    }
    // a hyphenated name whose first part is a word and another a size, a version or a variant:
    // "Heron-70B", "Heron-Vision", "Heron-2" (not "Use-Based", "Non-Commercial")
    const marked = ps.slice(1).some(p => /\d/.test(p) || VARIANT_CLASS[p.toLowerCase()] !== undefined)
    if (ps.length >= 2 && isAlpha(ps[0]!) && ps[0]!.length >= 3 && marked)
      g.names.push({ family: ps[0]!.toLowerCase(), key: nameKey(w.text) })
    // "Heron 70B": a capitalised word before a size
    const after = words[i + 1]
    if (
      after &&
      isAlpha(w.text) &&
      w.text.length >= 3 &&
      w.text[0] !== w.text[0]!.toLowerCase() &&
      !NOT_A_NAME.has(w.lower) &&
      parts(after.text).some(p => sizeKey(p) !== null)
    )
      g.names.push({ family: w.lower, key: nameKey(w.text + after.text) })
  })
  return g
}

/** A scope from the words that name what it covers, or null when they name no model. */
export function scopeOf(phrase: string): Scope | null {
  const words = wordsOf(phrase)
  const groups: ScopeGroup[] = []
  let cur: Word[] = []
  const close = (): void => {
    const g = groupOf(cur)
    if (g.names.length + g.sizes.length + g.variants.length > 0) groups.push(g)
    cur = []
  }
  for (const w of words) {
    if (SEPARATORS.has(w.lower)) close()
    else cur.push(w)
  }
  close()
  return groups.length > 0 ? { groups, text: phrase.trim() } : null
}

/** What a model is called, read like a scope: its name, variant name and folder. */
export function modelIdentity(names: readonly string[]): ModelIdentity {
  const id: ModelIdentity = {
    families: new Set(),
    keys: [],
    sizes: new Set(),
    variants: new Set(),
    descriptive: false
  }
  for (const name of names) {
    if (!name || name === '.') continue
    const g = groupOf(wordsOf(name))
    for (const n of g.names) id.families.add(n.family)
    for (const s of g.sizes) id.sizes.add(s)
    for (const v of g.variants) id.variants.add(v)
    const first = parts(wordsOf(name)[0]?.text ?? '')[0]
    if (first && isAlpha(first) && first.length >= 3) id.families.add(first.toLowerCase())
    id.keys.push(nameKey(name))
    // a size or a variant describes the model; a bare name ("repo-1a2b") says nothing of its modality
    if (g.sizes.length + g.variants.length > 0) id.descriptive = true
  }
  return id
}

function nameVerdict(n: { family: string; key: string }, id: ModelIdentity): ScopeVerdict {
  for (const k of id.keys) {
    if (k === n.key) return 'yes'
    if (k.length >= 3 && n.key.length >= 3 && (k.startsWith(n.key) || n.key.startsWith(k))) return 'yes'
  }
  // the same family, another member ("Heron-70B" for Heron-7B): not this model
  return id.families.has(n.family) ? 'no' : 'unknown'
}

function all(verdicts: readonly ScopeVerdict[]): ScopeVerdict {
  if (verdicts.includes('no')) return 'no'
  return verdicts.every(v => v === 'yes') ? 'yes' : 'unknown'
}

function any(verdicts: readonly ScopeVerdict[]): ScopeVerdict {
  if (verdicts.includes('yes')) return 'yes'
  return verdicts.length > 0 && verdicts.every(v => v === 'no') ? 'no' : 'unknown'
}

function groupVerdict(g: ScopeGroup, id: ModelIdentity): ScopeVerdict {
  const out: ScopeVerdict[] = []
  if (g.names.length > 0) {
    const byName = any(g.names.map(n => nameVerdict(n, id)))
    // another family's model ("Heron-70B" in the licence of a fine-tune called Plover-7B): no say
    if (byName !== 'yes') return byName
    out.push(byName)
  }
  if (g.sizes.length > 0)
    out.push(id.sizes.size === 0 ? 'unknown' : g.sizes.some(s => id.sizes.has(s)) ? 'yes' : 'no')
  for (const v of g.variants) {
    if (id.variants.has(v)) out.push('yes')
    else out.push(MODALITIES.has(v) && id.descriptive ? 'no' : 'unknown')
  }
  return all(out)
}

/** Whether a scope covers a model: any of its alternatives does ("yes"), none does ("no"), or unknown. */
export function scopeCovers(scope: Scope, id: ModelIdentity): ScopeVerdict {
  return any(scope.groups.map(g => groupVerdict(g, id)))
}

// --- where texts state a scope -------------------------------------------------------------------

/** Openings of a sentence that scope it: "With respect to any multimodal models …, …". */
const LEADING = [
  'with respect to',
  'in respect of',
  'as regards',
  'regarding',
  'in the case of',
  'for the',
  'for any',
  'for all',
  'as to',
  '对于',
  '针对',
  '关于',
  '就'
]
/** Verbs of coverage anywhere in a sentence: "… applies only to the 70B model". */
const COVERS = [
  'applies only to',
  'apply only to',
  'applies solely to',
  'apply solely to',
  'applies exclusively to',
  'apply exclusively to',
  'applies to',
  'apply to',
  'covers only',
  'covers',
  'governs only',
  'governs',
  'is limited to',
  'are limited to',
  '仅适用于',
  '适用于'
]
/** What a coverage statement at the top of a licence is about: the licence itself. */
const LICENCE_WORDS = ['licence', 'license', 'agreement', 'these terms', 'this section', '本许可', '本协议']

/** The phrase after `at`, up to the end of its clause (a comma, colon, semicolon or period). */
function phraseAfter(text: string, at: number, max = 160): string {
  let end = at
  while (end < text.length && end - at < max && !',;:，；：。\n'.includes(text[end]!)) {
    // a full stop ends the phrase, a dot inside a name or number ("Llama 3.2", "1.5B") does not
    if (text[end] === '.' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) break
    end++
  }
  return text.slice(at, end)
}

/** The phrase names models ("the 70B model", "Heron-7B") rather than anything else. */
function namesModels(scope: Scope, phrase: string): boolean {
  if (scope.groups.some(g => g.names.length > 0)) return true
  const words = wordsOf(phrase).map(w => w.lower)
  return words.some(w => MODEL_NOUNS.has(w)) || phrase.includes('模型')
}

/** The scope a sentence states for itself, at its opening or with a verb of coverage, or null. */
export function sentenceScope(sentence: string): Scope | null {
  const text = sentence.replace(/\s+/g, ' ').trim()
  const lower = text.toLowerCase()
  // the opening: within the first few characters (after a list marker or a section number)
  for (const t of LEADING) {
    const at = lower.indexOf(t)
    // "Except for the 7B model, …" excludes what it names: no scope (every model keeps the clause)
    if (at < 0 || at > 12 || EXCLUDING.some(x => lower.slice(0, at).includes(x))) continue
    const phrase = phraseAfter(text, at + t.length)
    const scope = scopeOf(phrase)
    if (scope && namesModels(scope, phrase)) return scope
  }
  for (const t of COVERS) {
    const at = lower.indexOf(t)
    if (at < 0 || negatedCoverage(lower, at)) continue
    const phrase = firstWords(phraseAfter(text, at + t.length), COVERAGE_WORDS)
    const scope = scopeOf(phrase)
    if (scope && namesModels(scope, phrase)) return scope
  }
  return null
}

const EXCLUDING = ['except', 'other than', 'excluding', 'besides', 'apart from', '除']
/** Words of a coverage phrase read: "applies only to the Heron-70B instruct model". */
const COVERAGE_WORDS = 8

/** "does not apply to the 7B model": the opposite of a scope. */
function negatedCoverage(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 12), at)
  return before.includes('not ') || before.includes("n't ") || before.includes('不')
}

function firstWords(phrase: string, n: number): string {
  const words = phrase.trim().split(/\s+/)
  return words.length <= n ? phrase : words.slice(0, n).join(' ')
}

/** A coverage statement about the licence itself: "This licence applies only to Heron-70B". */
function coverageStatement(sentence: string): Scope | null {
  const lower = sentence.toLowerCase()
  if (!LICENCE_WORDS.some(w => lower.includes(w))) return null
  for (const t of COVERS) {
    const at = lower.indexOf(t)
    if (at < 0 || negatedCoverage(lower, at)) continue
    const phrase = firstWords(phraseAfter(sentence, at + t.length), COVERAGE_WORDS)
    const scope = scopeOf(phrase)
    if (scope && namesModels(scope, phrase)) return scope
  }
  return null
}

/** A heading: a markdown heading, or a short numbered or capitalised line without a full stop. */
function headingLevel(line: string, prevBlank: boolean): number {
  const t = line.trim()
  if (t.startsWith('#')) {
    let n = 0
    while (t[n] === '#') n++
    return t[n] === ' ' && n <= 6 ? n : 0
  }
  if (!prevBlank || t.length === 0 || t.length > 100 || /[.;:,。；：]$/.test(t)) return 0
  const words = t.split(/\s+/)
  if (words.length > 12) return 0
  const numbered = /^(?:\d+(?:\.\d+)*\.?|section|article|part|schedule|appendix|annex|第)/i.test(t)
  const capitals = t === t.toUpperCase() && /\p{Lu}/u.test(t)
  return numbered || capitals ? 7 : 0
}

/** Scoped sections read per text: a real licence has a handful; a hostile one gains nothing more. */
const MAX_SECTIONS = 200
/** Lines read at the top of a licence for a statement of what it covers. */
const HEAD_LINES = 40

/** The scopes a licence text states: its title or an opening statement, and its sections' headings. */
export function textScope(text: string): TextScope {
  const lines = text.split('\n')
  const out: TextScope = { file: null, sections: [] }
  // the title: the first line that is not empty, when it names a licence and a model
  const titleAt = lines.findIndex(l => l.trim().length > 0)
  if (titleAt >= 0) {
    const title = lines[titleAt]!.replace(/^#+\s*/, '').trim()
    const lower = title.toLowerCase()
    const scope = LICENCE_WORDS.some(w => lower.includes(w)) ? scopeOf(title) : null
    if (scope && scope.groups.some(g => g.names.length > 0)) out.file = { ...scope, line: titleAt + 1 }
  }
  if (!out.file) {
    const head = lines.slice(0, HEAD_LINES)
    for (let i = 0; i < head.length && !out.file; i++) {
      for (const sentence of head[i]!.split(/(?<=[.;。；])\s/)) {
        const scope = coverageStatement(sentence)
        if (scope) {
          out.file = { ...scope, line: i + 1 }
          break
        }
      }
    }
  }
  // sections: a heading that names models scopes the lines up to the next heading of its level.
  // One pass with a stack of open sections (linear in the number of headings).
  const open: Array<Scope & { from: number; level: number }> = []
  const close = (until: number, level: number): void => {
    while (open.length > 0) {
      const top = open[open.length - 1]!
      // a plain heading (level 7) and a markdown heading of the same or a higher level end a section
      if (!(top.level >= level || top.level === 7 || level === 7)) break
      open.pop()
      out.sections.push({ groups: top.groups, text: top.text, from: top.from, to: until })
    }
  }
  lines.forEach((l, i) => {
    const level = headingLevel(l, i === 0 || lines[i - 1]!.trim().length === 0)
    if (level === 0) return
    close(i, level)
    if (i === titleAt || out.sections.length + open.length >= MAX_SECTIONS) return
    const heading = l.replace(/^#+\s*/, '').trim()
    const scope = scopeOf(heading)
    if (scope && namesModels(scope, heading)) open.push({ ...scope, from: i + 1, level })
  })
  close(lines.length, 0)
  out.sections.sort((a, b) => a.from - b.from)
  return out
}
