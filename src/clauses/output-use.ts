// Restrictions on using outputs: "You will not use … any output … to improve any other large
// language model", "Any Outputs shall be subject to the restrictions …".
import type { Detector } from './types.js'
import { findSeq, has, isNegationAt, nearWords, positions } from './text.js'

const OUTPUT = ['output', 'outputs', 'generations', 'completions']
const TRAIN = new Set([
  'improve',
  'improving',
  'train',
  'training',
  'develop',
  'developing',
  'create',
  'distill',
  'distillation',
  'enhance',
  'tune',
  'finetune',
  'build',
  'compete',
  'competing'
])
const MODEL = new Set(['model', 'models', 'llm', 'llms', 'ai', 'system', 'systems'])

export const outputUse: Detector = {
  type: 'output-use-restriction',
  detect(s) {
    for (const w of OUTPUT) {
      for (const p of positions(s, w)) {
        let negated = false
        for (let k = Math.min(s.tokens.length - 1, p + 4); k >= Math.max(0, p - 20); k--) {
          if (isNegationAt(s, k)) {
            negated = true
            break
          }
        }
        if (negated) {
          const t = nearWords(s, p, 0, 25, TRAIN)
          if (t >= 0 && nearWords(s, t, 0, 12, MODEL) >= 0) return p
        }
        if (!negated && findSeq(s, ['subject', 'to']).length > 0 && has(s, 'restrictions')) return p
      }
    }
    return -1
  }
}
