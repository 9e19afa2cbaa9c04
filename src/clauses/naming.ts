// Naming requirements: display "Built with X" / "Powered by X", or start a derived model's name
// with X. Not: "you may not use our trademarks", "built with PyTorch" in prose.
import type { Detector } from './types.js'
import { findSeq, nearWords, positions, type Sentence } from './text.js'

const BADGES = [
  ['built', 'with'],
  ['powered', 'by'],
  ['built', 'on'],
  ['built', 'using'],
  ['made', 'with'],
  ['created', 'with']
]
const DISPLAY = new Set([
  'display',
  'displayed',
  'displays',
  'include',
  'included',
  'state',
  'mention',
  'label',
  'show',
  'prominently',
  'must',
  'shall',
  'required',
  'require',
  'encouraged',
  'notice'
])
const NAME_WORDS = ['name', 'names', 'named', 'naming']
const PREFIX = new Set([
  'beginning',
  'prefix',
  'prefixed',
  'begin',
  'begins',
  'start',
  'starts',
  'starting',
  'front'
])
const MUST = new Set(['must', 'shall', 'required', 'require', 'requires', 'include', 'need'])
const QUOTES = '"\u201c\u201d\'\u2018\u2019'

function quotedBefore(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= Math.max(0, offset - 3); i--) {
    const c = text[i]!
    if (QUOTES.includes(c)) return true
    if (c !== '*' && c !== '_' && c !== ' ') return false
  }
  return false
}

export const naming: Detector = {
  type: 'naming-requirement',
  detect(s: Sentence, ctx) {
    for (const b of BADGES) {
      for (const p of findSeq(s, b)) {
        if (quotedBefore(ctx.doc.text, s.tokens[p]!.s) || nearWords(s, p, 12, 0, DISPLAY) >= 0) return p
      }
    }
    for (const w of NAME_WORDS) {
      for (const p of positions(s, w)) {
        if (nearWords(s, p, 10, 8, PREFIX) >= 0 && nearWords(s, p, 25, 10, MUST) >= 0) return p
      }
    }
    return -1
  }
}
