// A model card's front matter states terms as YAML values: `extra_gated_prompt: "Approved users must
// not share the files."`, and a gated form lists what the user agrees to as field labels
// (`I will not use this model commercially: checkbox`). The key and the field's type are names, not
// words of the term: the value, or the label, is the statement. Keys are lower-case names with a
// quoted value or a "_", so a label such as "Territory: Canada only" keeps its meaning.
import { reworded, saidAll, statement, type Restater } from './restate.js'
import { DENY, DUTY, PERMIT, REQUIRE, RESTRICTION } from './table-rows.js'
import type { Token } from './tokens.js'
import { lineOf, type Doc, type Sentence } from './sentences.js'
import { union, words } from './query.js'

/** Types of a gated form's field. */
const FIELD_TYPES = words('checkbox text country date select')

/**
 * End of a key and its colon at the start of the line from `from`, or -1: a snake_case key, or a
 * lower-case one whose value is quoted (the detection text joins "extra_gated_prompt" into one word).
 */
function keyEnd(text: string, from: number): number {
  let i = from
  while (text[i] === ' ' || text[i] === '\t') i++
  const start = i
  let underscore = false
  while (i < text.length && i - start < 64) {
    const c = text[i]!
    if (c === '_') underscore = true
    else if (!/[a-z0-9]/.test(c)) break
    i++
  }
  if (i === start || text[i] !== ':') return -1
  let v = i + 1
  while (text[v] === ' ') v++
  // a flow list ("prohibited_uses: [military, surveillance]") is a value as a quoted one is
  return underscore || text[v] === '"' || text[v] === "'" || text[v] === '[' ? i + 1 : -1
}

/** A field label's type after its last colon: "…: checkbox". */
function fieldType(text: string, s: Sentence): boolean {
  const last = s.tokens[s.tokens.length - 1]
  const before = s.tokens[s.tokens.length - 2]
  if (!last || !before || !FIELD_TYPES.has(last.w)) return false
  return text.slice(before.e, last.s).includes(':')
}

/** Words of a key's name, for reading a key the detection text joined ("commercialuse",
 * "allowderivatives"): the terms licences set, and the words that say how the value reads. */
const KEY_WORDS = words(
  'commercial commercially noncommercial non use usage uses redistribution redistribute distribution',
  'distribute sharing share alike sharealike derivatives derivative works work modification modifications',
  'modify modified fine tuning finetuning attribution credit research only academic military output',
  'outputs training train remote kill switch copyleft revocable termination naming name notice',
  'retention model weights user users of for to the on in and',
  // "restrictions_flow_down: true"
  'flow down',
  // "restricted_regions:", "allowed_countries:", "derivative_name_prefix: required", "derivative_name_rule:"
  'region regions country countries territory territories jurisdiction jurisdictions prefix suffix rule rules'
)
/** Words of a key that say the value grants ("allow_derivatives"), forbids or requires. */
const GRANT_KEY = words('allow allowed allows permit permitted permits can may is are enabled')
const BAN_KEY = words('prohibited forbidden banned disallowed restricted no not')
const NEED_KEY = words('required requires require mandatory must')
const SEGMENT_WORDS = new Set([...KEY_WORDS, ...GRANT_KEY, ...BAN_KEY, ...NEED_KEY, ...RESTRICTION])
const LONGEST_KEY_WORD = Math.max(...[...SEGMENT_WORDS].map(w => w.length))

/**
 * The words of a joined key ("allowderivatives" → allow, derivatives; "userestrictions" → use,
 * restrictions), in the fewest words, or null. A table of the best split of each prefix: a greedy
 * longest-first split would take "user" and leave "estrictions". Keys are at most 64 characters.
 */
function keyWords(key: string): string[] | null {
  // best[i]: the fewest words that make key[0, i), with the start of the last one
  const best: ({ count: number; from: number } | null)[] = [{ count: 0, from: 0 }]
  for (let i = 1; i <= key.length; i++) {
    best.push(null)
    for (let n = Math.min(LONGEST_KEY_WORD, i); n > 0; n--) {
      const before = best[i - n]
      if (!before || !SEGMENT_WORDS.has(key.slice(i - n, i))) continue
      if (!best[i] || before.count + 1 < best[i]!.count) best[i] = { count: before.count + 1, from: i - n }
    }
  }
  if (!best[key.length]) return null
  const out: string[] = []
  for (let i = key.length; i > 0; i = best[i]!.from) out.unshift(key.slice(best[i]!.from, i))
  return out
}

/** A scalar that answers the key: yes, no, true, false, allowed, not permitted, required, none. */
function scalarKind(tokens: readonly Token[]): 'yes' | 'no' | 'required' | null {
  if (tokens.length === 0 || tokens.length > 3) return null
  let kind: 'yes' | 'no' | 'required' | null = null
  for (const t of tokens) {
    if (NEED_KEY.has(t.w) || REQUIRE.has(t.w)) kind = kind === 'no' ? 'yes' : 'required'
    else if (t.w === 'false' || DENY.has(t.w)) kind = kind === 'required' ? 'yes' : 'no'
    else if (t.w === 'true' || PERMIT.has(t.w)) kind ??= 'yes'
    else return null
  }
  return kind
}

/** Keys that name a duty or a limit: a "yes" beside them says it holds. */
const DUTY_KEY = union([...DUTY, ...words('only non noncommercial sharealike copyleft flow')])
/** Things made from the model: a key naming them names making them ("allow_derivatives"). */
const MADE = words('derivatives derivative works modifications')

/**
 * `commercial_use: no`, `allow_derivatives: false`, `redistribution: "not permitted"`,
 * `attribution_required: true`: the key names the term and the scalar says whether it holds.
 * The statement is the restriction the key names; an empty one when the value grants it; null
 * when the line is no key with a scalar.
 */
function keyedScalar(text: string, line: readonly Token[], lineFrom: number): Sentence | null {
  const key = bareKeyEnd(text, lineFrom)
  if (key < 0) return null
  // a comment after the value ("false  # no fine-tunes") is no part of it
  let stop = key
  const lineEnd = line[line.length - 1]!.e
  while (stop < lineEnd && text[stop] !== '#') stop++
  const keyTokens = line.filter(t => t.s < key)
  const value = line.filter(t => t.s >= key && t.s < stop)
  const kind = scalarKind(value)
  if (kind === null || keyTokens.length === 0) return null
  const start = keyTokens[0]!.s
  const end = value[value.length - 1]!.e + (text[value[value.length - 1]!.e] === '"' ? 1 : 0)
  const none = statement([], start, end)
  // only a key made of the words of terms ("inference: false", "gated: true" name no term)
  const names: string[] = []
  for (const t of keyTokens) {
    const parts = keyWords(t.w)
    if (parts === null) return null
    names.push(...parts)
  }
  const subject = names.filter(w => !GRANT_KEY.has(w) && !BAN_KEY.has(w) && !NEED_KEY.has(w))
  // "user_limit: none", "restrictions: no": the key names a restriction and the value denies it
  if (subject.length === 0 || (kind === 'no' && names.some(w => RESTRICTION.has(w)))) return none
  const banned = names.some(w => BAN_KEY.has(w))
  const needed = names.some(w => NEED_KEY.has(w))
  const at = value[0]!.s
  const said = subject.join(' ')
  let verdict: Token[] | null
  if (kind === 'no' ? !banned && !needed : banned)
    verdict = MADE.has(subject[0]!)
      ? saidAll(`you may not create ${said}`, at)
      : [...saidAll(said, start), ...saidAll('is not permitted', at)]
  // "share_alike: yes", "research_only: true", "attribution: yes": the key names a duty or a limit
  else if (kind !== 'no' && (needed || kind === 'required' || subject.some(w => DUTY_KEY.has(w))))
    verdict = [...saidAll(said, start), ...saidAll('is required', at)]
  else verdict = null
  return verdict ? statement(verdict, start, end) : none
}

/** A lower-case key (the detection text joins "commercial_use" into one word) and its colon. */
function bareKeyEnd(text: string, from: number): number {
  let i = from
  while (text[i] === ' ' || text[i] === '\t') i++
  const start = i
  while (i < text.length && i - start < 64 && /[a-z0-9]/.test(text[i]!)) i++
  return i > start && text[i] === ':' ? i + 1 : -1
}

/**
 * The lines of a sentence that are keys with a scalar, each restated on its own (a block of them
 * reads as one sentence: no line of it ends with a stop); other lines kept as written. Null when
 * no line is such a key.
 */
function keyedLines(doc: Doc, s: Sentence): Sentence[] | null {
  const text = doc.text
  const lines: Token[][] = []
  let prev: Token | null = null
  for (const t of s.tokens) {
    if (prev === null || text.slice(prev.e, t.s).includes('\n')) lines.push([])
    lines[lines.length - 1]!.push(t)
    prev = t
  }
  const out: Sentence[] = []
  let rest: Token[] = []
  let keyed = false
  for (const line of lines) {
    const from = doc.lineStarts[lineOf(doc, line[0]!.s) - 1]!
    // a line that holds no key ("license_terms:" closing a line has no scalar) is read as written
    const said = onlySpace(text, from, line[0]!.s) ? keyedScalar(text, line, from) : null
    if (!said) {
      rest.push(...line)
      continue
    }
    keyed = true
    if (rest.length) out.push(reworded(s, rest))
    rest = []
    if (said.tokens.length) out.push(said)
  }
  if (!keyed) return null
  if (rest.length) out.push(reworded(s, rest))
  return out
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false
  return true
}

/**
 * A key with no value on its line, a list under it (`prohibited_uses:` then `- military use`; the
 * detection text joins the key into "prohibiteduses"): restated as its words with the colon
 * ("prohibited uses:"), so it introduces its items as a heading in prose would. Null when the
 * sentence is no such key, or its words are not the words of terms.
 */
function keyOverList(doc: Doc, s: Sentence): Sentence | null {
  if (!s.colon || s.tokens.length !== 1) return null
  const key = s.tokens[0]!
  const from = doc.lineStarts[lineOf(doc, key.s) - 1]!
  if (!onlySpace(doc.text, from, key.s) || bareKeyEnd(doc.text, from) !== key.e + 1) return null
  const parts = keyWords(key.w)
  if (parts === null || parts.length < 2) return null
  return { ...statement(saidAll(parts.join(' '), key.s), s.start, s.end), colon: true }
}

/** The words of a key that names a term (all its words are words of terms, two at least), or null. */
function termKey(key: readonly Token[]): string[] | null {
  const out: string[] = []
  for (const t of key) {
    const parts = keyWords(t.w)
    if (parts === null) return null
    out.push(...parts)
  }
  return out.length >= 2 ? out : null
}

/**
 * A block of front-matter fields read as one sentence (no line of it ends with a stop): "license:
 * other", "license_name: …", "prohibited_uses:". Each field is a statement of its own, so the block
 * is split at its lines when every line opens with a lower-case key; the last keeps the colon that
 * introduces the list under it. Null when the sentence is one line or any line is prose.
 */
function fieldLines(doc: Doc, s: Sentence): Sentence[] | null {
  const text = doc.text
  const lines: Token[][] = []
  let prev: Token | null = null
  for (let k = s.body; k < s.tokens.length; k++) {
    const t = s.tokens[k]!
    if (prev === null || text.slice(prev.e, t.s).includes('\n')) lines.push([])
    lines[lines.length - 1]!.push(t)
    prev = t
  }
  if (lines.length < 2) return null
  for (const line of lines) {
    const from = doc.lineStarts[lineOf(doc, line[0]!.s) - 1]!
    if (!onlySpace(text, from, line[0]!.s) || bareKeyEnd(text, from) < 0) return null
  }
  return lines.map((line, n) => {
    const last = n === lines.length - 1
    return {
      ...s,
      tokens: n === 0 ? [...s.tokens.slice(0, s.body), ...line] : line,
      body: n === 0 ? s.body : 0,
      listItem: n === 0 && s.listItem,
      colon: last && s.colon,
      start: n === 0 ? s.start : line[0]!.s,
      end: last ? s.end : line[line.length - 1]!.e,
      index: new Map()
    }
  })
}

export const yamlFields: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] => {
  const text = doc.text
  const one = (s: Sentence): Sentence[] => {
    if (s.restated || s.tokens.length === 0) return [s]
    const fields = fieldLines(doc, s)
    if (fields) return fields.flatMap(one)
    const overList = keyOverList(doc, s)
    if (overList) return [overList]
    const keyed = keyedLines(doc, s)
    if (keyed) return keyed
    let from = s.tokens[0]!.s
    while (from > 0 && text[from - 1] !== '\n' && s.tokens[0]!.s - from < 8) from--
    const lineStart = from === 0 || text[from - 1] === '\n'
    const key = lineStart ? keyEnd(text, from) : -1
    const typed = fieldType(text, s)
    if (key < 0 && !typed) return [s]
    const tokens = s.tokens.filter(t => t.s >= Math.max(key, 0)).slice(0, typed ? -1 : undefined)
    if (tokens.length === 0) return [s]
    let start = tokens[0]!.s
    if (text[start - 1] === '"' || text[start - 1] === "'") start--
    if (text[start - 1] === '[') start--
    // a key made only of the words of terms says what the value is about: `prohibited_uses:
    // [military, surveillance]`, `derivative_name_rule: "must begin with Pavo-"`
    const named = key < 0 ? null : termKey(s.tokens.filter(t => t.e < key))
    const said = named ? [...saidAll(named.join(' '), start), ...tokens] : tokens
    return [statement(said, start, typed ? tokens[tokens.length - 1]!.e : s.end)]
  }
  return sentences.flatMap(one)
}
