// Share-alike: adaptations under the same licence. Frame: derived works, an obligation, and the
// same licence or terms as the object; or a ShareAlike / copyleft licence named.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { hasAny, phrases, words } from './toolkit/query.js'

const NAMED = phrases('sharealike, share alike, by sa, nc sa, copyleft, 相同方式共享')
const MUST = words('must shall required 须 应')
const DERIVED = words(
  'derivative derivatives derived modified modifications adaptations adapted adaptation based version versions'
)
const SAME = phrases(
  'same license, same licence, same terms, licensed as a whole, as a whole under this license',
  'same or a compatible license, same or compatible license, this same license, identical terms'
)

export default defineClause({
  type: 'share-alike',
  restrictive: false,
  label: 'requires derivatives to be shared alike',
  noun: 'a share-alike obligation',
  meta: {
    id: 'license/share-alike',
    title: 'Share-alike obligations',
    framework: 'OSAID 1.0 — copyleft terms are allowed',
    severity: { default: 'note', permissive: 'warning' },
    docs: docsUrl('license/share-alike')
  },
  messages: { found: FOUND },
  detect(s) {
    const sa = NAMED.first(s)
    if (sa >= 0) return sa
    if (!hasAny(s, MUST) || !hasAny(s, DERIVED)) return -1
    return SAME.first(s)
  },
  examples: {
    detected: ['Modified versions must be released under the same licence.', 'Licensed CC BY-SA 4.0.'],
    notDetected: ['You may choose any licence for your modified versions.', 'Share the model with friends.']
  }
})
