// Use limited to research. Frame: a limit (only, solely, exclusively, limited to, 仅, 限) on the
// purpose, and the purpose is research, scholarship, academic or scientific study, or evaluation.
// Not: "internal research and development", "not only for research", a licence's own name.
import { BLOCKER_SEVERITY, OSD6, FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'
import { bannedAfter, prohibits, sentenceHasNegation } from './toolkit/negation.js'
import { deniedAt } from './toolkit/absence.js'
import type { Sentence } from './toolkit/sentences.js'

const RESEARCH = words(
  'research researching researchers scholarly scholarship academic academia scientific science',
  'investigation investigations experimentation experimental experiments evaluation evaluating',
  'study studies'
)
const ONLY = words('only solely exclusively purely strictly merely')
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
/** "except for research", "outside of a research setting", "the sole purpose of research". */
const EXCEPT_OUTSIDE = words('except outside sole')
/** "no other use", "for any other purpose": everything but research is excluded. */
const OTHER = phrases('other purpose, other purposes, other use, other uses, any other')

function moneyBan(s: Sentence): boolean {
  for (const p of allOf(s, MONEY)) {
    const prev = s.tokens[p - 1]?.w
    if (prev !== 'non' && prev !== 'not') return true
  }
  return false
}

/** Where the sentence limits use to research, or -1. */
function researchLimit(s: Sentence): number {
  for (const p of allOf(s, RESEARCH)) {
    // "internal research and development" is an ordinary business activity
    if (s.tokens[p + 1]?.w === 'and' && s.tokens[p + 2]?.w === 'development') continue
    for (let k = Math.max(0, p - 16); k <= Math.min(s.tokens.length - 1, p + 8); k++) {
      const t = s.tokens[k]!.w
      if (ONLY.has(t) && s.tokens[k - 1]?.w !== 'not') return p
      if (LIMITED.has(t) && LIMIT_PREP.has(s.tokens[k + 1]?.w ?? '') && s.tokens[k - 1]?.w !== 'not' && k < p)
        return p
    }
  }
  // the exclusive scope stated the other way round: "may not be used except for research",
  // "no other use is authorised", "use outside of a research setting is not permitted"
  const research = allOf(s, RESEARCH)
  if (research.length > 0 && (sentenceHasNegation(s) || prohibits(s) || hasAny(s, SOLE)) && !moneyBan(s)) {
    for (const p of research) {
      if (s.tokens[p + 1]?.w === 'and' && s.tokens[p + 2]?.w === 'development') continue
      if (nearWords(s, p, 6, 0, EXCEPT_OUTSIDE) >= 0) return p
      if (OTHER.in(s) || bannedAfter(s, p, 12) >= 0) return p
    }
  }
  for (const p of RESEARCH_ZH.all(s)) {
    const only = nearPhrase(s, p, 10, 6, ONLY_ZH)
    // 不限于: "not limited to"
    if (only >= 0 && s.tokens[only - 1]?.w !== '不') return p
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
  return -1
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
  detect(s) {
    const at = researchLimit(s)
    // "carries no research-only condition", "Nothing … confines use to research"
    return at >= 0 && deniedAt(s, at) ? -1 : at
  },
  examples: {
    detected: [
      'The checkpoints are made available solely for scholarly investigation.',
      '本模型仅供学术研究使用。'
    ],
    notDetected: [
      'We thank the research community for its feedback.',
      'Companies may use the model for internal research and development and in products.'
    ]
  }
})
