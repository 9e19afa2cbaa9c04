// The licensor may switch use off. Frame: the licensor (reserves the right, may) and an act that
// disables use (restrict, disable, suspend, block, throttle), by remote means (remotely, remote
// means, over the network, kill switch, 远程). Not: "users interacting with it remotely".
import { FOUND, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { DISABLE } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'

const REMOTE = phrases(
  'remotely, remote means, remote access, remote mechanism, remote mechanisms, by remote',
  'over the network, over the internet, via the internet, kill switch, software update',
  'software updates, 远程'
)
const USAGE = words('use usage access operation functionality model weights service 使 用 访 问')
const REMOTE_WORD = words('remote')
const DISABLE_ZH = phrases('限制, 禁用, 停止, 暂停, 终止, 关闭')

export default defineClause({
  type: 'remote-restriction',
  restrictive: true,
  label: 'lets the licensor restrict use remotely',
  noun: 'a right for the licensor to restrict use remotely',
  meta: {
    id: 'license/no-remote-restriction',
    title: 'Licensor cannot restrict use remotely',
    framework: 'OSAID 1.0 — freedom to use without asking permission',
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-remote-restriction')
  },
  messages: { found: FOUND },
  detect(s) {
    for (const p of REMOTE.all(s)) {
      if (s.tokens[p]!.w === 'kill') return p
      if (nearWords(s, p, 10, 10, DISABLE) >= 0 || nearPhrase(s, p, 4, 10, DISABLE_ZH) >= 0) return p
    }
    for (const p of findSeq(s, ['reserves', 'the', 'right', 'to'])) {
      const v = nearWords(s, p + 3, 0, 4, DISABLE)
      if (v >= 0 && nearWords(s, v, 0, 8, USAGE) >= 0) return v
    }
    for (const p of allOf(s, REMOTE_WORD)) if (nearWords(s, p, 10, 10, DISABLE) >= 0) return p
    return -1
  },
  examples: {
    detected: [
      'The licensor may, by remote means, disable or suspend your use of the model.',
      'We keep the ability to switch off deployed copies remotely if we see misuse.'
    ],
    notDetected: [
      'Users interacting with the model remotely over a network must be offered its source.',
      'You may deploy the model on remote servers.'
    ]
  }
})
