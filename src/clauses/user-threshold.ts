// A cap on the licensee's users ("more than 700 million monthly active users", "DAU … less than 1 million").
import type { Detector } from './types.js'
import { hasAny, nearWords, quantityAt } from './text.js'

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

/** The number caps the licensee (or the grant): a count of someone's users with nothing to say whose is no threshold. */
const SUBJECT = [
  'you',
  'your',
  'licensee',
  'licensees',
  'if',
  'whose',
  'where',
  'once',
  'entity',
  'entities',
  'company',
  'companies',
  'organization',
  'organizations',
  'organisations',
  'organisation',
  'license',
  'licence',
  'agreement',
  'grant',
  'granted',
  'licensed',
  'permitted',
  'affiliates',
  'limited',
  'only',
  'free',
  'must',
  'shall',
  'require',
  'required',
  'apply',
  'applies'
]
/** A statement of fact ("our app already has more than 1 million users", "downloaded by over 2 million users"). */
const REPORTED = [
  'our',
  'we',
  'has',
  'have',
  'had',
  'serves',
  'served',
  'downloaded',
  'downloads',
  'reached',
  'already'
]

export const userThreshold: Detector = {
  type: 'user-threshold',
  detect(s) {
    if (!hasAny(s, SUBJECT) && hasAny(s, REPORTED)) return -1
    for (let i = 0; i < s.tokens.length; i++) {
      const q = quantityAt(s, i)
      if (!q || q.value < 1000) continue
      if (nearWords(s, i, 8, 0, COMPARATIVE) < 0) continue
      if (nearWords(s, q.end, 0, 6, USER_WORDS) >= 0 || nearWords(s, i, 20, 0, USER_WORDS) >= 0) return i
    }
    return -1
  }
}
