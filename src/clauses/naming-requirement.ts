// Naming requirements: display "Built with X" / "Powered by X", or start a derived model's name
// with X, as an obligation (must, shall, required). Not: an encouragement or permission ("you are
// encouraged to display …", "you may say …"), "you may not use our trademarks", "built with
// PyTorch" in prose.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearWords, phraseSeqs, words } from './toolkit/query.js'
import { OBLIGATION, PERMISSIVE } from './toolkit/negation.js'
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
  return hasAny(s, PERMISSIVE) && !hasAny(s, STRONG) && !hasAny(s, OBLIGATION)
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
