// Negation, modality and scope: what a sentence forbids, what it merely permits or encourages,
// and where it denies that any restriction exists ("no limit", "does not impose any restrictions",
// "cannot be withdrawn except for breach"). One vocabulary each.
import { Phrases, findSeq, has, nearWords, phrases, positions, words } from './query.js'
import type { Sentence } from './sentences.js'

const NEGATORS = words(
  'not never neither nor cannot prohibited prohibit prohibits forbidden forbid forbids no without',
  'refrain refrains abstain abstains',
  // Han negators are single characters (不得, 禁止, 严禁, 勿, 未经, 无权); 非 is left to compounds (非商业)
  '不 禁 勿 未 无'
)
/** Contractions split by the tokenizer: "don't" is "don" "t". */
const APOSTROPHE_NEG = words('don won can shouldn mustn isn aren doesn shan wouldn couldn didn')
/** Words after "not"/"without"/"no" that do not negate what follows. */
const NOT_NEGATING_AFTER: Record<string, ReadonlySet<string>> = {
  not: words('limited only withstanding'),
  without: words('limitation restriction limit charge fee'),
  no: words('charge cost event later longer fee')
}

/** A negation at token k that really negates ("not limited to", "whether or not", "not only" do not). */
export function isNegationAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k]!.w
  if (w === 't' && k > 0 && APOSTROPHE_NEG.has(s.tokens[k - 1]!.w)) return true
  if (!NEGATORS.has(w)) return false
  const next = s.tokens[k + 1]?.w
  const prev = s.tokens[k - 1]?.w
  if (w === 'not' && prev === 'or') return false
  // "with or without modifications": both ways are allowed
  if (w === 'without' && prev === 'or' && s.tokens[k - 2]?.w === 'with') return false
  // 不可撤销: "irrevocable"
  if (w === '不' && next === '可' && s.tokens[k + 2]?.w === '撤') return false
  // "not prohibited from", "not restricted": a negated prohibition is a permission
  if (w === 'not' && next !== undefined && CANCELLED.has(next)) return false
  if (CANCELLED.has(w) && prev === 'not') return false
  // 不论 / 不管 / 无论: "regardless", not a negation
  if ((w === '不' || w === '无') && (next === '论' || next === '管')) return false
  // "Nothing prohibits you from …", "No one may prevent you from …": a ban denied
  if (BAN_VERBS.has(w) && nearWords(s, k, 4, 0, NOBODY) >= 0) return false
  // 不限于: "not limited to"
  if (w === '不' && next === '限' && s.tokens[k + 2]?.w === '于') return false
  // 不到 / 不足 / 不超过 / 不低于 …: a comparison ("年收入不到五百万元" is "under five million")
  if (w === '不' && isComparisonZh(s, k)) return false
  // "may no longer be used": a ban from now on ("is no longer required" lifts one, "shall no longer
  // be authorised" states what termination does)
  if (w === 'no' && next === 'longer') return prev === 'may' || prev === 'can'
  if (next !== undefined && NOT_NEGATING_AFTER[w]?.has(next)) return false
  return true
}

/** 不到, 不足 ("less than"); 不超过, 不低于, 不高于, 不少于, 不多于 ("at most", "at least"). */
const COMPARISON_ZH = words('到 足')
const COMPARED_ZH = words('超 低 高 少 多')
const COMPARED_END_ZH = words('过 于')
function isComparisonZh(s: Sentence, k: number): boolean {
  const next = s.tokens[k + 1]?.w ?? ''
  if (COMPARISON_ZH.has(next)) return true
  return COMPARED_ZH.has(next) && COMPARED_END_ZH.has(s.tokens[k + 2]?.w ?? '')
}

const BAN_VERBS = words('prohibit prohibits forbid forbids prevent prevents restrict restricts')
const NOBODY = words('nothing none nobody')
const CANCELLED = words('prohibited forbidden restricted barred precluded')

/** A negation within `before` tokens before i, or -1. */
export function negatedBefore(s: Sentence, i: number, before: number): number {
  for (let k = i - 1; k >= Math.max(0, i - before); k--) if (isNegationAt(s, k)) return k
  return -1
}

const SCOPE_MODALS = words('may can shall must will should might could')

/** An exception word at k; "provided" only as "provided that" ("… otherwise provided for a fee" is a verb). */
function exceptionAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k]!.w
  if (w === 'provided') return s.tokens[k + 1]?.w === 'that'
  return EXCEPTION.has(w)
}
const CLAUSE_JOINS = words('and or while whereas yet so')

/** A modal at k that opens a clause of its own: "… and you may use it", "… or can deploy it". */
function freshModalClause(s: Sentence, k: number): boolean {
  if (!SCOPE_MODALS.has(s.tokens[k]!.w) || isNegationAt(s, k + 1)) return false
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (CLAUSE_JOINS.has(s.tokens[j]!.w)) return true
  return false
}

/**
 * A negation within `before` tokens before i whose scope reaches i, or -1: no exception word
 * ("but", "except") and no fresh modal clause ("… and you may use it for …") stands between.
 */
export function negationReaching(s: Sentence, i: number, before: number): number {
  for (let k = i - 1; k >= Math.max(0, i - before); k--) {
    if (isNegationAt(s, k)) return k
    if (exceptionAt(s, k) || freshModalClause(s, k)) return -1
  }
  return -1
}

export function sentenceHasNegation(s: Sentence): boolean {
  for (let k = 0; k < s.tokens.length; k++) if (isNegationAt(s, k)) return true
  return false
}

/** Words that make a sentence an obligation or a prohibition (with a negation) rather than a permission. */
export const OBLIGATION = words(
  'must shall required requires require obliged obligated agree agrees need needs will',
  '须 必 应 应当 需'
)
/** Permission or encouragement: "may", "can", "are encouraged to", "we welcome". */
export const PERMISSIVE = words(
  'may can encouraged encourage invited welcome free optional recommend recommended'
)

/** "may"/"can"/"encouraged" govern the verb, and nothing makes it an obligation or a prohibition. */
export function onlyPermissive(s: Sentence, from: number, to: number): boolean {
  let permissive = false
  for (let k = Math.max(0, from); k <= Math.min(s.tokens.length - 1, to); k++) {
    const w = s.tokens[k]!.w
    if (OBLIGATION.has(w) || isNegationAt(s, k)) return false
    if (PERMISSIVE.has(w)) permissive = true
  }
  return permissive
}

/**
 * Words that introduce an exception carved out of a permission or a denial: what follows them is a
 * restriction ("No limits apply, except that …", "Notwithstanding the above, …").
 */
export const EXCEPTION = words(
  'except excepting unless notwithstanding despite save provided however but',
  '但 除 除非 然而'
)

const DENIAL = new Phrases([
  'no requirement, not required, no obligation, no copyleft, need not, do not need, does not need',
  '无需, 不必, 不需要, no attribution, no use restrictions, no use based restrictions',
  'no limit, no limits, no limitation, no limitations, no restriction, no restrictions, no cap',
  'no caps, not impose, not place any, not subject to any restriction',
  'not subject to any restrictions, without territorial, without geographic',
  'without geographical, is not restricted, are not restricted, not be restricted, 不限制, 无限制',
  '没有限制, 不受限, 不设限, not mandatory, not compulsory, not obligatory, not obliged, not obligated',
  'no prohibition, no prohibitions, no permission is needed, no permission is required',
  'no permission needed, no permission required, 无须, 毋须, 毋需, 不须, 不是必须, 并非必须, 非强制, 不强制',
  // 不对使用领域作任何限制, 不设任何限制: "places no restriction of any kind"
  '作任何限制, 做任何限制, 不设任何限制, 不作限制, 不做限制',
  // "The licence does not limit how you use generated content"
  'not limit how, not restrict how, not limit what, not restrict what'
])

/** Start of a phrase that denies a restriction ("does not impose any restrictions", "no limit"), or -1.
 * Kept narrow: a denial silences every restrictive type in its sentence. */
export function denialAt(s: Sentence): number {
  for (const m of DENIAL.matches(s)) if (!freesTheLicensor(s, m.at + m.len)) return m.at
  return namedKindDenied(s)
}

/** What a clause is called: "no non-commercial restriction", "no 'Built with' display requirement". */
const RESTRICTION_KIND = words(
  'restriction restrictions condition conditions requirement requirements clause clauses threshold',
  'thresholds cap caps policy policies guidelines obligation obligations limitation limitations'
)
/** Verbs of having or imposing: "does not incorporate any …", "carries no …". */
const HAS_VERB = words(
  'impose imposes contain contains include includes incorporate incorporates carry carries have has',
  'place places attach attaches'
)
/** "Nothing in these terms confines / limits / restricts …". */
const CONFINE = words('confines confine limits limit restricts restrict requires require')
const KIND_SPAN = 7
const THAT = words('that this such its our')
const POWER = words('ability right rights power powers discretion')

/**
 * "This licence contains no non-commercial restriction", "carries no research-only condition", "does
 * not incorporate any acceptable use policy", "Nothing in these terms confines use … to …". -1 if none.
 */
function namedKindDenied(s: Sentence): number {
  for (const k of positions(s, 'no')) {
    const prev = s.tokens[k - 1]?.w ?? ''
    if (k > s.body && !HAS_VERB.has(prev) && prev !== 'is' && prev !== 'are') continue
    for (let j = k + 1; j <= Math.min(s.tokens.length - 1, k + KIND_SPAN); j++)
      if (RESTRICTION_KIND.has(s.tokens[j]!.w)) return k
  }
  for (const k of positions(s, 'not')) {
    const verb = s.tokens[k + 1]?.w ?? ''
    if (!HAS_VERB.has(verb) || s.tokens[k + 2]?.w !== 'any') continue
    for (let j = k + 3; j <= Math.min(s.tokens.length - 1, k + 2 + KIND_SPAN); j++)
      if (RESTRICTION_KIND.has(s.tokens[j]!.w)) return k
  }
  const nothing = positions(s, 'nothing')[0]
  const confine = nothing === undefined ? -1 : nearWords(s, nothing, 0, 6, CONFINE)
  // "… and nothing in this Agreement limits that ability": the licensor's power kept, no restriction denied
  if (
    confine >= 0 &&
    !(THAT.has(s.tokens[confine + 1]?.w ?? '') && POWER.has(s.tokens[confine + 2]?.w ?? ''))
  )
    return nothing
  return liftedKind(s)
}

/** A restriction named as taken away: "has been lifted", "is gone", "no longer applies", "drops the … badge". */
const LIFTED = words('lifted removed dropped gone repealed abolished rescinded eliminated deleted withdrawn')
/** How far back the restriction lifted may stand ("The … restriction contained in earlier versions of this licence is hereby removed"). */
const LIFTED_SPAN = 12
/** Adverbs between the verb "be" and the participle: "is hereby removed", "has now been dropped". */
const LIFT_ADVERBS = words('hereby now also entirely wholly')
const BE = words('been is are was were')
const LIFTS = words('drops removes lifts eliminates abolishes repeals scraps')
const LIFT_STOPS = words('may must shall cannot should if unless which whose where when')
const LIFTED_KIND: ReadonlySet<string> = new Set([...RESTRICTION_KIND, 'badge', 'badges'])

/**
 * A changelog's "The earlier non-commercial restriction has been lifted", "The no-redistribution
 * clause … is gone", "The Usage Policy that applied to v1 no longer applies", "v2 drops the mandatory
 * badge", "v3 no longer requires you to …": a restriction taken away. -1 if none.
 */
function liftedKind(s: Sentence): number {
  for (let k = s.body; k < s.tokens.length; k++) {
    const w = s.tokens[k]!.w
    // "You may not share a Derivative from which the restrictions were removed", "If the restrictions
    // are removed, …": a ban or a condition speaks, no changelog
    if (LIFT_STOPS.has(w)) return -1
    if (LIFTS.has(w) && nearWords(s, k, 0, 6, LIFTED_KIND) >= 0) return k
    if (w === 'no' && s.tokens[k + 1]?.w === 'longer') {
      const verb = s.tokens[k + 2]?.w ?? ''
      // "no longer requires you to pass …", "the policy … no longer applies"
      if (verb === 'requires' || verb === 'require') return k
      if ((verb === 'applies' || verb === 'apply') && nearWords(s, k, 7, 0, LIFTED_KIND) >= 0) return k
    }
    if (!LIFTED.has(w) || nearWords(s, k, LIFTED_SPAN, 0, LIFTED_KIND) < 0) continue
    // "has been lifted", "is gone", "was removed", "is hereby removed": the restriction is the subject
    const b = LIFT_ADVERBS.has(s.tokens[k - 1]?.w ?? '') ? k - 2 : k - 1
    if (BE.has(s.tokens[b]?.w ?? '')) return k
  }
  return -1
}

/**
 * What a denial frees from: giving reasons, notice or bearing liability ("without needing to state
 * a reason", "无需说明理由", "无需承担任何责任") frees the licensor; it denies no restriction on the
 * licensee, and often makes one (termination at will).
 */
const LICENSOR_DUTY = words(
  'reason reasons notice notify notifying justification justify explanation explain cause liability',
  'liable compensation compensate 理 由 原 因 通 知 责 任 赔 偿 说 明 告 知'
)
function freesTheLicensor(s: Sentence, from: number): boolean {
  // the duty's verb comes first ("need not give notice", "无需说明理由"); "need not keep any
  // copyright notice" frees the licensee from keeping it
  let k = from
  while (k < s.tokens.length && k < from + 3 && BEFORE_DUTY.has(s.tokens[k]!.w)) k++
  // "无需任何理由", "without any reason": the duty named without its verb
  if (LICENSOR_DUTY.has(s.tokens[k]?.w ?? '')) return true
  if (!DUTY_VERB.has(s.tokens[k]?.w ?? '')) return false
  for (let j = k; j < Math.min(s.tokens.length, k + 5); j++)
    if (LICENSOR_DUTY.has(s.tokens[j]!.w)) return true
  return false
}
/** Words between the denial and the duty's verb: "need not to", "无需事先通知". */
const BEFORE_DUTY = words('to be first prior advance any 事 先 预 另 行 任 何')
const DUTY_VERB = words(
  'give giving state stating provide providing bear bearing assume notify notifying explain explaining',
  'justify justifying compensate compensating pay paying 说 承 通 告 赔 给 提 负 叙'
)

/** "however you like", "however they wish": a manner, no contrast. */
const PRONOUN = words('you they we it he she')
const WISH = words('like want wish choose please see')
function isException(s: Sentence, k: number): boolean {
  if (!EXCEPTION.has(s.tokens[k]!.w)) return false
  return !(
    s.tokens[k]!.w === 'however' &&
    PRONOUN.has(s.tokens[k + 1]?.w ?? '') &&
    WISH.has(s.tokens[k + 2]?.w ?? '')
  )
}

/** First exception word after position `from`, or -1 ("… except for breach"). */
export function exceptionAfter(s: Sentence, from: number): number {
  for (let k = Math.max(0, from); k < s.tokens.length; k++) if (isException(s, k)) return k
  return -1
}

/**
 * The sentence denies a restriction and carves nothing back out of it: "This agreement does not
 * impose any restrictions on outputs." yes; "Despite the above, you may not …" no.
 */
export function deniesRestriction(s: Sentence, also?: Phrases): boolean {
  const at = Math.max(denialAt(s), also ? also.first(s) : -1)
  if (at < 0) return false
  const ex = exceptionAfter(s, at + 1)
  if (ex < 0) return true
  // "except for breach" after a denial of revocation keeps the denial ("cannot be withdrawn except for breach")
  return BREACH_EXCEPTION.has(s.tokens[ex + 1]?.w ?? '') || BREACH_EXCEPTION.has(s.tokens[ex + 2]?.w ?? '')
}

const BREACH_EXCEPTION = words('breach breaches violation violations noncompliance')

/** Words that open a clause of their own when a subject and a modal follow ("…, but you must not …",
 * "… although the licensor may …", "… and users shall …"). */
const CLAUSE_OPENERS = words('but however yet although though whereas while and so 但 但是 然而')
/** A modal or a word of duty: the verb of a fresh clause. */
const CLAUSE_VERB = words(
  'may must shall will can cannot should might could required obliged obligated need needs 须 必 应 得'
)
/** How far a fresh clause's verb may stand from its opener ("but each licensee of the model must"). */
const OPENER_SPAN = 5

/** A clause of its own opens at k: an opener word, or a comma, then a subject and a modal within a
 * few words ("but you must not", ", you may not", "and the licensor may"). */
function clauseOpensAt(s: Sentence, k: number, text: string): boolean {
  const w = s.tokens[k]!.w
  const opener = CLAUSE_OPENERS.has(w)
  const comma = !opener && k > 0 && commaBetween(text, s.tokens[k - 1]!.e, s.tokens[k]!.s)
  if (!opener && !comma) return false
  // the verb comes after a subject ("but you must"), not at once ("and may be used …" continues)
  const first = opener ? k + 1 : k
  if (CLAUSE_VERB.has(s.tokens[first]?.w ?? '')) return false
  for (let j = first + 1; j < Math.min(s.tokens.length, first + OPENER_SPAN); j++)
    if (CLAUSE_VERB.has(s.tokens[j]!.w)) return true
  return false
}

function commaBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (c === ',' || c === '\uff0c' || c === '\u3001') return true
  }
  return false
}

/**
 * The tokens [from, to) of the clause that denies a restriction, or null when the sentence denies
 * none or carves an exception out of its denial (then the whole sentence is read: "No limits apply,
 * except that …"). A denial silences its own clause only: "This licence does not impose X, but you
 * must not Y" still states Y; "cannot be withdrawn except for breach" stays denied throughout.
 */
export function deniedSpan(s: Sentence, text: string, also?: Phrases): { from: number; to: number } | null {
  const at = Math.max(denialAt(s), also ? also.first(s) : -1)
  if (at < 0) return null
  let to = s.tokens.length
  for (let k = at + 1; k < s.tokens.length; k++) {
    if (clauseOpensAt(s, k, text)) {
      to = k
      break
    }
    if (!isException(s, k)) continue
    // "except for breach" after a denial of revocation keeps the denial
    const next = s.tokens[k + 1]?.w ?? ''
    if (BREACH_EXCEPTION.has(next) || BREACH_EXCEPTION.has(s.tokens[k + 2]?.w ?? '')) break
    return null
  }
  // "You must not Y, but this licence imposes no other restriction": the denial's clause opens at
  // the last opener or comma before it that follows a clause with a verb of its own
  let from = s.body
  for (let k = at; k > s.body + 1; k--) {
    const w = s.tokens[k]!.w
    if (!CLAUSE_OPENERS.has(w) && !commaBetween(text, s.tokens[k - 1]!.e, s.tokens[k]!.s)) continue
    if (verbBetween(s, s.body, k)) from = k
    break
  }
  return { from, to }
}

function verbBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_VERB.has(s.tokens[k]!.w)) return true
  return false
}

/** "may not", "must not", "shall not", "cannot", "is prohibited": a prohibition somewhere in the sentence. */
export function prohibits(s: Sentence): boolean {
  if (PROHIBITION.in(s)) return true
  for (const p of positions(s, 'not')) {
    const prev = s.tokens[p - 1]?.w
    if (prev !== undefined && MODALS.has(prev)) return true
  }
  return has(s, 'cannot') || findSeq(s, ['agree', 'not']).length > 0
}
const MODALS = words('may must shall will should can do does')

/** Verbs of granting. A grant denied is how a drafter forbids: "Nothing herein permits the Licensee
 * to …" (restated as "shall not" by nothing-permits.ts), "shall not be construed as permitting …". */
export const GRANT_VERBS = words(
  'permit permits permitting allow allows allowing authorise authorises authorising authorize',
  'authorizes authorizing entitle entitles entitling'
)
/** "Nothing herein shall be read as permitting …", "The licence does not extend to …": a use denied
 * by saying the grant does not reach it. */
const GRANT_DENIED = [
  [...GRANT_VERBS]
    .filter(v => v.endsWith('ing'))
    .flatMap(v => [`read as ${v}`, `construed as ${v}`])
    .join(', '),
  'does not extend to, do not extend to, shall not extend to'
]
const PROHIBITION: Phrases = phrases(
  'prohibited, forbidden, not permitted, not allowed, is not granted, are not granted, no right',
  'no license, no licence, 不得, 禁止, 严禁, 不允许, 不可, 不能, 不应',
  ...GRANT_DENIED
)

/** "is prohibited", "is not permitted", "is outside the scope", "不得": a ban stated after its object. */
const BANNED_AFTER = new Phrases([
  'prohibited, not permitted, not allowed, not licensed, not licenced, not authorised, not authorized',
  'excluded, outside the scope, forbidden, not granted, may not be, must not be, shall not be, requires a',
  'require a, requires the, requires prior, requires written, requires an, is reserved, are reserved',
  'off limits, out of bounds, outside the licence, outside the license, outside this licence',
  'outside this license, outside the grant, not covered',
  // "is off the table", "falls outside the permitted scope", "is expressly withheld", "needs our say-so"
  'off the table, outside this grant, outside the permitted, falls outside, fall outside, withheld',
  'needs our, need our, not under this licence, not under this license',
  'requires our, require our, requires express, subject to our prior, subject to prior, 须经, 需经',
  '不得, 禁止, 不允许, 须, 需'
])

/** A ban within `after` tokens after position p ("Commercial use … is prohibited"), or -1. */
export function bannedAfter(s: Sentence, p: number, after: number): number {
  for (const m of BANNED_AFTER.all(s)) if (m > p && m <= p + after) return m
  return -1
}
