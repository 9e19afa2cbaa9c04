// The licensor may switch use off. Frame: the licensor (reserves the right, may) and an act that
// disables use (restrict, disable, suspend, block, throttle), by remote means (remotely, remote
// means, over the network, kill switch, 远程). Not: "users interacting with it remotely".
import { FOUND, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { DISABLE } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'
import { isNegationAt, negatedBefore } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

const REMOTE = phrases(
  'remotely, remote means, remote access, remote mechanism, remote mechanisms, by remote',
  'over the network, over the internet, via the internet, kill switch, software update',
  'software updates, 远程, licence server, license server, activation, access token, from its servers' +
    ', its servers, our servers, push an update, remote update, phone home, access key, access keys' +
    ', licence key, license key, licence keys, license keys, telemetry, management console' +
    ', registered device, online check, online validation, 联网, 在线验证, 访问密钥, 密钥, 授权服务器'
)
/** The model stops by itself when a check fails: no modal needed ("if validation fails the Model stops working"). */
const SELF_STOP = phrases(
  'stops working, stop working, stops functioning, stop functioning, ceases to function',
  'cease to function, ceases to work, cease to work, becomes unusable, become unusable',
  'will stop, automatically stop, automatically stops, 自动停止, 无法继续运行, 无法使用, 停止运行'
)
const USAGE = words('use usage access operation functionality model weights service 使 用 访 问')
const REMOTE_WORD = words('remote')
/** The licensor may act: "may", "can", "reserves the right", "is able". */
const LICENSOR_MAY = words('may can reserves reserve right able ability entitled 可 以 有 权')
const INTERFERE = words('interfere circumvent tamper bypass evade obstruct')
const LICENSEE_MAY = phrases('您可以, 你可以, you may, you can')

/** "has no means to disable", "will never restrict", "contains no kill switch", "无权远程限制". */
function denied(s: Sentence, p: number): boolean {
  for (let k = Math.max(0, p - 10); k < p; k++) {
    // "you agree not to interfere with the Licensor's ability to suspend": the licensee is bound
    if (isNegationAt(s, k) && nearWords(s, k, 0, 3, INTERFERE) < 0) return true
  }
  return false
}
const LICENSOR_MAY_ONLY = words('licensor licensors we 许')
const DISABLE_ZH = phrases('限制, 禁用, 停止, 暂停, 终止, 关闭, 撤销, 无法继续运行, 无法使用')

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
    if (LICENSEE_MAY.in(s) && !hasAny(s, LICENSOR_MAY_ONLY)) return -1
    // a remote check that stops the model by itself ("if validation fails the Model stops working");
    // "will not stop working" denies it
    const stop = SELF_STOP.first(s)
    if (stop >= 0 && negatedBefore(s, stop, 2) < 0) {
      const p = REMOTE.first(s)
      if (p >= 0) return p
    }
    for (const p of REMOTE.all(s)) {
      const v = Math.max(nearWords(s, p, 14, 14, DISABLE), nearPhrase(s, p, 4, 10, DISABLE_ZH))
      const kill = s.tokens[p]!.w === 'kill'
      if (!kill && v < 0) continue
      if (denied(s, Math.min(p, v < 0 ? p : v))) continue
      if (kill || hasAny(s, LICENSOR_MAY) || findSeq(s, ['by', 'the', 'licensor']).length > 0) return p
    }
    for (const p of findSeq(s, ['reserves', 'the', 'right', 'to'])) {
      const v = nearWords(s, p + 3, 0, 4, DISABLE)
      if (v >= 0 && nearWords(s, v, 0, 8, USAGE) >= 0) return v
    }
    for (const p of allOf(s, REMOTE_WORD))
      if (nearWords(s, p, 10, 10, DISABLE) >= 0 && !denied(s, p)) return p
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
