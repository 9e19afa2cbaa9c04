// Share-alike: adaptations under the same licence. Frame: derived works, an obligation, and the
// same licence or terms as the object; or a ShareAlike / copyleft licence named.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, hasAny, nearPhrase, phrases, words } from './toolkit/query.js'

const NAMED = phrases('sharealike, share alike, by sa, nc sa, copyleft, 相同方式共享')
const MUST = words('must shall required only 须 应 必')
const DERIVED = words(
  'derivative derivatives derived modified modifications adaptations adapted adaptation based version versions'
)
const UNDER_THIS = phrases(
  'under this licence, under this license, under the terms of this license, under the terms of this licence',
  'under this same, under the same, stay under this, remain under this, terms that cover, 相同, 本许可证, 本许可'
)
const CHANGED = words(
  'derivative derivatives derived modified modifications adaptation adaptations changes changed modify',
  'finetuned tuned combined version versions derive'
)
const DERIVED_ZH = phrases('衍生, 修改, 演绎, 基于')
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
    if (!hasAny(s, MUST)) return -1
    const same = hasAny(s, DERIVED) ? SAME.first(s) : -1
    if (same >= 0) return same
    // frame: derived work, an obligation (or "only"), and this licence as the terms it goes out under
    for (const p of UNDER_THIS.all(s)) {
      if (nearPhrase(s, p, 30, 0, DERIVED_ZH) >= 0 || allOf(s, CHANGED).some(d => d < p)) return p
    }
    return -1
  },
  examples: {
    detected: ['Modified versions must be released under the same licence.', 'Licensed CC BY-SA 4.0.'],
    notDetected: ['You may choose any licence for your modified versions.', 'Share the model with friends.']
  }
})
