// A use policy that binds users: one incorporated by name, link or annex ("subject to the Acme
// Acceptable Use Policy"), or an in-text list of forbidden uses introduced by a prohibition ("You
// agree not to use the Model:"). Not: a title or heading, a contact or "report violations to" line,
// a policy that asks only for lawful use, a sentence saying there is no such policy.
import { FOUND, OSD6, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, firstOf, has, hasAny, nearWords, phrases, words } from './toolkit/query.js'
import { negatedBefore } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

const ANNEX = words('attachment exhibit schedule appendix annex addendum')
const POLICY = phrases(
  'use policy, usage policy, use policies, usage policies, aup, trustworthy ai terms',
  'responsible use guide, use restrictions policy, prohibited uses policy',
  'code of conduct for use, responsible use policy, use guidelines, usage guidelines, ai policy',
  '使用政策, 使用规范, 可接受使用, 用途政策, 行为准则, 使用准则'
)
/** A rulebook by kind: "… Content Policy", "… Safety Guidelines", "… Usage Rules", "Code of Conduct". */
const RULEBOOK = words('policy policies guidelines guideline rules code standards principles')
/** What the rulebook governs: use, content, safety, conduct ("Content Policy", "Safety Guidelines"). */
const USE_KIND = words(
  'use usage content safety responsible conduct acceptable community ethics ethical ai behaviour behavior'
)
/** Binding the user to it: "subject to", "in accordance with", "conforms to", "incorporated", "accept". */
const BINDS = phrases(
  'subject to, in accordance with, conforms to, conform to, comply with, complies with, bound by',
  'binding on, binding upon, are binding, is binding, incorporated, made part of, form part of',
  'forms part of, you accept, accept the, adhere to, abide by'
)
/** Rulebooks that are about something other than use: privacy, marks, payment. */
const OTHER_RULEBOOK = words(
  'privacy cookie cookies trademark trademarks brand refund payment pricing security disclosure',
  'contribution contributing contributor'
)
const BIND_SPAN = 14

/**
 * A named rulebook the user is bound to: "remain subject to the Brightmoor Content Policy, which is
 * incorporated herein", "conforms to the Gossamer Safety Guidelines". The name is capitalised.
 */
function namedRulebook(s: Sentence, text: string): number {
  for (const p of allOf(s, RULEBOOK)) {
    const name = s.tokens[p - 1]
    const own = text[s.tokens[p]!.s] ?? ''
    if (!name || own < 'A' || own > 'Z') continue
    const c = text[name.s] ?? ''
    // "Code of Conduct": the kind comes first; otherwise a capitalised kind of use before it
    const conduct =
      s.tokens[p]!.w === 'code' && s.tokens[p + 1]?.w === 'of' && s.tokens[p + 2]?.w === 'conduct'
    const named = conduct || (s.tokens[p]!.w !== 'code' && c >= 'A' && c <= 'Z' && USE_KIND.has(name.w))
    if (!named || nearWords(s, p, 4, 0, OTHER_RULEBOOK) >= 0 || plainNegationBefore(s, p)) continue
    for (const b of BINDS.all(s)) if (Math.abs(b - p) <= BIND_SPAN) return p
  }
  return -1
}
const LISTED = phrases(
  'use restrictions, use based restrictions, prohibited uses, restricted uses',
  'prohibited purposes, prohibited use'
)
const ETHICS = phrases('ai ethics, ethics guidelines, ethical guidelines, responsible ai principles')
const ADHERE = words('accordance adhere comply abide follow subject governed')
/** "trademark usage guidelines" are about marks, not uses. */
const TRADEMARK = words('trademark trademarks mark marks brand')
/** Lines that only point somewhere: contacts and reporting channels. */
const CONTACT = words('report reporting contact email questions inquiries feedback')
/** "the technical report", "our annual report": a document, not a request to report. */
const REPORT_NOUN = words('technical annual research final the a this our that its their')
const VIOLATION = words('violation violations misuse abuse concerns')
const CONTACT_ZH = phrases('联系, 举报, 疑问')
const LAWFUL = phrases('applicable law, applicable laws, lawful, laws and regulations, 法律')

/** "no acceptable use policy", "not subject to any use policy" (but "Prohibited Use Policy" is a name). */
function plainNegationBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = s.tokens[k]!.w
    if (w === 'no' || w === 'not' || w === 'without' || w === 'never') return true
  }
  return false
}

const STOPS = new Set(['.', '!', '?', ';', '\u3002', '\uff01', '\uff1f', '\uff1b'])

/** A title or heading ("Acceptable Use Policy", "## Use Policy"): short, unpunctuated, binds nobody. */
export function isTitle(s: Sentence, text: string): boolean {
  if (s.heading) return true
  if (s.listItem || s.tokens.length - s.body > 14 || s.colon || hasAny(s, ADHERE)) return false
  let k = s.end - 1
  while (k > s.start && (text[k] === '*' || text[k] === '_' || text[k] === '"')) k--
  return !STOPS.has(text[k] ?? '')
}

/** "Report violations of this policy to …", "Contact us at …". */
export function isContactLine(s: Sentence): boolean {
  if (CONTACT_ZH.in(s)) return true
  const c = firstOf(s, CONTACT)
  if (c < 0) return false
  if (s.tokens[c]!.w === 'report' && REPORT_NOUN.has(s.tokens[c - 1]?.w ?? '')) return false
  return c <= s.body + 2 || hasAny(s, VIOLATION) || has(s, 'at')
}

export default defineClause({
  type: 'acceptable-use-policy',
  restrictive: true,
  label: 'binds users to an acceptable-use policy',
  noun: 'an acceptable-use policy binding users',
  meta: {
    id: 'license/no-acceptable-use-policy',
    title: 'No acceptable-use policy binding users',
    framework: OSD6,
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-acceptable-use-policy')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (isTitle(s, ctx.doc.text) || isContactLine(s)) return -1
    for (const at of POLICY.all(s)) {
      // 不包含任何…使用政策: a Chinese negation stands further before its object
      if (plainNegationBefore(s, at) || (s.tokens[at]!.w.length === 1 && negatedBefore(s, at, 10) >= 0))
        continue
      if (nearWords(s, at, 3, 0, TRADEMARK) >= 0) continue
      // "Usage policy: please use it lawfully": a label whose only content is the law
      const next = s.tokens[at + 1]
      if (next && ctx.doc.text[next.e] === ':' && LAWFUL.in(s)) continue
      return at
    }
    // "Prohibited uses:" introducing the list of an attached policy
    if (s.colon) {
      const pu = LISTED.first(s)
      if (pu >= 0) return pu
    }
    // "… for any of the purposes listed in Attachment A (Use Restrictions)"
    const listed = LISTED.first(s)
    if (listed >= 0 && hasAny(s, ANNEX) && !plainNegationBefore(s, listed)) return listed
    // "Your use of the Model must be in accordance with NVIDIA's Trustworthy AI terms"
    if (hasAny(s, ADHERE) && ETHICS.in(s)) return ETHICS.first(s)
    return namedRulebook(s, ctx.doc.text)
  },
  examples: {
    detected: [
      'Anyone using the weights is bound by the Foo Responsible Use Policy, which we may update.',
      'Use of the weights is subject to the Foo Prohibited Use Policy, as amended from time to time.'
    ],
    notDetected: ['Acceptable Use Policy', 'Please report any violation of this policy to abuse@example.org.']
  }
})
