// A model card's front matter states terms as YAML values: `extra_gated_prompt: "Approved users must
// not share the files."`, and a gated form lists what the user agrees to as field labels
// (`I will not use this model commercially: checkbox`). The key and the field's type are names, not
// words of the term: the value, or the label, is the statement. Keys are lower-case names with a
// quoted value or a "_", so a label such as "Territory: Canada only" keeps its meaning.
import { statement, type Restater } from './restate.js'
import type { Doc, Sentence } from './sentences.js'
import { words } from './query.js'

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
  return underscore || text[v] === '"' || text[v] === "'" ? i + 1 : -1
}

/** A field label's type after its last colon: "…: checkbox". */
function fieldType(text: string, s: Sentence): boolean {
  const last = s.tokens[s.tokens.length - 1]
  const before = s.tokens[s.tokens.length - 2]
  if (!last || !before || !FIELD_TYPES.has(last.w)) return false
  return text.slice(before.e, last.s).includes(':')
}

export const yamlFields: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] => {
  const text = doc.text
  return sentences.map(s => {
    if (s.restated || s.tokens.length === 0) return s
    let from = s.tokens[0]!.s
    while (from > 0 && text[from - 1] !== '\n' && s.tokens[0]!.s - from < 8) from--
    const key = from === 0 || text[from - 1] === '\n' ? keyEnd(text, from) : -1
    const typed = fieldType(text, s)
    if (key < 0 && !typed) return s
    const tokens = s.tokens.filter(t => t.s >= Math.max(key, 0)).slice(0, typed ? -1 : undefined)
    if (tokens.length === 0) return s
    let start = tokens[0]!.s
    if (text[start - 1] === '"' || text[start - 1] === "'") start--
    return statement(tokens, start, typed ? tokens[tokens.length - 1]!.e : s.end)
  })
}
