// Questions and their answers as statements. A question asserts nothing; its answer decides what
// the pair says:
//   "Can I modify it? No."                      → "you may not modify it"
//   "Do I have to publish my changes? Yes, …"   → "you must publish your changes …"
//   "Can you switch off my copy? Yes."          → "we can switch off your copy" (the licensor asked)
//   "Can I sell it? Yes." / "Do I have to …? No." / "Is it research-only? No." → nothing
// "Q:" and "A:" markers are read past. A question whose answer is no plain yes or no is left as it
// is, and so is its answer. The pair is quoted as written, from the question's first word.
import { reworded, said, saidAll, statement, type Restater } from './restate.js'
import type { Doc, Sentence } from './sentences.js'
import { words } from './query.js'
import type { Token } from './tokens.js'

const YES = words('yes yeah yep yup sure certainly absolutely correct 是 对 可 能 需 要 必 须 应')
const NO = words('no nope not neither never nor 不 否 无 没 别')
/** Auxiliaries that open a question of permission. */
const PERMISSION = words('can may could might 可 能')
/** Auxiliaries that open a question of duty. */
const DUTY = words('must should shall need 须 需 必 应 要')
/** "Do I have to", "Am I required to", "Is it necessary to": the word that makes a question a duty. */
const DUTY_WORDS = words('have need got required obliged obligated expected necessary mandatory compulsory')
const LEAVE = words('allowed permitted able ok okay possible fine legal alright')
const OPENERS = words('do does did am is are was were will would')
/** The licensee asking. */
const FIRST_PERSON = words('i we')
/** Verbs a non-pronoun subject is followed by: "Can people in Brazil use it?". */
const ACTS = words(
  'use run deploy sell modify change share distribute redistribute host publish upload train fine',
  'finetune offer access download copy build make give integrate embed serve merge adapt ship charge',
  'include keep display rename call release license sublicense resell rent translate mirror'
)
/** The licensee's words for itself, as a statement about "you"; the licensor's as "we". */
const AS_LICENSEE: Record<string, string> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  we: 'you',
  us: 'you',
  our: 'your',
  我: '您'
}
const AS_LICENSOR: Record<string, string> = { you: 'we', your: 'our', i: 'you', me: 'you', my: 'your' }
/** Chinese question particles and markers, left out of the statement. */
const PARTICLES = words('吗 呢 么 吧')

type Kind = 'permission' | 'duty' | 'other' | 'open'

interface Question {
  kind: Kind
  /** Who is asked about: the licensee ("i", "we", a person), or the licensor ("you"). */
  licensor: boolean
  /** The words after the auxiliary and the subject ("upload the checkpoint to my own model hub"). */
  subject: Token[]
  rest: Token[]
  at: number
  /** A condition the question opens with: "If I change the code and ship it, do I have to …". */
  condition: Token[]
}

function endsWithQuestionMark(text: string, s: Sentence): boolean {
  const last = s.tokens[s.tokens.length - 1]
  if (!last) return false
  for (let i = last.e; i < s.end; i++) if (text[i] === '?' || text[i] === '\uff1f') return true
  return false
}

/** Index of the first word after a "Q:" / "A:" marker (or `from`). */
function afterMarker(text: string, s: Sentence, from: number, marker: ReadonlySet<string>): number {
  const t = s.tokens[from]
  if (!t || !marker.has(t.w)) return from
  let i = t.e
  while (text[i] === ' ') i++
  return text[i] === ':' || text[i] === '.' || text[i] === ')' || text[i] === '\uff1a' ? from + 1 : from
}
/** A sentence that is only an answer's marker: "答：", "A:". */
function onlyMarker(text: string, s: Sentence): boolean {
  return s.tokens.length === 1 && afterMarker(text, s, 0, A_MARK) === 1
}
const Q_MARK = words('q question 问')
const A_MARK = words('a answer 答')

function parseQuestion(text: string, s: Sentence): Question | null {
  const from = afterMarker(text, s, s.body, Q_MARK)
  const all = s.tokens.slice(from).filter(x => !PARTICLES.has(x.w))
  // "If I change the code and ship it, do I have to …": the condition, then the question
  let open = 0
  if (CONDITIONAL.has(all[0]?.w ?? '')) {
    for (let k = 1; k < all.length && open === 0; k++)
      if (text.slice(all[k - 1]!.e, all[k]!.s).includes(',')) open = k
  }
  const condition = mapped(all.slice(0, open), AS_LICENSEE)
  const q = parseClause(all.slice(open), s.tokens[from]?.s ?? s.start)
  return q ? { ...q, condition } : null
}

/** Words that limit a "yes": "provided", "only", "as long as", "if", "unless", "but". */
const LIMITING = words('only provided providing if unless long but except subject solely')
/** "for free", "free of charge", "without paying": a question about the price. */
const FREE = words('free charge paying cost')
/** Words before "charge", "cost", "paying" that make them the price ("free of charge", "at no cost",
 * "without paying"), not the licensee's own business ("a product I charge for"). */
const PRICE_BEFORE = words('of no without any zero')

/** The question asks about the price of using the model: "for free", "free of charge", "at no cost". */
function asksPrice(rest: readonly Token[]): boolean {
  return rest.some((t, k) => FREE.has(t.w) && (t.w === 'free' || PRICE_BEFORE.has(rest[k - 1]?.w ?? '')))
}
const CONDITIONAL = words('if when once after where')
const WH = words('what which who whom where when how why')

function parseClause(t: Token[], at: number): Omit<Question, 'condition'> | null {
  if (t.length < 2) return null
  const w0 = t[0]!.w
  if (WH.has(w0)) return { kind: 'open', licensor: false, subject: [], rest: t.slice(1), at }
  // Chinese: "我可以商用吗？" — subject, modal, act
  if (t[0]!.w.length === 1 && /\p{Script=Han}/u.test(t[0]!.w)) {
    const m = t.findIndex(x => PERMISSION.has(x.w) || DUTY.has(x.w))
    if (m < 0) return null
    const duty = DUTY.has(t[m]!.w)
    let r = m + 1
    while (r < t.length && (t[r]!.w === '以' || t[r]!.w === '够' || t[r]!.w === '否')) r++
    return {
      kind: duty ? 'duty' : 'permission',
      licensor: false,
      subject: t.slice(0, m),
      rest: t.slice(r),
      at
    }
  }
  if (PERMISSION.has(w0) || DUTY.has(w0)) {
    const kind: Kind = PERMISSION.has(w0) ? 'permission' : 'duty'
    return split(t, 1, kind, at)
  }
  if (!OPENERS.has(w0)) return null
  // "Do I have to …", "Am I allowed to …", "Is it OK to …", "Is it research-only?"
  for (let k = 1; k < Math.min(t.length, 6); k++) {
    const w = t[k]!.w
    if (t[k + 1]?.w !== 'to') continue
    if (DUTY_WORDS.has(w) || LEAVE.has(w)) {
      const kind: Kind = DUTY_WORDS.has(w) ? 'duty' : 'permission'
      const q = split(t.slice(0, k).concat(t.slice(k + 2)), 1, kind, at)
      return q
    }
  }
  return { kind: 'other', licensor: false, subject: [], rest: t, at }
}

/** Subject and rest of an English question whose auxiliary ends at `from`. */
function split(t: Token[], from: number, kind: Kind, at: number): Omit<Question, 'condition'> {
  const first = t[from]?.w ?? ''
  if (FIRST_PERSON.has(first) || first === 'you' || first === 'it') {
    // "Is it OK to …": the licensee asks
    const licensor = first === 'you'
    return { kind, licensor, subject: [], rest: t.slice(from + 1), at }
  }
  let v = from
  while (v < t.length && !ACTS.has(t[v]!.w)) v++
  if (v === t.length) v = from
  return { kind, licensor: false, subject: t.slice(from, v), rest: t.slice(v), at }
}

function mapped(tokens: Token[], table: Record<string, string>): Token[] {
  return tokens.map(t => (table[t.w] ? { ...t, w: table[t.w]! } : t))
}

/** The answer's polarity, and the index of its first word after "Yes," / "No —" (or where it goes on). */
function answerOf(
  text: string,
  a: Sentence
): { yes: boolean; next: number; whole: boolean; limited?: boolean } | null {
  const k = afterMarker(text, a, a.body, A_MARK)
  const t = a.tokens[k]
  if (!t) return null
  // "Only after registering …", "Only if …": yes, within a limit the answer states
  if (t.w === 'only') return { yes: true, next: k, whole: false, limited: true }
  let yes: boolean
  // "Absolutely not", "Certainly not": the "not" decides
  if (YES.has(t.w) && a.tokens[k + 1]?.w === 'not')
    return { yes: false, next: k + 2, whole: a.tokens.length === k + 2 }
  if (YES.has(t.w)) yes = true
  else if (NO.has(t.w)) yes = false
  else return null
  // Chinese: "不可以。", "可以。", "不行": the answer is the whole short sentence
  if (t.w.length === 1) {
    const only = a.tokens.length - k <= 3
    if (only) return { yes, next: a.tokens.length, whole: true }
    // "无需署名，也无需保留任何声明": a no that goes on is its own statement
    return yes ? null : { yes, next: k, whole: false }
  }
  // "No country is excluded": "no" opens the sentence, it is no answer word
  const next = a.tokens[k + 1]
  const gap = next ? text.slice(t.e, next.s) : ''
  if (next && !/[,.;:!\u2014\u2013-]/.test(gap)) return { yes, next: k, whole: false }
  return { yes, next: k + 1, whole: next === undefined }
}

/** What a question says once answered yes or no, or null when the pair restricts nothing. */
function statedBy(question: Question, yes: boolean, limited: boolean, zh: boolean): Token[] | null {
  if (question.kind === 'permission' && yes && limited && !question.licensor)
    return [
      ...(question.subject.length ? question.subject : [said('you', question.at)]),
      ...saidAll('may', question.at),
      ...mapped(question.rest, AS_LICENSEE)
    ]
  // "Can a company use it for free? No — above €5M it pays": the answer is about the price
  if (question.kind === 'permission' && !yes && asksPrice(question.rest)) return null
  if (question.kind === 'permission' && !yes && !question.licensor)
    return zh
      ? [...mapped(question.subject, AS_LICENSEE), ...saidAll('不 得', question.at), ...question.rest]
      : [
          ...(question.subject.length ? question.subject : [said('you', question.at)]),
          ...saidAll('may not', question.at),
          ...mapped(question.rest, AS_LICENSEE)
        ]
  if (question.kind === 'permission' && yes && question.licensor)
    return [...saidAll('we can', question.at), ...mapped(question.rest, AS_LICENSOR)]
  if (question.kind === 'duty' && yes)
    return zh
      ? [...mapped(question.subject, AS_LICENSEE), ...saidAll('须', question.at), ...question.rest]
      : [...saidAll('you must', question.at), ...mapped(question.rest, AS_LICENSEE)]
  if (question.kind === 'other' && yes) return [...question.rest]
  return null
}

/** The words of a question (a table's header question with a row's case) answered by a bare yes or
 * no, as a statement; null when the answer leaves nothing restricted. */
export function resolved(question: Token[], yes: boolean, at: number): Token[] | null {
  const all = question.filter(x => !PARTICLES.has(x.w))
  const q = parseClause(all, at)
  if (!q || q.kind === 'open') return null
  const zh = /\p{Script=Han}/u.test(all[0]!.w)
  return statedBy({ ...q, condition: [] }, yes, false, zh)
}

export const answers: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] => {
  const text = doc.text
  const out: Sentence[] = []
  for (let i = 0; i < sentences.length; i++) {
    const q = sentences[i]!
    // "答：" (or "A:") may stand as a sentence of its own before the answer
    const marker = sentences[i + 1] && onlyMarker(text, sentences[i + 1]!) ? 1 : 0
    const a = sentences[i + 1 + marker]
    const question = a && !q.restated && endsWithQuestionMark(text, q) ? parseQuestion(text, q) : null
    // an open question ("What happens if …?") is answered by whatever follows it
    const answer =
      question && a
        ? question.kind === 'open'
          ? { yes: true, next: afterMarker(text, a, a.body, A_MARK), whole: false }
          : answerOf(text, a)
        : null
    if (!question || !answer || !a) {
      out.push(q)
      continue
    }
    i += 1 + marker
    const remainder = a.tokens.slice(answer.next)
    const zh = /\p{Script=Han}/u.test(q.tokens[q.body]!.w)
    // "Yes, provided each one carries a label", "Yes — that is the only use": a permission with a limit
    const limited = answer.limited === true || remainder.some(t => LIMITING.has(t.w))
    let words: Token[] | null
    if (question.kind === 'open')
      // "What should my model be called? Anything, as long as …": the answer completes the question
      words = [...mapped(question.rest, AS_LICENSEE), ...a.tokens.slice(afterMarker(text, a, a.body, A_MARK))]
    else words = statedBy(question, answer.yes, limited, zh)
    if (words) {
      // the question, resolved, and what the answer adds: one statement, quoted as written
      const adds = answer.whole || question.kind === 'open' ? [] : remainder
      out.push(statement([...question.condition, ...words, ...adds], q.start, a.end))
      continue
    }
    // the answer leaves nothing of the question: what it goes on to say stands alone
    if (!answer.whole && remainder.length > 0) out.push(reworded(a, remainder, 0))
  }
  return out
}
