// Remote restriction: "reserves the right to restrict (remotely or otherwise) usage".
import type { Detector } from './types.js'
import { findSeq, nearWords, positions } from './text.js'

const VERBS = new Set([
  'restrict',
  'restriction',
  'restricting',
  'disable',
  'disabling',
  'suspend',
  'suspending',
  'limit',
  'limiting',
  'terminate',
  'revoke',
  'deactivate',
  'block',
  'shut',
  'kill',
  'throttle'
])
const USAGE = new Set(['use', 'usage', 'access', 'operation', 'functionality'])

export const remote: Detector = {
  type: 'remote-restriction',
  detect(s) {
    for (const p of positions(s, 'remotely')) if (nearWords(s, p, 8, 8, VERBS) >= 0) return p
    for (const p of findSeq(s, ['reserves', 'the', 'right', 'to'])) {
      const v = nearWords(s, p + 3, 0, 4, VERBS)
      if (v >= 0 && nearWords(s, v, 0, 8, USAGE) >= 0) return v
    }
    for (const p of findSeq(s, ['kill', 'switch'])) return p
    return -1
  }
}
