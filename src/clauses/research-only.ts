// Research-only use: "for research purposes only", "solely for your non-commercial research purposes",
// "exclusively for Research Purposes", "Noncommercial Research Uses means …".
import type { Detector } from './types.js'
import { findSeq, positions } from './text.js'

const ONLY = new Set(['only', 'solely', 'exclusively', 'purely', 'strictly'])

export const researchOnly: Detector = {
  type: 'research-only',
  detect(s) {
    for (const w of ['research', 'researching']) {
      for (const p of positions(s, w)) {
        // "internal research and development" is an ordinary business activity
        if (s.tokens[p + 1]?.w === 'and' && s.tokens[p + 2]?.w === 'development') continue
        for (let k = Math.max(0, p - 16); k <= Math.min(s.tokens.length - 1, p + 8); k++) {
          const t = s.tokens[k]!.w
          if (ONLY.has(t) && s.tokens[k - 1]?.w !== 'not') return p
          if (t === 'limited' && s.tokens[k + 1]?.w === 'to' && s.tokens[k - 1]?.w !== 'not' && k < p)
            return p
        }
      }
    }
    // "Noncommercial Research Uses means …" (but not a licence name: "FAIR Noncommercial Research License")
    for (const seq of [
      ['noncommercial', 'research'],
      ['non', 'commercial', 'research']
    ]) {
      for (const p of findSeq(s, seq)) {
        const after = s.tokens[p + seq.length]?.w
        if (after === 'license' || after === 'licence' || after === 'community' || after === 'agreement')
          continue
        return p
      }
    }
    return -1
  }
}
