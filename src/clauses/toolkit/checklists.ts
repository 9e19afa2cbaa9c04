// List items, and lines without a list marker, that carry a mark: "- ❌ Commercial use", "- ✅ Personal projects", "- ⚠️ Weights phone
// home", "- [x] Attribution required". The mark says what the item is:
//   ❌ X          → "X is not permitted" (unless X already says no: "❌ Not available in …")
//   ✅ X          → nothing when X names a freedom ("✅ Commercial use"); the item as written when it
//                  says something ("✅ Keep the NOTICE file with every copy")
//   [x] / [ ] X  → the item as written; a bare name ("[x] Attribution") is a term that applies:
//                  "Attribution is required"
//   ⚠️ X          → the item as written
// The quote is the item as written, from its mark.
import { reworded, saidAll, statement, type Restater } from './restate.js'
import type { Doc, Sentence } from './sentences.js'
import { markOf } from './table-rows.js'
import { words } from './query.js'
import { isNegationAt } from './negation.js'
import type { Token } from './tokens.js'

/** Words that make an item say something rather than name a term: verbs, modals, pronouns. */
const STATES = words(
  'must shall may will can should need needs is are be do does i we you your my our it keep include',
  'use display pass comply publish share give credit cite mark label retain provide make stay stays',
  'remain remains stops stop'
)
const MARK_REACH = 16
/** What may stand before an item's first word on its line when it has no list marker: blanks, a
 * box ("[x]", "[ ]") or a mark (❌ ✅ ⚠️ and the variation selector that follows emoji). */
const LEAD_CHARS = new Set([' ', '\t', '[', ']', 'x', 'X', '\u274c', '\u2705', '\u26a0', '\ufe0f'])

/** A line that opens with a box or a mark and no list marker ("[x] Attribution", "❌ Resale"). */
function opensWithMark(text: string, s: Sentence): boolean {
  const first = s.tokens[s.body]
  if (!first) return false
  let from = first.s
  while (from > 0 && text[from - 1] !== '\n' && first.s - from < MARK_REACH) from--
  if (from > 0 && text[from - 1] !== '\n') return false
  let marked = false
  for (let k = from; k < first.s; k++) {
    if (!LEAD_CHARS.has(text[k]!)) return false
    if (text[k] !== ' ' && text[k] !== '\t') marked = true
  }
  // "[x] Attribution": the tokenizer reads the box's "x" as the first word
  return marked || (first.w === 'x' && text[first.s - 1] === '[' && text[first.e] === ']')
}
const BULLETS = new Set(['-', '*', '+', '\u2022'])

/** Marks between a list marker and an item's first word (a checkbox is "[x]" or "[ ]"). */
function markBefore(
  text: string,
  s: Sentence
): { kind: 'deny' | 'permit' | 'box' | 'note'; at: number } | null {
  const first = s.tokens[s.body]
  if (!first) return null
  // a mark stands within a few characters of the line's start ("- [x] ", "  * ❌ ")
  let from = first.s
  while (from > 0 && text[from - 1] !== '\n' && first.s - from < MARK_REACH) from--
  if (from > 0 && text[from - 1] !== '\n') return null
  const lead = text.slice(from, first.s)
  const mark = markOf(lead, 0, lead.length)
  // the quote starts at the mark, after the list marker
  let at = from
  while (at < first.s && (text[at] === ' ' || text[at] === '\t')) at++
  if (BULLETS.has(text[at] ?? '')) at++
  while (at < first.s && (text[at] === ' ' || text[at] === '\t')) at++
  if (mark) return { kind: mark, at }
  if (lead.includes('\u26a0')) return { kind: 'note', at }
  // "[x] Attribution": the tokenizer reads the box's "x" as the first word
  if (first.w === 'x' && text[first.s - 1] === '[' && text[first.e] === ']')
    return { kind: 'box', at: first.s - 1 }
  if (lead.includes('[ ]')) return { kind: 'box', at: from + lead.indexOf('[ ]') }
  return null
}

/** Tokens of the item up to its first dash, semicolon or colon: "Calling your fine-tune X — …". */
function firstPart(text: string, tokens: Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.e, tokens[k]!.s)
    if (/[\u2014\u2013;:]/.test(gap) || gap.includes(' - ')) return k
  }
  return tokens.length
}

export const checklists: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] => {
  const text = doc.text
  const out: Sentence[] = []
  for (const s of sentences) {
    const mark = !s.restated && (s.listItem || opensWithMark(text, s)) ? markBefore(text, s) : null
    if (!mark) {
      out.push(s)
      continue
    }
    let body = s.tokens.slice(s.body)
    if (mark.kind === 'box' && body[0]?.w === 'x') body = body.slice(1)
    if (body.length === 0) continue
    const states = body.some(t => STATES.has(t.w))
    const negated = body.some((_, k) => isNegationAt({ ...s, tokens: body, index: new Map() }, k))
    const end = s.end
    const asWritten = (): Sentence =>
      reworded({ ...s, start: mark.at }, [...s.tokens.slice(0, s.body), ...body])
    if (mark.kind === 'deny') {
      if (negated) {
        out.push(asWritten())
        continue
      }
      const cut = firstPart(text, body)
      const at = body[cut - 1]!.e
      out.push(
        statement(
          [...body.slice(0, cut), ...saidAll('is not permitted', at), ...body.slice(cut)],
          mark.at,
          end
        )
      )
    } else if (mark.kind === 'permit') {
      // a freedom named restricts nothing; a duty ticked off still binds
      if (states) out.push(asWritten())
    } else if (mark.kind === 'box' && !states && body.length <= 5) {
      out.push(statement([...body, ...saidAll('is required', body[body.length - 1]!.e)], mark.at, end))
    } else out.push(asWritten())
  }
  return out
}
