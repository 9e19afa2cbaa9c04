// Use limited to research. Frame: a limit (only, solely, exclusively, limited to, 仅, 限) on the
// purpose, and the purpose is research, scholarship, academic or scientific study, or evaluation.
// The purpose may be a defined term applied elsewhere ('"Permitted Purpose" means academic research'
// … "for the Permitted Purpose and for no other purpose"). Not: "internal research and development",
// "not only for research", a licence's own name, a research group as who may receive copies,
// "仅供参考" (for reference only).
import { BLOCKER_SEVERITY, OSD6, FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearPhrase, nearWords, phrases, positions, words } from './toolkit/query.js'
import { definitionsOf, type Definition } from './toolkit/definition.js'
import { bannedAfter, negatedBefore, prohibits, sentenceHasNegation } from './toolkit/negation.js'
import { deniedAt } from './toolkit/absence.js'
import { lineOf, type Doc, type Sentence } from './toolkit/sentences.js'
import { inPlainSummary } from './toolkit/plain-summary.js'
import { markOf } from './toolkit/table-rows.js'

const RESEARCH = words(
  'research researching researchers scholarly scholarship academic academia scientific science',
  'investigation investigations experimentation experimental experiments evaluation evaluating',
  'study studies evaluate evaluates benchmarking evaluations experiment investigating studying',
  'investigational',
  // "only … for the preparation of peer-reviewed publications, theses or conference papers"
  'theses thesis dissertation dissertations'
)
/** "for academic study alone" as well as "only". */
const ONLY = words('only solely exclusively purely strictly merely alone')
/** "solely responsible for evaluating …": liability, no limit on use. */
const LIABLE = words('responsible liable accountable')
/** "shall confine its use of the Materials to scholarly enquiry", "limit the use of the Model to the
 * investigation activities of its laboratory": the verb of confining, "to" later. */
const CONFINE = words('confine confines limit limits')
const SOLE = words('sole')
/** "limited to", "restricted to", "confined to", "reserved for": the scope that follows is all there is. */
const LIMITED = words('limited restricted confined reserved')
const LIMIT_PREP = words('to for')
/** A ban on money-making use: its exception ("except for evaluation, no use that earns money") is no research limit. */
const MONEY = words(
  'money profit profits revenue monetary commercial commercially paid fee fees sell monetise monetize'
)
const LICENCE_NAME = words('license licence community agreement')
const RESEARCH_ZH = phrases('研究, 学术, 科研, 评估, 评测')
const ONLY_ZH = phrases('仅, 只, 限')
const ONLY_ZH_BEFORE = 26
/** "except for research", "outside of a research setting", "the sole purpose of research". */
const EXCEPT_OUTSIDE = words('except outside sole')
/** "no other use", "for any other purpose": everything but research is excluded. */
const OTHER = phrases('other purpose, other purposes, other use, other uses, any other, anything else')
/** Every use but research denied in other words: "for no purpose other than such research",
 * "no use … otherwise than in the course of such enquiry", "for academic inquiry and no other". */
const OTHER_WIDE = phrases(
  'otherwise than, no other, purpose other than, purposes other than, use other than, uses other than',
  'anything other than, anything but, anything except'
)
/** Exceptions that leave research as the only use: "Other than for research, no use is authorised",
 * "Unless the Licensee is conducting academic study, it shall make no use", "beyond laboratory
 * experimentation … is excluded". */
const OTHER_THAN = phrases('other than, unless, beyond')
/** Words of using the model: the exception must carve research out of use itself. */
const USE_ANY = words('use uses used usage deployment deploy deployed employ employed operate access')
/** What may follow a use word before its purpose: "use of the Model", "use it". */
const USE_OBJECT = words('of the a any this its it model weights software checkpoint materials dataset')
/** A specific use: "use of the Model to author malicious code", "used for …", "use in …". */
const USE_PURPOSE = words('to for in')

/**
 * Use itself is what is limited ("no use of the Software is authorised", "shall make no use of the
 * Checkpoint", "Use of the Model other than for …"), not one use ("use of the Model to author
 * malicious code is excluded" carves research out of that use only).
 */
function generalUse(s: Sentence): boolean {
  for (const u of allOf(s, USE_ANY)) {
    let k = u + 1
    while (k < s.tokens.length && k <= u + 4 && USE_OBJECT.has(s.tokens[k]!.w)) k++
    if (!USE_PURPOSE.has(s.tokens[k]?.w ?? '')) return true
  }
  return false
}
/** Research as who, not what for: "outside the research group", "the research team". */
const BODY = words(
  'group groups team teams lab labs laboratory institution institutions institute community',
  'partners staff collaborators consortium centre center department unit'
)
/** 仅供参考: "for reference only", a disclaimer. */
const REFERENCE_ONLY_ZH = phrases('仅供参考')
/** Clause breaks inside a Chinese sentence: the limit and the purpose stand in one clause. */
const CLAUSE_BREAKS = '\uff0c,\uff1b;'

/** A comma or semicolon in the text between tokens a and b. */
function brokenBetween(s: Sentence, text: string, a: number, b: number): boolean {
  const from = s.tokens[Math.min(a, b)]!.e
  const to = s.tokens[Math.max(a, b)]!.s
  for (let k = from; k < to; k++) if (CLAUSE_BREAKS.includes(text[k]!)) return true
  return false
}

function moneyBan(s: Sentence): boolean {
  for (const p of allOf(s, MONEY)) {
    const prev = s.tokens[p - 1]?.w
    if (prev !== 'non' && prev !== 'not') return true
  }
  return false
}

/**
 * Use confined to a defined term that the document defines as research: "shall use the Model for
 * the Permitted Purpose and for no other purpose", "only for the Authorised Purpose".
 */
function confinedToDefinedResearch(s: Sentence, doc: Doc): number {
  if (!hasAny(s, ONLY) && !OTHER.in(s) && !OTHER_WIDE.in(s)) return -1
  for (const d of researchPurposes(doc)) {
    if (d.sentence === s) continue
    for (const at of findSeq(s, d.term)) {
      // the term as the purpose of use, written as a defined term: "for the Permitted Purpose"
      if (!purposeTerm(s, at, doc.text)) continue
      if (nearWords(s, at, 4, 0, ONLY) >= 0 || noOtherAfter(s, at)) return at
    }
  }
  return -1
}

/** "decoder-only", "read-only", "text-only": "only" bound by a hyphen to another word is an adjective. */
function compoundOnly(s: Sentence, k: number, text: string): boolean {
  const prev = s.tokens[k - 1]
  if (!prev || RESEARCH.has(prev.w)) return false
  return text.slice(prev.e, s.tokens[k]!.s) === '-'
}

const PURPOSES = new WeakMap<Doc, readonly Definition[]>()
/** Most research purposes a document is read for: a term is defined once, and the reading stays linear. */
const MAX_PURPOSES = 16

/**
 * The document's terms defined as a research purpose ("means non-clinical academic research"), not
 * as a thing research made ("means the model developed by Example Research"). Found once per document.
 */
function researchPurposes(doc: Doc): readonly Definition[] {
  let found = PURPOSES.get(doc)
  if (!found) {
    found = definitionsOf(doc)
      .filter(d => definesResearch(d.sentence, d.meaning))
      .slice(0, MAX_PURPOSES)
    PURPOSES.set(doc, found)
  }
  return found
}

/** A research word among the first words of the meaning. */
function definesResearch(s: Sentence, meaning: number): boolean {
  for (let k = meaning; k < Math.min(s.tokens.length, meaning + DEFINITION_HEAD); k++)
    if (RESEARCH.has(s.tokens[k]!.w)) return true
  return RESEARCH_ZH.all(s).some(p => p >= meaning && p < meaning + DEFINITION_HEAD)
}
const DEFINITION_HEAD = 6

/** "for the Permitted Purpose", "for a Research Purpose": the capitalised term after "for". */
function purposeTerm(s: Sentence, at: number, text: string): boolean {
  const c = text[s.tokens[at]!.s] ?? ''
  if (c < 'A' || c > 'Z') return false
  const before = ARTICLE.has(s.tokens[at - 1]?.w ?? '') ? at - 2 : at - 1
  return s.tokens[before]?.w === 'for'
}
const ARTICLE = words('the a an')

/** "… and nothing else", "… but nothing more": the purpose before it is the only one. */
const NOTHING_ELSE = phrases('and nothing else, but nothing else, and nothing more, and for nothing else')
const NOTHING_ELSE_ALONE = phrases('nothing else, nothing more')
const COPULA = words('is are')

/** "research only is not permitted", "research-only: no": a research-only label said not to hold. */
function labelDenied(s: Sentence, p: number): boolean {
  // "Not research-only: …"
  if (s.tokens[p - 1]?.w === 'not' && ONLY.has(s.tokens[p + 1]?.w ?? '')) return true
  if (!ONLY.has(s.tokens[p + 1]?.w ?? '')) return false
  const next = s.tokens[p + 2]?.w ?? ''
  if (next === 'no' || next === 'not') return true
  // "| Research only | No ✅ |" read as "research only is permitted no": the row's last word denies it
  const last = s.tokens.length - 1
  if (last - p <= 4 && s.tokens[last]!.w === 'no') return true
  return COPULA.has(next) && s.tokens[p + 3]?.w === 'not'
}

/** Any other use, in Chinese: 其他用途, 其他目的. */
const OTHER_ZH = phrases('其他用途, 其它用途, 其他目的, 其它目的, 其他任何用途, 任何其他用途')
/** Words that make research the purpose of use: "for research use", "granted for research". */
const PURPOSE = words('use uses purpose purposes granted licensed provided available 用 目')

/** "no other use is permitted", "不得用于其他用途": every use but one is denied; -1 if not. */
function otherUseDenied(s: Sentence): number {
  for (const o of [...OTHER.all(s), ...OTHER_ZH.all(s)])
    if (negatedBefore(s, o, 4) >= 0 || bannedAfter(s, o, 8) >= 0) return o
  return -1
}

/**
 * "Access is granted for research use; no other use is permitted.": the purpose stands in the
 * sentence before, the exclusion of every other use in this one.
 */
function otherUseAfterResearch(s: Sentence, doc: Doc, index: number): number {
  if (allOf(s, RESEARCH).length > 0 || RESEARCH_ZH.in(s)) return -1
  // "…; nothing else.": the whole sentence says there is no other use
  const alone = s.tokens.length - s.body <= 3 ? NOTHING_ELSE_ALONE.first(s) : -1
  const o = alone >= 0 ? alone : otherUseDenied(s)
  if (o < 0) return -1
  // the sentence before, or the items of the list this sentence closes and their introduction
  for (let i = index - 1; i >= Math.max(0, index - LIST_BACK); i--) {
    const prev = doc.sentences[i]!
    for (const p of [...allOf(prev, RESEARCH), ...RESEARCH_ZH.all(prev)])
      if (nearWords(prev, p, 4, 3, PURPOSE) >= 0 || prev.listItem) return o
    // ("(a) …; and (b) …": a bare "and" between items keeps the list going)
    if (!prev.listItem && !onlyConnective(prev)) break
  }
  return -1
}

/** Putting the model to work in products: what a research release keeps it from. */
const PRODUCTIVE = words(
  'product products production deploy deploys deployment deployments deployed ship shipping shipped'
)
/** Research as what the model is for: "for research", "in papers and experiments", "a research release". */
const FOR_PURPOSE = words('for in to')
const RELEASE = words('release preview use uses purpose purposes setting settings')
function researchPurpose(s: Sentence, p: number): boolean {
  if (BODY.has(s.tokens[p + 1]?.w ?? '')) return false
  return nearWords(s, p, 3, 0, FOR_PURPOSE) >= 0 || RELEASE.has(s.tokens[p + 1]?.w ?? '')
}

/**
 * Research named as the model's use and putting it into products denied: "Use it for research, not
 * in products", "evaluation for publication purposes; deployment of any kind is outside the scope",
 * "It's for research. Please don't ship it in a product" (research in the sentence before, on its line).
 */
function productsExcluded(s: Sentence, doc: Doc, index: number): number {
  const denied = allOf(s, PRODUCTIVE).filter(
    q => deniedUse(s, q) || (bannedAfter(s, q, 8) >= 0 && !sentenceHasNegation(s))
  )
  if (denied.length === 0 || moneyBan(s)) return -1
  // ("may be created for internal evaluation but shall not be published or deployed": a contrast
  // bans one act of what was made, it names no only use)
  for (const p of allOf(s, RESEARCH))
    if (researchPurpose(s, p) && denied.some(q => q > p && q - p <= 14 && !contrastBetween(s, p, q))) return p
  const prev = doc.sentences[index - 1]
  if (!prev || lineOf(doc, prev.start) !== lineOf(doc, s.start) || allOf(s, RESEARCH).length > 0) return -1
  return allOf(prev, RESEARCH).some(p => researchPurpose(prev, p)) ? denied[0]! : -1
}

/** Words between a negation and the productive use it denies: "not in products", "don't ship it in a product". */
const USE_BRIDGE = words('in into for to a an any the it its ship use deploy put used shipped deployed')
/** A negation governs the productive use at q ("may not perform reliably in production" denies no use). */
function deniedUse(s: Sentence, q: number): boolean {
  const n = negatedBefore(s, q, 4)
  if (n < 0) return false
  for (let k = n + 1; k < q; k++) if (!USE_BRIDGE.has(s.tokens[k]!.w)) return false
  return true
}

/** "Plain version: use it for research, …": the summary's imperative names the only use. */
function researchInSummary(s: Sentence, doc: Doc, index: number): number {
  if (!inPlainSummary(doc, index)) return -1
  for (const u of positions(s, 'use')) {
    if (s.tokens[u + 1]?.w !== 'it' || !FOR_PURPOSE.has(s.tokens[u + 2]?.w ?? '')) continue
    const p = nearWords(s, u + 2, 0, 2, RESEARCH)
    // an imperative: "use" opens the summary or a clause of it (not "you may use it for research too")
    if (
      p >= 0 &&
      !hasAny(s, ALSO) &&
      negatedBefore(s, u, 3) < 0 &&
      !MODAL_BEFORE.has(s.tokens[u - 1]?.w ?? '')
    )
      return p
  }
  return -1
}
const ALSO = words('also too any anything commercial commercially')
const MODAL_BEFORE = words('may can could might must shall will you')

const CONTRAST = words('but however whereas while yet')
const RESERVED = phrases('are reserved, is reserved, remain reserved, are retained')
const RIGHTS_OTHER_THAN = phrases('rights other than, right other than')
function contrastBetween(s: Sentence, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (CONTRAST.has(s.tokens[k]!.w)) return true
  return false
}

const CONNECTIVE = words('and or')
function onlyConnective(s: Sentence): boolean {
  return s.tokens.length > 0 && s.tokens.length <= 2 && s.tokens.every(t => CONNECTIVE.has(t.w))
}

/** Items of a list read back for the purpose that "and for no other purpose" closes. */
const LIST_BACK = 8

/** "… for the Permitted Purpose and for no other purpose": a denied "other purpose" right after the term. */
function noOtherAfter(s: Sentence, at: number): boolean {
  for (const o of OTHER.all(s)) if (o > at && o - at <= 8 && negatedBefore(s, o, 3) >= 0) return true
  // "shall not use the Model otherwise than for the Permitted Purpose": the exception before the term
  for (const o of OTHER_WIDE.all(s)) if (o < at && at - o <= 4 && negatedBefore(s, o, 8) >= 0) return true
  return false
}

/** "by research institutions", "by accredited research labs": the body named as the user. */
function byBefore(s: Sentence, p: number): boolean {
  const by = s.tokens[p - 1]?.w === 'by' ? p - 1 : s.tokens[p - 2]?.w === 'by' ? p - 2 : -1
  // "kept on servers run by the research team" names a keeper, not a user
  return by > 0 && USED_BY.has(s.tokens[by - 1]!.w)
}
const USED_BY = words('use used usage access accessed')

const CARVE_OUT = words('except excepting save')
const HAS = words('has have had was were')
/** "the Evaluation Copy", "the Research Plan": a research word naming a thing or a document, not a purpose. */
const NAMED_THING = words('copy copies edition kit plan plans proposal protocol agreement')
/** "Other than for the Licensee's own evaluation, the responses … shall not be harvested": research
 * carved out of a ban on one act, not of use. */
const CARVED = phrases('other than, except, save for, excepting')
const MAY = words('may can')
/** Research named after "except that you may …": a permission carved out of a ban, not the scope. */
function permittedInException(s: Sentence, p: number): boolean {
  const ex = nearWords(s, p, 8, 0, CARVE_OUT)
  return ex >= 0 && s.tokens[ex + 1]?.w === 'that' && nearWords(s, ex, 0, p - ex, MAY) >= 0
}

/** Where the sentence limits use to research, or -1. */
function researchLimit(s: Sentence, doc: Doc): number {
  for (const p of allOf(s, RESEARCH)) {
    // "internal research and development" is an ordinary business activity (but "limited only to the
    // research and development purposes at universities" limits the use to it)
    if (
      s.tokens[p + 1]?.w === 'and' &&
      s.tokens[p + 2]?.w === 'development' &&
      (nearWords(s, p, 4, 0, ONLY) < 0 || s.tokens[p - 1]?.w === 'internal')
    )
      continue
    // "Research only: no" (a table row's answer): the label denied
    if (labelDenied(s, p)) continue
    // "placed only on storage controlled by the research group": research names who, not what for
    // (but "for use by research institutions only" limits the use to them)
    if (BODY.has(s.tokens[p + 1]?.w ?? '') && !byBefore(s, p)) continue
    // "for academic research and nothing else"
    if (NOTHING_ELSE.first(s) > p && NOTHING_ELSE.first(s) - p <= 4) return p
    for (let k = Math.max(0, p - 16); k <= Math.min(s.tokens.length - 1, p + 8); k++) {
      const t = s.tokens[k]!.w
      // ("Not research-only: … academic use": the "only" of a denied label limits nothing)
      if (RESEARCH.has(s.tokens[k - 1]?.w ?? '') && s.tokens[k - 2]?.w === 'not') continue
      // "has only been evaluated in research settings": a fact about the model, no limit
      const fact = HAS.has(s.tokens[k - 1]?.w ?? '') || s.tokens[k + 1]?.w === 'been'
      if (ONLY.has(t) && s.tokens[k - 1]?.w !== 'not' && !compoundOnly(s, k, doc.text) && !fact) {
        if (!LIABLE.has(s.tokens[k + 1]?.w ?? '')) return p
      }
      if (LIMITED.has(t) && LIMIT_PREP.has(s.tokens[k + 1]?.w ?? '') && s.tokens[k - 1]?.w !== 'not' && k < p)
        return p
      if (CONFINE.has(t) && k < p && nearWords(s, p, p - k, 0, LIMIT_PREP) > k) return p
    }
  }
  // the exclusive scope stated the other way round: "may not be used except for research",
  // "no other use is authorised", "use outside of a research setting is not permitted"
  const research = allOf(s, RESEARCH)
  // "… is outside the scope of this grant", "… is excluded from this Licence": a ban without "not"
  const negated = sentenceHasNegation(s) || prohibits(s) || hasAny(s, SOLE)
  const bans = bannedAfter(s, -1, s.tokens.length) >= 0
  if (research.length > 0 && (negated || bans) && !moneyBan(s)) {
    for (const p of research) {
      if (s.tokens[p + 1]?.w === 'and' && s.tokens[p + 2]?.w === 'development') continue
      // "shared with anyone outside the research group": who may receive it, not what it is for
      if (BODY.has(s.tokens[p + 1]?.w ?? '') || labelDenied(s, p)) continue
      // "Except that you may quote them in evaluations, outputs shall not be …": research is in a
      // permission carved out of a ban on something else, no scope
      if (permittedInException(s, p)) continue
      if (NAMED_THING.has(s.tokens[p + 1]?.w ?? '')) continue
      const carved = nearPhrase(s, p, 8, 0, CARVED) >= 0
      if (carved && !generalUse(s) && !OTHER.in(s) && !OTHER_WIDE.in(s)) continue
      if (nearWords(s, p, 6, 0, EXCEPT_OUTSIDE) >= 0) return p
      if (OTHER.in(s)) return p
      if (OTHER_WIDE.in(s) && hasAny(s, USE_ANY)) return p
      if (nearPhrase(s, p, 8, 0, OTHER_THAN) >= 0 && generalUse(s)) return p
      // "Use other than for research is prohibited" (but "may be created for evaluation but shall not
      // be published" bans publication, not every other use)
      const ban = bannedAfter(s, p, 12)
      // (without a negation, the ban must fall on use itself: "use of the Model to write malware is
      // excluded" is one use banned, research its exception)
      if (ban >= 0 && !contrastBetween(s, p, ban) && (negated || generalUse(s))) return p
    }
  }
  // "intended_use: research_only" (the detection text joins the value into one word)
  const joined = positions(s, 'researchonly')[0]
  if (joined !== undefined && !sentenceHasNegation(s)) return joined
  // "All rights other than the right to use the Model for research are reserved"
  const reserved = RESERVED.first(s)
  if (reserved >= 0)
    for (const p of research) {
      const other = nearPhrase(s, p, 14, 0, RIGHTS_OTHER_THAN)
      if (other >= 0 && reserved > p) return p
    }
  const reference = REFERENCE_ONLY_ZH.first(s)
  for (const p of RESEARCH_ZH.all(s)) {
    // 仅可将本模型用于非商业性的科学研究: the limit may stand well before the purpose
    const only = nearPhrase(s, p, ONLY_ZH_BEFORE, 6, ONLY_ZH)
    // 不限于: "not limited to"; 仅供参考: "for reference only"; a limit in another clause limits something else
    if (only < 0 || s.tokens[only - 1]?.w === '不' || only === reference) continue
    if (!brokenBetween(s, doc.text, only, p)) return p
  }
  // "Noncommercial Research Uses means …" (but not a licence name: "FAIR Noncommercial Research License")
  for (const seq of [
    ['noncommercial', 'research'],
    ['non', 'commercial', 'research']
  ]) {
    for (const p of findSeq(s, seq)) {
      if (LICENCE_NAME.has(s.tokens[p + seq.length]?.w ?? '')) continue
      return p
    }
  }
  return confinedToDefinedResearch(s, doc)
}

/** A question ("Research only?") whose answer, the next sentence, opens with "No". */
function deniedQuestion(s: Sentence, doc: Doc, index: number): boolean {
  let e = s.end - 1
  while (e > s.start && doc.text[e] === ' ') e--
  if (doc.text[e] !== '?') return false
  // "Research only? ✘": a mark right after the question answers it no
  if (markOf(doc.text, s.end, s.end + 4) === 'deny' && hasAny(s, RESEARCH)) return true
  // the question names the label ("Research only?"), not a use ("Can I use it outside research? No.")
  if (!allOf(s, RESEARCH).some(p => ONLY.has(s.tokens[p + 1]?.w ?? ''))) return false
  const next = doc.sentences[index + 1]
  return next !== undefined && (next.tokens[next.body]?.w === 'no' || next.tokens[next.body]?.w === 'not')
}

export default defineClause({
  type: 'research-only',
  restrictive: true,
  label: 'limits use to research',
  noun: 'a research-only limit',
  meta: {
    id: 'license/no-research-only',
    title: 'Use not limited to research',
    framework: OSD6,
    severity: BLOCKER_SEVERITY,
    docs: docsUrl('license/no-research-only')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    // "Research only? No — any use is fine.": the label asked about and denied
    if (deniedQuestion(s, ctx.doc, ctx.index)) return -1
    let at = researchLimit(s, ctx.doc)
    if (at < 0) at = otherUseAfterResearch(s, ctx.doc, ctx.index)
    if (at < 0) at = productsExcluded(s, ctx.doc, ctx.index)
    if (at < 0) at = researchInSummary(s, ctx.doc, ctx.index)
    // "carries no research-only condition", "Nothing … confines use to research"
    return at >= 0 && deniedAt(s, at) ? -1 : at
  },
  examples: {
    detected: [
      'The checkpoints are made available solely for scholarly investigation.',
      '本模型仅供学术研究使用。',
      'Access is granted for research use; no other use is permitted.'
    ],
    notDetected: [
      'We thank the research community for its feedback.',
      'Copies may not leave the research group.',
      'Companies may use the model for internal research and development and in products.'
    ]
  }
})
