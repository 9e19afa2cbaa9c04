// Share-alike: adaptations under the same licence.
import type { Detector } from './types.js'
import { firstPhrase, hasAny } from './text.js'

const DERIVED = [
  'derivative',
  'derivatives',
  'derived',
  'modified',
  'modifications',
  'adaptations',
  'adapted',
  'adaptation',
  'based',
  'version',
  'versions'
]
const SAME = [
  'same license',
  'same licence',
  'same terms',
  'licensed as a whole',
  'as a whole under this license',
  'same or a compatible license',
  'same or compatible license'
]

export const shareAlike: Detector = {
  type: 'share-alike',
  detect(s) {
    const sa = firstPhrase(s, ['sharealike', 'share alike', 'by sa', 'nc sa', 'copyleft'])
    if (sa >= 0) return sa
    if (!hasAny(s, ['must', 'shall', 'required'])) return -1
    if (!hasAny(s, DERIVED)) return -1
    return firstPhrase(s, SAME)
  }
}
