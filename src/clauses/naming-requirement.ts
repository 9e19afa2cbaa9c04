// Naming requirements: display "Built with X" / "Powered by X", or start a derived model's name
// with X, as an obligation (must, shall, required). Not: an encouragement or permission ("you are
// encouraged to display …", "you may say …"), "you may not use our trademarks", "built with
// PyTorch" in prose.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearPhrase, nearWords, phraseSeqs, phrases, words } from './toolkit/query.js'
import { OBLIGATION, PERMISSIVE, negatedBefore, prohibits } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

const BADGES = phraseSeqs(
  'built with, powered by, built on, built using, made with, created with, improved using'
)
const DISPLAY = words(
  'display displayed displays include included state mention label show prominently must shall',
  'required require notice'
)
const NAME_WORDS = words('name names named naming')
const PREFIX = words('beginning prefix prefixed begin begins start starts starting front')
const MUST = words('must shall required require requires include need')
const STRONG = words('must shall required require requires obliged obligated need needs')
/** What a name must do: include, contain, bear, carry, begin with the original's name. */
const NAME_ACT = words(
  'include includes contain contains bear bears carry carries state begin start prefix form incorporate'
)
/** A literal to be shown: displayed, carried, labelled. */
const SHOW_ACT = words(
  'displayed display carry carries label labelled labeled show shown state mark marked bear'
)
const NAME_ZH = phrases('名称, 名字, 命名')
const MUST_ZH = phrases('须, 必须, 应当, 应')
const NAME_ACT_ZH = phrases('包含, 开头, 前缀, 加注, 标注, 注明, 标明, 标示, 显示, 展示')
/** A name that leaves the original out, under a ban: "may not be released under a name that omits X". */
const OMITS = words('omits omit omitting lacks lack excludes exclude leaves')
const QUOTES = '"\u201c\u201d\'\u2018\u2019'

function quotedBefore(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= Math.max(0, offset - 3); i--) {
    const c = text[i]!
    if (QUOTES.includes(c)) return true
    if (c !== '*' && c !== '_' && c !== ' ') return false
  }
  return false
}

/** "may", "encouraged", "welcome" without "must"/"shall"/"required": no obligation. */
function merelyPermitted(s: Sentence): boolean {
  // "may not" is a ban, not a permission
  return hasAny(s, PERMISSIVE) && !hasAny(s, STRONG) && !hasAny(s, OBLIGATION) && !prohibits(s)
}

export default defineClause({
  type: 'naming-requirement',
  restrictive: false,
  label: 'imposes naming or “built with” requirements',
  noun: 'a naming or “built with” requirement',
  meta: {
    id: 'license/naming-requirement',
    title: 'Naming or “built with” requirements',
    framework: 'OSD §4 allows name changes; flagged for derivatives to comply',
    severity: { default: 'warning', 'open-weights': 'note' },
    docs: docsUrl('license/naming-requirement')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (merelyPermitted(s)) return -1
    for (const b of BADGES) {
      for (const p of findSeq(s, b)) {
        if (quotedBefore(ctx.doc.text, s.tokens[p]!.s) || nearWords(s, p, 12, 0, DISPLAY) >= 0) return p
      }
    }
    for (const p of allOf(s, NAME_WORDS)) {
      if (nearWords(s, p, 10, 8, PREFIX) >= 0 && nearWords(s, p, 25, 10, MUST) >= 0) return p
      // "its name must contain the word …", "Derivatives must include "X" in their name"
      // "a credit line naming the authors" is attribution: only the noun "name" counts here
      const noun = s.tokens[p]!.w === 'name' || s.tokens[p]!.w === 'names'
      const must = noun ? nearWords(s, p, 12, 8, STRONG) : -1
      if (must >= 0 && nearWords(s, must, 0, 10, NAME_ACT) >= 0) return p
      if (noun && nearWords(s, p, 0, 4, OMITS) >= 0 && negatedBefore(s, p, 10) >= 0) return p
    }
    // a quoted literal that must be displayed: 'The words "Based on X" shall be displayed'
    if (hasAny(s, STRONG)) {
      for (let k = 0; k < s.tokens.length; k++) {
        if (!quotedBefore(ctx.doc.text, s.tokens[k]!.s)) continue
        if (nearWords(s, k, 8, 10, SHOW_ACT) >= 0) return k
      }
    }
    for (const p of NAME_ACT_ZH.all(s)) {
      if (nearPhrase(s, p, 12, 0, MUST_ZH) < 0) continue
      if (NAME_ZH.in(s) || s.tokens[p]!.w === '标' || s.tokens[p]!.w === '加') return p
      // 显示/展示 "…": a literal to be shown
      const after = ctx.doc.text.slice(s.tokens[p + 1]!.e, s.tokens[p + 1]!.e + 3)
      if (/["“「『]/.test(after)) return p
    }
    return -1
  },
  examples: {
    detected: [
      'Every product that ships the model shall show the words "Powered by Foo" on its about page.',
      'Any fine-tuned variant must carry "Foo" at the start of its model name.'
    ],
    notDetected: [
      'You are encouraged to display "Powered by Foo" in your app.',
      'This model was built with PyTorch and JAX.'
    ]
  }
})
