// The licensor may switch use off. Frame: the licensor (reserves the right, may) and an act that
// disables use (restrict, disable, suspend, block, throttle), by remote means (remotely, remote
// means, over the network, kill switch, 远程). Not: "users interacting with it remotely".
import { FOUND, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { DISABLE } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, near, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'
import { isNegationAt } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

/** The means: remote access, a server the copy reports to, keys and tokens, updates pushed to it. */
const REMOTE = phrases(
  'remotely, remote means, remote access, remote mechanism, remote mechanisms, by remote, remote update',
  'over the network, over the internet, via the internet, kill switch, software update, software updates',
  'licence server, license server, activation, access token, access tokens, access key, access keys',
  'licence key, license key, api key, api keys, from its servers, its servers, our servers',
  'push an update, push updates, push update, phone home, telemetry, management console',
  'validation, technical means, check in, checks in, 远程, 联网, 在线, 验证, 激活, 密钥, 令牌',
  'at distance, at a distance, from a distance, update mechanism, automatic update, automatic updates',
  'forced update, forced updates, over the air, access credentials, credentials, 自动更新, 更新机制',
  'our server, its server, licence daemon, license daemon, activation status, 远端, 后台'
)
const USAGE = words('use usage access operation functionality model weights service 使 用 访 问')
/** What is switched off: the licensee's use, copy, deployment or access. */
const TARGET = words(
  'use usage access operation operations functionality features capabilities model models weights copy',
  'copies deployment deployments installation installations inference device devices software it them',
  'credentials credential requests instances instance',
  'token tokens key keys licence license 使 用 访 问 模 型 部 署 运 行 功 能 密 钥'
)
const REMOTE_WORD = words('remote')
/** The licensor may act: "may", "can", "reserves the right", "is able", "retains". */
const LICENSOR_MAY = words(
  'may can reserves reserve right able ability entitled retains retain 可 以 有 权 保 留'
)
/** The means acts by itself: the copy stops working when a check fails. */
const AUTOMATIC = phrases(
  'stops working, stop working, stops functioning, stop functioning, ceases to function, cease to function',
  'refuses to load, refuse to load, fails to load, will not load, stops serving, stop serving, stops loading',
  'unusable, inoperable, 自动停止, 停止运行, 无法继续, 无法使用, 无法运行'
)
/** Acts that switch use off, beyond the shared DISABLE words. */
/** "is disabled", "gets blocked": the means switches use off by itself. */
const BECOMES = words('is are be becomes become gets get')
const IF_WHEN = words('if when once whenever')
const SWITCH_OFF = words(
  'withdraw withdrawn deactivates revokes halts throttles inoperable unusable refuse refuses deny denies',
  'degrade degrades 撤 销'
)
const INTERFERE = words('interfere circumvent tamper bypass evade obstruct')
/** What a licence key is: revoking it switches the licensee's copy off. */
const KEY = words('key keys token tokens 密 钥 令 牌')
/** The licensee acting on its own key: "you may revoke your key", "you can rotate tokens". */
const LICENSEE_ACTS = phrases('you may, you can, you must, licensee may')
const LICENSEE_MAY = phrases('您可以, 你可以, you may, you can')

/** "has no means to disable", "will never restrict", "contains no kill switch", "无权远程限制". */
function denied(s: Sentence, p: number, text: string): boolean {
  for (let k = Math.max(0, p - 10); k < p; k++) {
    // "you agree not to interfere with the Licensor's ability to suspend": the licensee is bound
    if (isNegationAt(s, k) && nearWords(s, k, 0, 3, INTERFERE) < 0 && !newClause(s, k, p, text)) return true
  }
  return false
}

/** A semicolon, or a comma and a conjunction, between k and p: the negation belongs to another clause. */
function newClause(s: Sentence, k: number, p: number, text: string): boolean {
  for (let j = k + 1; j <= p; j++) {
    const gap = text.slice(s.tokens[j - 1]!.e, s.tokens[j]!.s)
    if (gap.includes(';') || (gap.includes(',') && CONJUNCTION.has(s.tokens[j]!.w))) return true
  }
  return false
}
const CONJUNCTION = words('and but while whereas 但 而')
const LICENSOR_MAY_ONLY = words('licensor licensors we 许')
const DISABLE_ZH = phrases('限制, 禁用, 停止, 暂停, 终止, 关闭, 撤销, 停用, 关掉, 停掉, 关停, 禁掉')

function disables(w: string): boolean {
  return DISABLE.has(w) || SWITCH_OFF.has(w)
}

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
  detect(s, ctx) {
    const text = ctx.doc.text
    if (LICENSEE_MAY.in(s) && !hasAny(s, LICENSOR_MAY_ONLY)) return -1
    const automatic = AUTOMATIC.first(s)
    for (const p of REMOTE.all(s)) {
      // Chinese words are a token per character: the act stands further off (远程方式暂停或终止…的使用)
      const zh = s.tokens[p]!.w.length === 1 ? 2 : 1
      const v = Math.max(
        near(s, p, 14, 14, disables),
        nearPhrase(s, p, 6 * zh, 12 * zh, DISABLE_ZH),
        automatic >= 0 && Math.abs(automatic - p) <= 20 ? automatic : -1
      )
      const kill = s.tokens[p]!.w === 'kill'
      if (!kill && v < 0) continue
      // the act reaches the licensee's use or copy ("disable telemetry" switches off no use)
      if (!kill && v !== automatic && nearWords(s, v, 8 * zh, 10 * zh, TARGET) < 0) continue
      if (denied(s, Math.min(p, v < 0 ? p : v), text)) continue
      // the licensor acts ("may", "can", "by the licensor"), or the means acts by itself ("if
      // validation fails, inference is disabled")
      if (
        kill ||
        automatic >= 0 ||
        (v >= 0 && BECOMES.has(s.tokens[v - 1]?.w ?? '') && hasAny(s, IF_WHEN) && !LICENSEE_MAY.in(s)) ||
        hasAny(s, LICENSOR_MAY) ||
        findSeq(s, ['by', 'the', 'licensor']).length > 0
      )
        return p
    }
    // "we can revoke your key at any time": a key or token the licensor switches off
    for (const p of allOf(s, KEY)) {
      const v = near(s, p, 4, 0, disables)
      if (v >= 0 && hasAny(s, LICENSOR_MAY) && !denied(s, v, text) && !LICENSEE_ACTS.in(s)) return v
    }
    for (const p of findSeq(s, ['reserves', 'the', 'right', 'to'])) {
      const v = nearWords(s, p + 3, 0, 4, DISABLE)
      if (v >= 0 && nearWords(s, v, 0, 8, USAGE) >= 0) return v
    }
    for (const p of allOf(s, REMOTE_WORD))
      // "remotely disable" needs someone who may: "Remote access is disabled by default" is a setting
      if (nearWords(s, p, 10, 10, DISABLE) >= 0 && !denied(s, p, text) && hasAny(s, LICENSOR_MAY)) return p
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
