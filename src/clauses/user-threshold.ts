// A cap on the licensee's users ("more than 700 million monthly active users", "DAU … less than 1 million").
import type { Detector } from './types.js'
import { nearWords, quantityAt } from './text.js'

const USER_WORDS = new Set(['users', 'user', 'mau', 'dau', 'subscribers', 'customers', 'accounts'])
const COMPARATIVE = new Set([
  'greater',
  'more',
  'exceed',
  'exceeds',
  'exceeding',
  'exceeded',
  'above',
  'over',
  'less',
  'fewer',
  'under',
  'below',
  'least',
  'maximum',
  'than',
  'threshold',
  'most',
  'beyond',
  'surpass',
  'surpasses',
  'reaches',
  'reach'
])

export const userThreshold: Detector = {
  type: 'user-threshold',
  detect(s) {
    for (let i = 0; i < s.tokens.length; i++) {
      const q = quantityAt(s, i)
      if (!q || q.value < 1000) continue
      if (nearWords(s, i, 8, 0, COMPARATIVE) < 0) continue
      if (nearWords(s, q.end, 0, 6, USER_WORDS) >= 0 || nearWords(s, i, 20, 0, USER_WORDS) >= 0) return i
    }
    return -1
  }
}
