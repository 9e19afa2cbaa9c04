// A use policy that binds users: one incorporated by name, link or annex ("subject to the Acme
// Acceptable Use Policy"), or an in-text list of forbidden uses introduced by a prohibition ("You
// agree not to use the Model:"). Not: a title or heading, a contact or "report violations to" line,
// a policy that asks only for lawful use, a sentence saying there is no such policy.
import { FOUND, OSD6, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { firstOf, has, hasAny, phrases, positions, words } from './toolkit/query.js'
import { negatedBefore } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

const ANNEX = words('attachment exhibit schedule appendix annex addendum')
const POLICY = phrases(
  'use policy, usage policy, use policies, usage policies, aup, trustworthy ai terms',
  'responsible use guide, use restrictions policy, prohibited uses policy',
  'code of conduct for use, responsible use policy, 使用政策, 使用规范, 可接受使用'
)
const LISTED = phrases(
  'use restrictions, use based restrictions, prohibited uses, restricted uses',
  'prohibited purposes, prohibited use'
)
const ETHICS = phrases('ai ethics, ethics guidelines, ethical guidelines, responsible ai principles')
const ADHERE = words('accordance adhere comply abide follow subject governed')
/** Lines that only point somewhere: contacts and reporting channels. */
const CONTACT = words('report reporting contact email questions inquiries feedback')
const VIOLATION = words('violation violations misuse abuse concerns')

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
  if (s.tokens.length - s.body > 8 || s.colon || hasAny(s, ADHERE)) return false
  let k = s.end - 1
  while (k > s.start && (text[k] === '*' || text[k] === '_' || text[k] === '"')) k--
  return !STOPS.has(text[k] ?? '')
}

/** "Report violations of this policy to …", "Contact us at …". */
export function isContactLine(s: Sentence): boolean {
  const c = firstOf(s, CONTACT)
  return c >= 0 && (c <= s.body + 2 || hasAny(s, VIOLATION) || has(s, 'at'))
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
    const at = POLICY.first(s)
    if (at >= 0 && !plainNegationBefore(s, at)) return at
    // "You agree not to use the Model or Derivatives of the Model:"
    if (s.colon) {
      for (const p of positions(s, 'use')) if (negatedBefore(s, p, 4) >= 0) return p
      const pu = LISTED.first(s)
      if (pu >= 0) return pu
    }
    // "… for any of the purposes listed in Attachment A (Use Restrictions)"
    const listed = LISTED.first(s)
    if (listed >= 0 && hasAny(s, ANNEX) && !plainNegationBefore(s, listed)) return listed
    // "Your use of the Model must be in accordance with NVIDIA's Trustworthy AI terms"
    if (hasAny(s, ADHERE)) return ETHICS.first(s)
    return -1
  },
  examples: {
    detected: [
      'Anyone using the weights is bound by the Foo Responsible Use Policy, which we may update.',
      'You will not use the Model or any Derivative:'
    ],
    notDetected: ['Acceptable Use Policy', 'Please report any violation of this policy to abuse@example.org.']
  }
})
