// Attribution: retain notices, give credit, include a NOTICE line.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, has, nearWords, phrases, words } from './toolkit/query.js'

const KEEP = words('retain retains reproduce preserve keep 保 留')
const NOTICE = words(
  'notice notices copyright attribution following credit acknowledgement acknowledgment 声 明'
)
const CREDIT = phrases(
  'appropriate credit, attribute, attribution notice, acknowledge the use, give credit',
  'following notice, following attribution, notice text file, licensed by, 注明出处'
)
const MUST_GIVE = phrases(
  'shall be included, must be included, must include, must give, shall give, shall provide',
  'must provide'
)
const COPY_OR_LICENCE = words('notice copyright copy license licence')
const RESERVED = words('reserved')

export default defineClause({
  type: 'attribution',
  restrictive: false,
  label: 'requires attribution',
  noun: 'an attribution requirement',
  meta: {
    id: 'license/attribution',
    title: 'Attribution obligations',
    framework: 'OSD — attribution is allowed',
    severity: { default: 'off' },
    docs: docsUrl('license/attribution')
  },
  messages: { found: FOUND },
  detect(s) {
    for (const p of allOf(s, KEEP)) if (nearWords(s, p, 0, 10, NOTICE) >= 0) return p
    const credit = CREDIT.first(s)
    if (credit >= 0) return credit
    for (const p of MUST_GIVE.all(s)) if (nearWords(s, p, 8, 16, COPY_OR_LICENCE) >= 0) return p
    const lic = findSeq(s, ['is', 'licensed', 'under'])
    if (lic.length > 0 && (has(s, 'copyright') || nearWords(s, 0, 0, s.tokens.length, RESERVED) >= 0))
      return lic[0]!
    return -1
  },
  examples: {
    detected: [
      'Copies must keep the copyright notice above.',
      'You shall give appropriate credit to the authors.'
    ],
    notDetected: ['No attribution is required.', 'The authors may be contacted by email.']
  }
})
