// The licensor may switch use off. Frame: the licensor (reserves the right, may) and an act that
// disables use (restrict, disable, suspend, block, throttle), by remote means (remotely, remote
// means, over the network, kill switch, 远程). Not: "users interacting with it remotely".
import { FOUND, RESTRICTIVE_SEVERITY, defineClause, type DetectContext } from './clause.js'
import { DISABLE } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import {
  allOf,
  findSeq,
  hasAny,
  near,
  nearPhrase,
  nearWords,
  phrases,
  positions,
  words
} from './toolkit/query.js'
import { isNegationAt, negatedBefore, sentenceHasNegation } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

/** The means: remote access, a server the copy reports to, keys and tokens, updates pushed to it. */
const REMOTE = phrases(
  'remotely, remote means, remote access, remote mechanism, remote mechanisms, by remote, remote update',
  'over the network, over the internet, via the internet, kill switch, software update, software updates',
  'licence server, license server, activation, access token, access tokens, access key, access keys',
  'licence key, license key, api key, api keys, from its servers, its servers, our servers',
  'push an update, push updates, push update, phone home, telemetry, management console',
  // "phones home on start-up", "pushing an update that disables …"
  'phones home, phoning home, pushing an update, pushing updates, pushes an update, pushes updates',
  'validation, technical means, check in, checks in, 远程, 联网, 在线, 验证, 激活, 密钥, 令牌',
  'at distance, at a distance, from a distance, update mechanism, automatic update, automatic updates',
  'forced update, forced updates, over the air, access credentials, credentials, 自动更新, 更新机制',
  'our server, its server, licence daemon, license daemon, activation status, 远端, 后台',
  '软件更新, 推送更新, 远程更新, 在线更新, 固件更新, 升级推送, 遥距, 通过网络, 透过网络, 经网络',
  'licence manager, license manager, licence check, license check, heartbeat, control plane, our cloud',
  'its cloud, entitlement, entitlements, remote management, ping, pings, disable command, remote command, dashboard, 校验, 云端, 授权服务器',
  '技术措施, 技术手段'
)
/** A means that is itself the switch: "a deactivation mechanism", "remote deactivation of installs". */
const KILL_MEANS = phrases(
  'kill switch, deactivation mechanism, shutdown mechanism, disabling mechanism, lock mechanism',
  'remote deactivation, remote shutdown, remote disabling, remote lock, remote locking'
)
/** The licensee's own settings, not the licensor's switch: "disabled by default", "opt out". */
const SETTING = phrases('by default, opt out, opt in, settings file, in the settings, 自行')
const USAGE = words('use usage access operation functionality model weights service 使 用 访 问')
/** What is switched off: the licensee's use, copy, deployment or access. */
const TARGET = words(
  'use usage access operation operations functionality features capabilities model models weights copy',
  'copies deployment deployments installation installations inference device devices software it them',
  'credentials credential requests instances instance throughput capacity bandwidth endpoint endpoints',
  'account accounts api runtime generation execution calls connection functions functioning entitlement',
  'seat installs build builds container containers module modules',
  'token tokens key keys licence license 使 用 访 问 模 型 部 署 运 行 功 能 密 钥'
)
const REMOTE_WORD = words('remote')
/** The licensor may act: "may", "can", "reserves the right", "is able", "retains". */
const LICENSOR_MAY = words(
  'may can reserves reserve right able ability entitled retains retain allows allow enables permits',
  '可 以 有 权 保 留'
)
/** The means acts by itself: the copy stops working when a check fails. */
const AUTOMATIC = phrases(
  'stops working, stop working, stops functioning, stop functioning, ceases to function, cease to function',
  'refuses to load, refuse to load, fails to load, will not load, stops serving, stop serving, stops loading',
  'unusable, inoperable, 自动停止, 停止运行, 无法继续, 无法使用, 无法运行, 停止工作, 用不了, 不能用',
  'locks itself, lock itself, disables itself, shuts itself down, shut itself down, 无法调用, 将被锁定',
  'no longer be loaded, no longer load, no longer run, will not load, will not run, cannot be loaded',
  // "if validation fails, the model stops responding"
  'stops responding, stop responding, ceases responding, cease responding, ceases to respond',
  'stops answering, stop answering, refuses further, refuse further, will lock, stops running, stop running',
  '自动锁定, 自动停用, 自动失效, 自动关闭'
)
/** Acts that switch use off, beyond the shared DISABLE words. */
/** "is disabled", "gets blocked": the means switches use off by itself. */
const BECOMES = words('is are be becomes become gets get')
const IF_WHEN = words('if when once whenever where')
const SWITCH_OFF = words(
  'withdraw withdrawn deactivates revokes halts throttles inoperable unusable refuse refuses deny denies',
  'degrade degrades withheld withhold invalidate invalidated invalidates brick bricks deregister',
  'deactivation suspension throttling locks revocable curtail curtails curtailed bricked 撤 销',
  // "may reduce throughput", "access will cease"
  'reduce reduces reducing cease ceases'
)
const INTERFERE = words('interfere circumvent tamper bypass evade obstruct')
/** What a licence key is: revoking it switches the licensee's copy off. */
const KEY = words('key keys token tokens 密 钥 令 牌')
/** The licensee acting on its own key: "you may revoke your key", "you can rotate tokens". */
const LICENSEE_ACTS = phrases(
  'you may, you can, you must, licensee may, customer may, customer can, customers may, customers can'
)
const LICENSEE_MAY = phrases(
  '您可以, 你可以, you may, you can, licensee may, licensee can, 用户可以, 被许可方可以',
  'customer may, customer can, customers may, customers can'
)

/** "you may", "the Licensee can": the licensee's own power ("Licensee may not pass …" is a ban on it, no power). */
function licenseeMay(s: Sentence): boolean {
  return LICENSEE_MAY.matches(s).some(m => !isNegationAt(s, Math.min(m.at + m.len, s.tokens.length - 1)))
}

/** "if the heartbeat fails, generation is disabled": a condition, and use switched off as its effect
 * ("access will cease if validation fails", "the runtime halts if the key is refused"). */
function conditionalEffect(s: Sentence): boolean {
  if (!hasAny(s, IF_WHEN)) return false
  for (let k = 1; k < s.tokens.length; k++) {
    if (!disables(s.tokens[k]!.w)) continue
    if (BECOMES.has(s.tokens[k - 1]!.w) && nearWords(s, k, 4, 0, TARGET) >= 0) return true
    // the thing itself stops: "access will cease", "runtime halts"
    const will = WILL_WORDS.has(s.tokens[k - 1]!.w)
    const subject = will ? k - 2 : k - 1
    if (TARGET.has(s.tokens[subject]?.w ?? '') && (will || s.tokens[k]!.w.endsWith('s'))) return true
  }
  return false
}
const WILL_WORDS = words('will would')

/** The disabling act nearest to p (after it first, on ties), or -1. */
function nearestAct(s: Sentence, p: number): number {
  for (let d = 1; d <= 14; d++) {
    if (p + d < s.tokens.length && disables(s.tokens[p + d]!.w)) return p + d
    if (p - d >= 0 && disables(s.tokens[p - d]!.w)) return p - d
  }
  return -1
}

/** "this build … can be switched off remotely": the act in the passive, its subject opening the sentence. */
function passiveTarget(s: Sentence, v: number): boolean {
  if (!BE_WORDS.has(s.tokens[v - 1]?.w ?? '')) return false
  for (let k = s.body; k <= Math.min(v - 2, s.body + 3); k++)
    if (TARGET.has(s.tokens[k]!.w) || RELEASE.has(s.tokens[k]!.w)) return true
  return false
}

/** A copy by its release: "this release … can be shut off" (not "in a future release"). */
const RELEASE = words('release')
/** "Nothing in this Agreement shall prevent the Licensor from pushing an update that disables …". */
const NOTHING_PREVENTS = phrases(
  'prevent the licensor from, prevents the licensor from, prevent us from, prevents us from',
  'limit the licensor s ability, limits the licensor s ability'
)
/** "…; otherwise it will lock": what happens when the check before fails. */
const OTHERWISE = words('otherwise failing else')

/** Renewing a key, a token or an installation's authorisation. */
const RENEW = words(
  'renew renews renewed renewal renewing reauthorise reauthorize reactivate reissue reissues reissued'
)
/** The licensor may refuse it: "may decline renewal", "renewed only at the Licensor's discretion". */
const WITHHOLD = words('decline declines refuse refuses withhold only discretion')
/** What is renewed: a key, a token, an activation, an installation (not a term or a subscription). */
const RENEWED_THING = words(
  'key keys token tokens activation entitlement installation installations container deployment',
  'deployments credentials device devices instance instances'
)
const LICENSOR_AGENT = words('licensor licensors we us our vendor supplier provider publisher')
/**
 * Keys, tokens or activations the licensor may decline to renew: "Brinmoor may decline renewal, in
 * which case the container will refuse further requests", "Licence Keys expire every 30 days and are
 * renewed only at the Licensor's discretion", "we only renew them for accounts in good standing".
 * The thing renewed may stand in the sentence before ("requires an activation token renewed every day;").
 */
function renewalWithheld(s: Sentence, ctx: DetectContext): number {
  for (let r = s.body; r < s.tokens.length; r++) {
    const w = s.tokens[r]!.w
    // "re-authorise" is split: "re", "authorise"
    const renew = RENEW.has(w) || (REAUTH.has(w) && s.tokens[r - 1]?.w === 're')
    if (!renew) continue
    const hold = nearWords(s, r, 4, 6, WITHHOLD)
    if (hold < 0) continue
    // the licensor withholds it, not the licensee ("you may decline to renew")
    const at = Math.min(r, hold)
    if (
      nearWords(s, r, 8, 6, LICENSOR_AGENT) < 0 &&
      !capitalisedAgent(s, at, ctx.doc.text) &&
      !discretionOfName(s, r, ctx.doc.text)
    )
      continue
    if (nearWords(s, at, 4, 0, SELF_AGENT) >= 0) continue
    const prev = ctx.doc.sentences[ctx.index - 1]
    const thing =
      hasAny(s, RENEWED_THING) ||
      AUTOMATIC.in(s) ||
      (prev !== undefined && (hasAny(prev, KEY) || REMOTE.in(prev)))
    if (thing && !hasAny(s, TERM_WORDS)) return r
  }
  return -1
}
const REAUTH = words('authorise authorize activate issue')
/** A term or a subscription renewed is a contract's life, not a switch on the copy. */
const TERM_WORDS = words('term subscription subscriptions period contract agreement')

/** "renewed at the sole discretion of Tovane": the party whose discretion it is, by its name. */
function discretionOfName(s: Sentence, r: number, text: string): boolean {
  const d = positions(s, 'discretion').find(k => k > r && k - r <= 6)
  if (d === undefined || s.tokens[d + 1]?.w !== 'of') return false
  const name = s.tokens[d + 2]
  const c = name ? (text[name.s] ?? '') : ''
  return c >= 'A' && c <= 'Z' && !SELF_AGENT.has(name!.w)
}

/** "gated by an entitlement check against the Licensor's control plane, which the Licensor may
 * withdraw": the act's object is the means itself, by a relative pronoun right after it. */
function meansWithdrawn(s: Sentence, p: number, v: number): boolean {
  const which = positions(s, 'which').find(k => k > p && k - p <= 3 && v > k && v - k <= 4)
  return which !== undefined
}

/** A capitalised party name just before a modal before k: "Brinmoor may decline …". */
function capitalisedAgent(s: Sentence, k: number, text: string): boolean {
  for (let j = k; j >= Math.max(s.body + 1, k - 3); j--) {
    if (!AGENT_MODAL.has(s.tokens[j]!.w)) continue
    const c = text[s.tokens[j - 1]!.s] ?? ''
    return c >= 'A' && c <= 'Z' && !SELF_AGENT.has(s.tokens[j - 1]!.w)
  }
  return false
}

/** "has no means to disable", "will never restrict", "contains no kill switch", "无权远程限制". */
function denied(s: Sentence, p: number, text: string): boolean {
  for (let k = Math.max(0, p - 10); k < p; k++) {
    // "you agree not to interfere with the Licensor's ability to suspend": the licensee is bound
    if (!isNegationAt(s, k) || nearWords(s, k, 0, 3, INTERFERE) >= 0 || newClause(s, k, p, text)) continue
    // "may, without liability and without prior notice, suspend": the manner of the act, no denial
    if (s.tokens[k]!.w === 'without' && MANNER.has(s.tokens[k + 1]?.w ?? '')) continue
    // "where the server does not confirm a subscription, …": the negation belongs to the condition;
    // "Save where prohibited by law": the law forbids, not the licensor's act
    if (inCondition(s, k, text) || s.tokens[k + 1]?.w === 'by') continue
    // 未通过会自动锁定: "if it does not pass", a condition
    if (s.tokens[k]!.w === '未' && (s.tokens[k + 1]?.w === '通' || s.tokens[k + 1]?.w === '能')) continue
    return true
  }
  return false
}
const IF_WHERE = words('if where when unless whenever once')
/** What "without" leaves out of the act: "without notice", "without liability", "without prior warning". */
const MANNER = words('notice prior liability warning reason cause compensation delay further any')

/** The negation at k stands inside a condition opened a few words before, with no comma between. */
function inCondition(s: Sentence, k: number, text: string): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (IF_WHERE.has(s.tokens[j]!.w)) return true
    if (text.slice(s.tokens[j]!.e, s.tokens[j + 1]!.s).includes(',')) return false
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
const DISABLE_ZH = phrases(
  '限制, 禁用, 停止, 暂停, 终止, 关闭, 撤销, 停用, 关掉, 停掉, 关停, 禁掉, 锁定, 冻结'
)

function disables(w: string): boolean {
  return DISABLE.has(w) || SWITCH_OFF.has(w)
}

/**
 * The licensor switching the licensee's running use off, with the means left unsaid: throttling
 * inference, cutting off an endpoint, deactivating a token, locking the weights. These acts reach a
 * copy or a service only from afar. Not: the licence itself ended (termination), the licensee's own
 * token or telemetry, maintenance windows and rate limits, a negated power.
 */
const SWITCH_ACTS = words(
  'suspend suspends suspended suspending throttle throttles throttled throttling deactivate deactivates',
  'deactivated deactivating disable disables disabled disabling curtail curtails curtailed lock locks',
  'locked block blocks blocked freeze freezes frozen halt halts halted cut kill deny denies brick bricks',
  'deregister deregisters invalidate invalidates invalidated withhold withheld switch bricked'
)
/** Revoking or withdrawing switches use off only when a key, a token or access is its object. */
const REVOKE_ACTS = words('revoke revokes revoked revoking withdraw withdraws withdrawn')
/** What is running at the licensee's end or reached through the licensor: use, inference, keys. */
const RUNNING = words(
  'access use usage inference throughput capacity bandwidth endpoint endpoints deployment deployments',
  'installation installations instance instances copy copies weights model models software runtime api',
  'key keys token tokens credential credentials functionality features operation calls requests',
  'execution generation connection connections functioning functions entitlement seat installs',
  // "disable hosted fine-tunes": the licensee's models made from it
  'tunes finetunes'
)
const KEYLIKE = words('key keys token tokens credential credentials access')
/** A noun phrase ends here: "suspend development of the Model" has development as its object. */
const PHRASE_END = words('of for to if when at in through by with on from unless where whenever and or')
/** The licensee or its users as the one who acts: "you can revoke a token you issued". */
const SELF_AGENT = words(
  'you licensee licensees recipient recipients user users customer customers subscriber subscribers'
)
/** The licensor acting, in the active voice (a modal) or passive ("by us"). */
const AGENT_MODAL = words('may can might will reserves reserve retains retain entitled able ability right')
const BY_LICENSOR = words('us licensor licensors we provider company vendor supplier')
/** Own-service downtime and rate limits switch off no licensee's use. */
const ROUTINE = phrases(
  'maintenance, upgrade, upgrades, downtime, outage, rate limit, rate limits, rate limited, per minute',
  'per second, per hour, quota, quotas, deprecated, legacy, older versions, 维护, 升级, 限速, 旧版, 弃用'
)
const BE_WORDS = words('be been being is are was were')
const MAY_BE = words('may can')

/** The object of the act at v: the first words after it (before it, in the passive) up to a phrase's end. */
function runningObject(s: Sentence, v: number, passive: boolean): number {
  const step = passive ? -1 : 1
  for (let k = v + step, n = 0; n < 7 && k >= s.body && k < s.tokens.length; k += step, n++) {
    const w = s.tokens[k]!.w
    if (GRANT_WORD.has(w)) return -1
    if (RUNNING.has(w)) return k
    if (!passive && PHRASE_END.has(w) && n > 0) return -1
    if (!passive && SWITCH_ACTS.has(w)) continue
  }
  return -1
}
const GRANT_WORD = words('licence license licences licenses agreement permission grant rights terms')

/** The first verb of a list of acts ending at v ("rotated, restricted or withdrawn"). */
function listStart(s: Sentence, v: number): number {
  let first = v
  for (let k = v - 1; k >= s.body && first - k <= 2; k--) {
    const w = s.tokens[k]!.w
    if (SWITCH_ACTS.has(w) || REVOKE_ACTS.has(w) || ROTATE.has(w)) first = k
    else if (w !== 'or' && w !== 'and') break
  }
  return first
}
const ROTATE = words('rotated changed replaced restricted limited')

/** The subject of a passive act at `first`: a running thing before it ("Access credentials … may be withdrawn"). */
function passiveSubject(s: Sentence, first: number): number {
  const near = runningObject(s, first, true)
  if (near >= 0) return near
  // the sentence's subject, named at its start ("Access credentials issued under this Agreement …")
  for (let k = s.body; k <= Math.min(first - 1, s.body + 3); k++) if (RUNNING.has(s.tokens[k]!.w)) return k
  return -1
}

/** The licensor is the one who acts at v: a modal whose subject is not the licensee, or "by us". */
/** A comma just before the act at v (or before the list it ends): an aside stands before it. */
function asideBefore(s: Sentence, v: number, text: string): boolean {
  const first = listStart(s, v)
  return first > 0 && text.slice(s.tokens[first - 1]!.e, s.tokens[first]!.s).includes(',')
}

function licensorActs(s: Sentence, v: number, passive: boolean, text: string): boolean {
  if (passive) {
    for (let k = v + 1; k <= Math.min(s.tokens.length - 2, v + 5); k++)
      if (s.tokens[k]!.w === 'by') {
        const c = text[s.tokens[k + 1]!.s] ?? ''
        // "by us", "by the Licensor", "by Harbinger" (a party's name, not "by the Licensee")
        if (SELF_AGENT.has(s.tokens[k + 1]!.w) || SELF_AGENT.has(s.tokens[k + 2]?.w ?? '')) return false
        return (
          BY_LICENSOR.has(s.tokens[k + 1]!.w) || s.tokens[k + 2]?.w === 'licensor' || (c >= 'A' && c <= 'Z')
        )
      }
    // "The decryption keys … may be withheld at any time": no agent named, the licensor's power
    const be = listStart(s, v) - 1
    return MAY_BE.has(s.tokens[be - 1]?.w ?? '')
  }
  // "the Licensor may, by means of the entitlement service …, curtail": the modal before an aside
  const reach = asideBefore(s, v, text) ? 24 : 8
  for (let k = v - 1; k >= Math.max(s.body, v - reach); k--) {
    if (!AGENT_MODAL.has(s.tokens[k]!.w)) continue
    for (let j = k - 1; j >= Math.max(s.body, k - 3); j--) if (SELF_AGENT.has(s.tokens[j]!.w)) return false
    return true
  }
  return false
}

function switchesOffUse(s: Sentence, text: string): number {
  if (ROUTINE.in(s)) return -1
  for (let v = s.body; v < s.tokens.length; v++) {
    const w = s.tokens[v]!.w
    const revoke = REVOKE_ACTS.has(w)
    if (!SWITCH_ACTS.has(w) && !revoke) continue
    // "cut off", "switch off": cut or switch alone is no switch ("cut costs")
    if ((w === 'cut' || w === 'switch') && s.tokens[v + 1]?.w !== 'off') continue
    // "can be rotated, restricted or withdrawn": the acts of a list share the first one's "be"
    const first = listStart(s, v)
    const passive = BE_WORDS.has(s.tokens[first - 1]?.w ?? '')
    const obj = passive ? passiveSubject(s, first) : runningObject(s, v, passive)
    if (obj < 0) continue
    if (revoke && !KEYLIKE.has(s.tokens[obj]!.w)) continue
    if (denied(s, v, text) || !licensorActs(s, v, passive, text)) continue
    return v
  }
  return -1
}

const ACT_ZH = phrases(
  '停用, 暂停, 关闭, 冻结, 封禁, 锁定, 限流, 降速, 禁用, 停掉, 关掉, 切断, 中止, 断开, 收回, 撤销, 吊销, 作废'
)
const OBJECT_ZH = phrases(
  '访问, 使用, 部署, 密钥, 授权码, 激活码, 许可码, 注册码, 令牌, 接口, 推理, 实例, 调用'
)
const LICENSOR_ZH = phrases('我们, 许可方, 授权方, 本公司, 提供方')
const MAY_ZH = phrases('可, 可以, 有权, 得, 能, 能够')
const SELF_ZH = phrases('您, 你, 被许可方, 被许可人, 用户')

/** 我们可以随时冻结你的API密钥, 授权码随时可能被我们收回: the licensor switching use off, in Chinese. */
function switchesOffUseZh(s: Sentence): number {
  if (ROUTINE.in(s)) return -1
  for (const v of ACT_ZH.all(s)) {
    if (nearPhrase(s, v, 14, 14, OBJECT_ZH) < 0) continue
    // the one who acts: 我们可以…, 许可方有权…, or the passive 被我们 / 由许可方
    let agent = -1
    for (const l of LICENSOR_ZH.all(s)) {
      if (l >= v || v - l > 16) continue
      // 被许可方 is the licensee
      if (s.tokens[l - 1]?.w === '被' && s.tokens[l]!.w === '许') continue
      agent = l
    }
    if (agent < 0) continue
    const passiveBy = s.tokens[agent - 1]?.w === '被' || s.tokens[agent - 1]?.w === '由'
    if (!passiveBy && nearPhrase(s, agent, 0, 8, MAY_ZH) < 0) continue
    // 您可以自行停用: the licensee acts
    const self = SELF_ZH.first(s)
    if (self >= 0 && self < v && nearPhrase(s, self, 0, 4, MAY_ZH) >= 0 && self > agent) continue
    // 许可方不会以远程方式限制或停用: the negation stands before the means
    if (negatedBefore(s, v, 12) >= 0) continue
    return v
  }
  return -1
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
    if (licenseeMay(s) && !hasAny(s, LICENSOR_MAY_ONLY)) return -1
    // "Telemetry is disabled by default", 在控制台自行吊销: the licensee's own settings
    if (SETTING.in(s)) return -1
    const automatic = AUTOMATIC.first(s)
    // "| Remote kill switch | None |", restated with its denial after it
    const deniedRow = s.restated === true && sentenceHasNegation(s)
    for (const p of REMOTE.all(s)) {
      // Chinese words are a token per character: the act stands further off (远程方式暂停或终止…的使用)
      const zh = s.tokens[p]!.w.length === 1 ? 2 : 1
      const first = Math.max(
        near(s, p, 14, 14, disables),
        nearPhrase(s, p, 6 * zh, 12 * zh, DISABLE_ZH),
        automatic >= 0 && Math.abs(automatic - p) <= 20 ? automatic : -1
      )
      const kill = (s.tokens[p]!.w === 'kill' || KILL_MEANS.all(s).includes(p)) && !deniedRow
      if (!kill && first < 0) continue
      // the act reaches the licensee's use or copy ("disable telemetry" switches off no use); the act
      // nearest the means is tried too ("nor disable the key checks through which the Licensor can
      // suspend it remotely": the licensee's act is banned, the licensor's is the clause)
      const acts = [first, nearestAct(s, p)].filter((v, i, a) => v >= 0 && a.indexOf(v) === i)
      const found = acts.find(
        v =>
          // (an act inside the automatic phrase is that phrase: 自动锁定)
          ((automatic >= 0 && v >= automatic && v <= automatic + 4) ||
            nearWords(s, v, 8 * zh, 12 * zh, TARGET) >= 0 ||
            passiveTarget(s, v) ||
            meansWithdrawn(s, p, v)) &&
          !denied(s, Math.min(p, v), text)
      )
      const v = found ?? -1
      if (v < 0 && !(kill && !denied(s, p, text))) continue
      // the licensor acts ("may", "can", "by the licensor"), or the means acts by itself ("if
      // validation fails, inference is disabled")
      if (
        kill ||
        automatic >= 0 ||
        (v >= 0 && conditionalEffect(s) && !licenseeMay(s)) ||
        findSeq(s, ['licensor', 's', 'use']).length > 0 ||
        hasAny(s, LICENSOR_MAY) ||
        findSeq(s, ['by', 'the', 'licensor']).length > 0 ||
        findSeq(s, ['by', 'licensor']).length > 0 ||
        NOTHING_PREVENTS.in(s)
      )
        return p
    }
    // "… reconnects to the activation service every seven days; otherwise it will lock."
    if (automatic >= 0 && OTHERWISE.has(s.tokens[s.body]?.w ?? '')) {
      const prev = ctx.doc.sentences[ctx.index - 1]
      if (prev && REMOTE.in(prev)) return automatic
    }
    const renewal = renewalWithheld(s, ctx)
    if (renewal >= 0) return renewal
    // "The Software contains a deactivation mechanism", "Remote deactivation of installs | Licensor"
    // ("| Remote shutdown | No |" restated: "remote shutdown is not permitted" denies it)
    for (const p of KILL_MEANS.all(s)) if (!denied(s, p, text) && !sentenceHasNegation(s)) return p
    // "we can revoke your key at any time": a key or token the licensor switches off
    // "a key which the Licensor may withdraw", "Access Tokens … are revocable"
    for (const p of allOf(s, KEY)) {
      const v = near(s, p, 4, 6, disables)
      if (v < 0 || denied(s, v, text) || LICENSEE_ACTS.in(s)) continue
      if (hasAny(s, LICENSOR_MAY) || s.tokens[v]!.w === 'revocable') return v
    }
    for (const p of findSeq(s, ['reserves', 'the', 'right', 'to'])) {
      const v = nearWords(s, p + 3, 0, 4, DISABLE)
      if (v >= 0 && nearWords(s, v, 0, 8, USAGE) >= 0) return v
    }
    for (const p of allOf(s, REMOTE_WORD))
      // "remotely disable" needs someone who may: "Remote access is disabled by default" is a setting
      if (nearWords(s, p, 10, 10, DISABLE) >= 0 && !denied(s, p, text) && hasAny(s, LICENSOR_MAY)) return p
    const off = switchesOffUse(s, text)
    if (off >= 0) return off
    return switchesOffUseZh(s)
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
