// A front-matter field named for an act, whose value denies it: `allow_derivatives: false`,
// `redistribution: "not permitted"`. The YAML pass (yaml-fields.ts) keeps a quoted or snake_case
// field's value as the statement and drops the key; the detection text joins a snake_case key into
// one word ("allowderivatives"). Either way the key names what the value is about, so a detector
// whose act the key names reads a denying value as a ban on that act.
import { phrases, words } from './query.js'
import type { Sentence } from './sentences.js'

/** Longest key read, in characters. */
const KEY_MAX = 64

/** A lower-case key: letters, digits, "_" and "-". */
function isKey(key: string): boolean {
  if (key.length === 0 || key.length > KEY_MAX) return false
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_' || c === '-')) return false
  }
  return true
}

/**
 * The field the sentence states: its key as written (lower case) and the position of its value's
 * first token, or null. A restated value's key stands before it on its line; a sentence that opens
 * with "key:" at the start of a line holds its key as its first word.
 */
export function fieldOf(text: string, s: Sentence): { key: string; value: number } | null {
  if (s.tokens.length === 0) return null
  if (s.restated) {
    // the key and its colon stand within KEY_MAX + 4 characters of the line's start: look no
    // further back than that (on one long line, a search to its start for every sentence is quadratic)
    const lineStart = lineStartWithin(text, s.start, KEY_MAX + 4)
    if (lineStart < 0) return null
    const head = text.slice(lineStart, s.start)
    const colon = head.indexOf(':')
    // a value opens after its key with a quote or a flow list's "[" ("key: [a, b]")
    if (colon < 0 || head.slice(colon + 1).replace(/["'\s[]/g, '') !== '') return null
    const key = head.slice(0, colon).trim()
    return isKey(key) ? { key, value: s.body } : null
  }
  const first = s.tokens[s.body]!
  if (text[first.e] !== ':' || !onlySpaceBefore(text, first.s)) return null
  const key = text.slice(first.s, first.e)
  return isKey(key) && s.body + 1 < s.tokens.length ? { key, value: s.body + 1 } : null
}

/** Start of the line holding `pos`, when it is at most `maxBack` characters before it; else -1. */
function lineStartWithin(text: string, pos: number, maxBack: number): number {
  for (let i = pos - 1; i >= 0 && pos - i <= maxBack + 1; i--) if (text[i] === '\n') return i + 1
  return pos <= maxBack ? 0 : -1
}

/** Nothing but spaces and tabs between the start of the line and `pos` (each gap is read once). */
function onlySpaceBefore(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!
    if (c === '\n') return true
    if (c.trim() !== '') return false
  }
  return true
}

/** The key names one of the acts ("allowderivatives" holds "derivatives"). */
export function keyNames(key: string, acts: readonly string[]): boolean {
  return acts.some(a => key.includes(a))
}

/** A value that says no: "false", "no", "none", "not permitted", "prohibited". */
const DENYING = phrases(
  'false, no, not permitted, not allowed, prohibited, forbidden, disallowed, not licensed, 不允许, 禁止'
)
/** "no restrictions", "none required": the value denies a limit, not the act. */
const LIMIT = words(
  'restriction restrictions limit limits limitation limitations condition conditions required'
)

/** The field's value, from position `value`, opens with a denial. */
export function valueDenies(s: Sentence, value: number): boolean {
  return DENYING.all(s).includes(value) && !LIMIT.has(s.tokens[value + 1]?.w ?? '')
}
