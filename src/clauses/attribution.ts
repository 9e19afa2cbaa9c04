// Attribution: retain notices, give credit, include a NOTICE line.
import type { Detector } from './types.js'
import { findSeq, firstPhrase, has, hasAny, nearWords, positions } from './text.js'

const KEEP = ['retain', 'retains', 'reproduce', 'preserve', 'keep']
const NOTICE = new Set([
  'notice',
  'notices',
  'copyright',
  'attribution',
  'following',
  'credit',
  'acknowledgement',
  'acknowledgment'
])

export const attribution: Detector = {
  type: 'attribution',
  detect(s) {
    for (const w of KEEP) for (const p of positions(s, w)) if (nearWords(s, p, 0, 10, NOTICE) >= 0) return p
    const credit = firstPhrase(s, [
      'appropriate credit',
      'attribute',
      'attribution notice',
      'acknowledge the use',
      'give credit',
      'following notice',
      'following attribution',
      'notice text file',
      'licensed by'
    ])
    if (credit >= 0) return credit
    for (const p of [
      ...findSeq(s, ['shall', 'be', 'included']),
      ...findSeq(s, ['must', 'be', 'included']),
      ...findSeq(s, ['must', 'include']),
      ...findSeq(s, ['must', 'give']),
      ...findSeq(s, ['shall', 'give']),
      ...findSeq(s, ['shall', 'provide']),
      ...findSeq(s, ['must', 'provide'])
    ]) {
      if (nearWords(s, p, 8, 16, new Set(['notice', 'copyright', 'copy', 'license', 'licence'])) >= 0)
        return p
    }
    const lic = findSeq(s, ['is', 'licensed', 'under'])
    if (lic.length > 0 && (has(s, 'copyright') || hasAny(s, ['reserved']))) return lic[0]!
    return -1
  }
}
