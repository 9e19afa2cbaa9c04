// The one entry point where a file's text becomes clauses: parse the text into sentences once,
// then ask each clause module about each sentence (and about each list item together with the
// sentence that introduces it). Linear in the size of the text.
import { namesUsePolicy } from '../discover/file-kinds.js'
import type { Clause, ClauseType } from '../types.js'
import { isContactLine, isTitle } from './acceptable-use-policy.js'
import type { ClauseModule, DetectContext } from './clause.js'
import { CLAUSES } from './registry.js'
import { definesTerm } from './toolkit/definition.js'
import { deniedSpan, prohibits, sentenceHasNegation } from './toolkit/negation.js'
import { phrases, words } from './toolkit/query.js'
import { quoteSentence } from './toolkit/quote.js'
import { lineOf, parseDoc, type Doc, type Sentence } from './toolkit/sentences.js'
import { lineStartsOf, normalizeForDetection, type DetectionText } from '../text/normalize.js'

/** Most clauses of one type reported per file. */
export const MAX_PER_TYPE = 5
/** Sentences after a list introduction ("You agree not to use the Model:") that count as list items. */
export const LIST_SPAN = 80
/** Words of an introduction carried into each item it introduces. */
const INTRO_TAIL = 60

/** A file whose name says it is a use policy (one test for discovery and detection). */
export const isUsePolicyFileName = namesUsePolicy

const LIST_HEADINGS = phrases(
  'prohibited uses, prohibited use, restricted uses, use restrictions, use based restrictions'
)
const POLICY_TITLE = phrases(
  'acceptable use policy, use policy, usage policy, prohibited use policy, 使用政策'
)
/** Law-abiding only: "comply with applicable law", "for lawful purposes", "in violation of any law". */
const LAWFUL = phrases(
  'applicable law, applicable laws, lawful purposes, lawful purpose, lawful manner',
  'violation of any law, violates any law, violate any law, violate applicable',
  'violates applicable, laws and regulations, illegal or unlawful, unlawful purpose',
  'unlawful purposes, 法律法规'
)

function isListIntro(s: Sentence): boolean {
  if (LIST_HEADINGS.in(s) && (s.colon || s.heading || s.tokens.length <= 6)) return true
  // "You agree not to use the Model:", "you will not, and will not permit … any third party to:"
  return s.colon && sentenceHasNegation(s)
}

function titleIsPolicy(doc: Doc): boolean {
  const first = doc.sentences[0]
  if (!first || first.tokens.length > 10 || sentenceHasNegation(first)) return false
  const at = POLICY_TITLE.first(first)
  return at >= 0 && at < 8
}

/** A sentence that asks only for lawful use: no clause of a use policy by itself. */
function lawfulOnly(s: Sentence): boolean {
  return LAWFUL.in(s)
}

/** Every letter of the sentence is a capital (and there are some): a heading set in capitals. */
function allCapitals(s: Sentence, text: string): boolean {
  const body = text.slice(s.start, s.end)
  return body.toUpperCase() === body && body.toLowerCase() !== body
}

/** "or", "and", "and/or" left between two list items ("…in any month; or (b) …"): the list goes on. */
const CONNECTIVES: ReadonlySet<string> = new Set(['or', 'and', '或', '或者', '及', '和'])
function onlyConnective(s: Sentence): boolean {
  return s.tokens.length > 0 && s.tokens.length <= 2 && s.tokens.every(t => CONNECTIVES.has(t.w))
}

/** The intro's last words followed by the item's words, as one sentence (offsets kept). */
function joined(intro: Sentence, item: Sentence): Sentence {
  const head = intro.tokens.slice(Math.max(intro.body, intro.tokens.length - INTRO_TAIL))
  return {
    ...item,
    tokens: [...head, ...item.tokens.slice(item.body)],
    body: 0,
    listItem: true,
    colon: false,
    index: new Map()
  }
}

/** The clauses of a sentence before and after the span a denial silences, each read as a sentence
 * of its own (offsets and quote kept: the whole sentence is quoted). */
function outside(s: Sentence, span: { from: number; to: number }, text: string): Sentence[] {
  const out: Sentence[] = []
  if (span.from > s.body) out.push({ ...s, tokens: s.tokens.slice(0, span.from), index: new Map() })
  if (span.to < s.tokens.length) {
    // the rest may deny again ("No credit is needed, nor need you keep the notice")
    const rest = { ...s, tokens: s.tokens.slice(span.to), body: 0, listItem: false, index: new Map() }
    const again = deniedSpan(rest, text)
    if (again === null) out.push(rest)
    else if (again.from > 0 || again.to < rest.tokens.length) out.push(...outside(rest, again, text))
  }
  return out
}

/**
 * Clauses of one file's text. Detectors read the normalised text (no zero-width, look-alike or
 * entity tricks, hyphenated line ends joined); quotes and lines come from the file as written,
 * through the normaliser's offset map.
 */
const CC_ELEMENTS: ReadonlySet<string> = new Set(['non-commercial', 'no-derivatives', 'share-alike'])
const CC_NAME = phrases('attribution, creative commons, cc by')
const ELEMENTS_TERM = phrases('license elements, licence elements')

export function detectClauses(text: string, file: string): Clause[] {
  const source = normalizeForDetection(text)
  return detectInDoc(parseDoc(source.text), file, source)
}

/**
 * Maps a quote range of the detection text back to the file's own characters and lines, and tells
 * the one file line a range lies on (0 when it spans several).
 */
function verbatim(
  doc: Doc,
  source: DetectionText | undefined
): {
  toFile: (from: number, to: number) => { line: number; quote: string }
  oneLine: (from: number, to: number) => number
} {
  if (!source)
    return {
      toFile: () => ({ line: 0, quote: '' }),
      oneLine: (from, to) => {
        const line = lineOf(doc, from)
        return line === lineOf(doc, Math.max(from, to - 1)) ? line : 0
      }
    }
  const original: Doc = { text: source.original, sentences: [], lineStarts: lineStartsOf(source.original) }
  return {
    toFile: (from, to) => {
      const r = source.originalRange(from, to)
      let a = r.from
      let b = r.to
      while (a < b && /\s/.test(original.text[a]!)) a++
      while (b > a && /\s/.test(original.text[b - 1]!)) b--
      return { line: lineOf(original, a), quote: original.text.slice(a, b) }
    },
    oneLine: (from, to) => {
      const r = source.originalRange(from, to)
      const line = lineOf(original, r.from)
      return line === lineOf(original, Math.max(r.from, r.to - 1)) ? line : 0
    }
  }
}

export function detectInDoc(doc: Doc, file: string, source?: DetectionText): Clause[] {
  const { toFile, oneLine } = verbatim(doc, source)
  const found: Clause[] = []
  const counts = new Map<string, number>()
  // Types that have all the clauses a file reports: their detectors are not asked again, and once
  // every type is full the rest of the text is not read (a long text stays linear and cheap).
  let full = 0
  const seen = new Set<string>()
  /** The lines each type is reported at (what `seen` holds, by type). */
  const linesOf = new Map<string, Set<number>>()
  const add = (type: string, s: Sentence, trigger: number): void => {
    const n = counts.get(type) ?? 0
    if (n >= MAX_PER_TYPE) return
    const q = quoteSentence(doc, s, trigger)
    const { line, quote } = source ? toFile(q.start, q.end) : q
    const key = `${type}:${line}`
    if (seen.has(key) || quote.length === 0) return
    seen.add(key)
    let lines = linesOf.get(type)
    if (!lines) linesOf.set(type, (lines = new Set()))
    lines.add(line)
    counts.set(type, n + 1)
    if (n + 1 === MAX_PER_TYPE) full++
    found.push({ type: type as ClauseType, file, line, quote })
  }

  // A use-policy file is itself an acceptable-use-policy clause, quoted at its first restriction.
  let policyFile = isUsePolicyFileName(file) || titleIsPolicy(doc)

  let listLeft = 0
  let intro: Sentence | null = null
  // clauses of a lead-in heading ("2. Non-commercial use only. You may use …"), kept until the
  // next sentence shows whether it states the same clause (then the sentence is quoted instead)
  let pending: { type: string; s: Sentence; trigger: number }[] = []
  doc.sentences.forEach((s, index) => {
    if (full === CLAUSES.length) return
    const here = new Set<string>()
    // an item of a list its introduction opens is no heading
    const next = doc.sentences[index + 1]
    const leadIn =
      !(intro !== null && s.listItem) &&
      (isLeadIn(doc, s, next) ||
        (s.listItem && s.body > 0 && next !== undefined && isTitle({ ...s, listItem: false }, doc.text)))
    const ctx: DetectContext = { doc, index, inProhibitedList: listLeft > 0 }
    const notAClause = isContactLine(s, doc.text)
    // a denial silences its own clause ("does not impose X"); the sentence's other clauses are read
    const span = deniedSpan(s, doc.text)
    const denied = span !== null && span.from <= s.body && span.to >= s.tokens.length
    const parts = span !== null && !denied ? outside(s, span, doc.text) : null
    const lawful = lawfulOnly(s)
    // a numbered heading in capitals ("II. RESEARCH & NON-COMMERCIAL USE LICENSE") is a title; one in
    // ordinary case ("4. No Modification") is a lead-in, and a bullet ("- No fine-tuning", "- EU") a clause
    const title =
      isTitle(s, doc.text) ||
      (s.listItem && s.body > 0 && allCapitals(s, doc.text) && isTitle({ ...s, listItem: false }, doc.text))
    const item = intro !== null && s.listItem ? joined(intro, s) : null
    // an item inside the line of its introduction ("… may not: (a) redistribute it; (b) modify it.")
    // is quoted from the introduction on: the qualifier belongs to the sentence
    const quoted =
      item && lineOf(doc, intro!.end) === lineOf(doc, s.start) ? { ...s, start: intro!.start } : s
    const elementsDefined = ELEMENTS_TERM.in(s) && definesTerm(s)
    // A clause of this sentence is quoted from `quoted` (quoteSentence keeps within it, or one
    // opening quotation mark before it). When all of that lies on one file line, a type already
    // reported on that line can add nothing here: its detector is not asked. Unless the answer is
    // wanted otherwise: a lead-in keeps it for the next sentence, and a pending lead-in of the
    // type is dropped when this sentence states it. (A licence written on one line would else
    // have every detector read every sentence of it.)
    let line = -1
    const reported = (type: string): boolean => {
      const lines = linesOf.get(type)
      if (lines === undefined || leadIn || pending.some(p => p.type === type)) return false
      if (line < 0) {
        const from = Math.max(0, quoted.start - 1)
        line = oneLine(from, Math.max(quoted.end, quoted.tokens[quoted.tokens.length - 1]?.e ?? quoted.end))
      }
      return line > 0 && lines.has(line)
    }
    for (const m of CLAUSES as readonly ClauseModule[]) {
      if (notAClause || denied) continue
      if ((counts.get(m.type) ?? 0) >= MAX_PER_TYPE) continue
      if (reported(m.type)) continue
      // titles and headings name things; they bind nobody ("EGRET NON-COMMERCIAL MODEL LICENSE"),
      // except a Creative Commons licence named by its elements ("Attribution-NonCommercial 4.0")
      if (title && !(CC_ELEMENTS.has(m.type) && CC_NAME.in(s))) continue
      // '"Licence Elements" means … Attribution, NonCommercial, NoDerivatives': the definition lists
      // every element a Creative Commons licence may have; the title says which this one has
      if (elementsDefined && CC_ELEMENTS.has(m.type)) continue
      let at = -1
      let where = s
      if (parts) {
        for (const p of parts) {
          at = m.detect(p, ctx)
          where = p
          if (at >= 0) break
        }
      } else at = m.detect(s, ctx)
      if (at < 0 && item && !parts) {
        // word order across a list: the act or the prohibition may stand in the introduction
        const k = m.detect(item, ctx)
        if (k >= 0) {
          at = k
          where = item
        }
      }
      if (at < 0) continue
      here.add(m.type)
      if (leadIn) pending.push({ type: m.type, s, trigger: where.tokens[at]!.s })
      else add(m.type, quoted, where.tokens[at]!.s)
    }
    if (!leadIn) {
      for (const p of pending) if (!here.has(p.type)) add(p.type, p.s, p.trigger)
      pending = []
    }
    if (
      policyFile &&
      !notAClause &&
      !lawful &&
      !title &&
      (prohibits(s) || sentenceHasNegation(s) || isListIntro(s) || ctx.inProhibitedList)
    ) {
      add('acceptable-use-policy', s, s.start)
      policyFile = false
    }
    if (isListIntro(s)) listLeft = LIST_SPAN
    else if (listLeft > 0) listLeft--
    if (s.colon) intro = s
    else if (!s.listItem && !onlyConnective(s)) intro = null
  })
  for (const p of pending) add(p.type, p.s, p.trigger)
  return found
}

/** Only blanks between from and to (scanned back from to: stops at the first other character). */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text[i] !== ' ' && text[i] !== '\t') return false
  return true
}

/** Words of a sentence that says something rather than naming it: modals, auxiliaries, verbs of grant. */
const STATES = words(
  'may must shall will can cannot should is are be not do does agree agrees grant grants granted',
  'permitted allowed prohibited requires required you we licensee licensor'
)
/** Longest lead-in heading, in words ("Non-commercial use only"). */
const LEAD_IN_WORDS = 6

/**
 * A short heading at the start of a line or of a numbered item, followed on the same line by the
 * sentence it names: "2. Non-commercial use only. You may use the Model …". It binds nobody.
 */
function isLeadIn(doc: Doc, s: Sentence, next: Sentence | undefined): boolean {
  if (!next || s.tokens.length - s.body > LEAD_IN_WORDS || s.colon) return false
  const lineStart = doc.lineStarts[lineOf(doc, s.start) - 1]!
  if (!s.listItem && !onlySpaceBetween(doc.text, lineStart, s.start)) return false
  if (lineOf(doc, s.end) !== lineOf(doc, next.start)) return false
  for (let k = s.body; k < s.tokens.length; k++) if (STATES.has(s.tokens[k]!.w)) return false
  return true
}
