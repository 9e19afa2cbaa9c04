// No modified versions. Frame: the licensee, a prohibition, an act of changing the model (modify,
// adapt, alter, fine-tune, create derivative works) or a NoDerivatives licence named. Not: "do not
// modify the License" (Apache NOTICE), "except as expressly provided" (GPL), "if you do not agree …
// do not use, modify" (a disclaimer), purpose- or territory-limited bans.
import { BLOCKER_SEVERITY, FOUND, defineClause } from './clause.js'
import { AI_MODEL, OUTPUT, listsLicenceElements } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import {
  allOf,
  findSeq,
  hasAny,
  nearPhrase,
  nearWords,
  phrases,
  positions,
  union,
  words
} from './toolkit/query.js'
import { bannedAfter, isNegationAt, negatedBefore } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'
import { fieldOf, keyNames, valueDenies } from './toolkit/field-key.js'

/** Changing the model: active verbs, their passives and the nouns for the result. */
const ALTER = words(
  'modify modified alter altered adapt adapted translate remix transform finetune finetuned retrain',
  'retrained merge merged merges quantize quantise quantized quantised prune pruned compress compressed',
  'convert converted',
  'modifications adaptations finetunes alteration alterations modification adaptation customise',
  'customize customised customized remixed transformed translated translations translation',
  // more words for changing the weights: "make no change to", "tamper with or rework", "derive a model"
  'change changes changed tamper rework reworked compression reparameterisation reparameterization',
  'quantisation quantization derive edit edited',
  // third persons: "provided that no one alters or retrains it"
  'modifies alters adapts retrains quantizes quantises prunes converts finetunes'
)
const ACTS = phrases(
  'create derivative works, create derivatives, create any derivative, make derivative works',
  'prepare derivative works, create a derivative, fine tune, fine tuned, fine tunes, fine tuning',
  'produce derivative works, create adaptations, further trained, train it further, change its weights',
  'change the weights, make changes, make any changes, make any change, build upon, build on',
  'work based on, works based on, work based upon, works based upon, derived from it',
  'derived from the model, further train, train further, further training, 二次开发, 二次训练',
  '再训练, 修改, 微调, 合并, 改动, 改编, 改写, 演绎, 变更, 剪枝, 量化, 压缩, 改作, 翻译, 魔改, 调参, 二次加工',
  // training on after the release: 接着训练, 继续训练, "continue training"
  '接着训练, 继续训练, 接着练, continue training, continued training',
  // grafting trained pieces on: "attach adapters, LoRA weights or other modules to the Model"
  'attach adapters, attach adapter, attach lora, attaching adapters, attaching lora, graft adapters'
)
/** Keys of a front-matter field that name changing the model. */
const KEY_ACTS = [
  'derivative',
  'derivs',
  'modification',
  'modify',
  'modifying',
  'finetun',
  'adaptation',
  'merging',
  'quantization',
  'quantisation'
]
/** Informal Chinese bans: 别魔改, 不要改, 不准微调, 不许合并. */
const BAN_ZH_INFORMAL = phrases('别, 不要, 不准, 不许, 甭')
/** A Chinese sentence that opens with a ban addresses the licensee: 别魔改 (restated 不得魔改), 严禁修改. */
const BAN_OPENS_ZH = phrases('不得, 别, 不要, 不准, 不许, 禁止, 严禁, 请勿, 切勿, 甭')
/** "without our written consent": a condition on the ban, not a second negation that lifts it. */
const CONSENT = words('consent approval permission authorisation authorization agreement')
const NOT_OBJECTS = words(
  'license licence notice notices terms rights agreement conditions warranty disclaimer copyright',
  'fact legend legends marking markings attribution configuration',
  // what travels with outputs: "alter any provenance metadata, watermark or C2PA manifest"
  'metadata provenance watermark watermarks manifest manifests'
)
/** Who or what is bound: the licensee, or the model itself in the passive. */
const SUBJECT = words(
  'you licensee licensees user users model models weights checkpoint checkpoints parameters',
  'dataset datasets annotations corpus customer customers'
)
const SUBJECT_ZH = phrases('您, 你, 用户, 模型, 权重, 被许可方, 使用者, 被授权人, 被授权方')
/** A passive ban names what it bans by a pronoun or a noun: "modified versions may not be shared". */
const WEAK_SUBJECT = words('it them versions version copies copy materials')
/** The verb after "may not be": what the ban is about ("… may not be shared"; not "… misrepresented"). */
const BANNED_ACT = words(
  'created made shared distributed released published produced prepared developed used trained',
  'offered hosted deployed redistributed uploaded sold'
)
/** A negation followed by one of these denies a restriction ("do not restrict modification"). */
const DENIES = words(
  'restrict restricts limit limits prohibit prohibits prevent prevents forbid forbids been'
)
const MAKE = words('create make develop train prepare produce build release')
const NAMES = phrases(
  'keine bearbeitungen, keine bearbeitung, pas de modification, noderivatives, noderivs, noderivative',
  'no derivatives, no derivative works, no derivs, by nd, nc nd, 禁止演绎'
)
/** Carve-outs and disclaimers anywhere: "except as expressly provided" (GPL), "if you do not agree". */
const CARVED = phrases('except as, except in, except under, unless, provided that, provided you')
/** Disclaimers anywhere: "if you do not agree … do not modify", "if it is impossible to comply … cannot modify". */
const DISCLAIMED = phrases(
  'impossible, comply, not agree, not accept, disagree',
  // "The Licensor is not responsible for … modified versions": a disclaimer of liability
  'not responsible, not liable, no liability, no responsibility'
)
const CHANGE = words('change changes changed changing')
const CHANGED_THING = words(
  'model models weights weight parameters checkpoint checkpoints tokenizer architecture it them software'
)
const MORAL = words('derogatory prejudicial mutilate mutilation distort distortion')
/** A purpose or a place after the act limits the ban to it: a field-of-use or territory clause. */
const SCOPED_AFTER = words('purpose purposes territory outside')
/** "for any purpose" is no scope. */
const ANY = words('any all whatever every')
/** Denials of the right itself: "No right to adapt it is given", "are not licensed". */
const NO_RIGHT = phrases(
  'no right, no rights, no licence, no license, no permission, not licensed, not licenced',
  'not granted, not given, not authorised, not authorized, 无权, outside the licence, outside the license',
  'outside the scope'
)
const ACTIVE = words(
  'modify alter adapt translate remix transform finetune retrain merge quantize quantise prune compress',
  'customise customize'
)
const MODAL_BAN = words('may must shall')

const NO = words('no')
function english(s: Sentence, p: number): boolean {
  return s.tokens[p]!.w.length > 1
}

/** A negation right after a carve-out ("provided that no adapted version is …"): it bans, it scopes nothing. */
function banningProviso(s: Sentence, from: number): boolean {
  // a negated subject ("no adapted version"), not a condition on the licensee ("provided that you do
  // not distribute the Modified Version", Artistic 2.0, which lets modified versions be shared otherwise)
  return NO.has(s.tokens[from]?.w ?? '')
}

const LICENSOR = words('licensor licensors we')
const PROMISE_MODAL = words('may must shall will can')
/** "The Licensor shall not remotely alter …", "We will not modify your copy": the licensor is bound. */
function licensorPromises(s: Sentence): boolean {
  const w = s.tokens[s.body]?.w === 'the' ? s.tokens[s.body + 1]?.w : s.tokens[s.body]?.w
  return LICENSOR.has(w ?? '') && nearWords(s, s.body, 0, 4, PROMISE_MODAL) >= 0
}

/** "your fine-tune", "my fine-tune": the derivative named as a thing, not the act of tuning. */
function namesTheProduct(s: Sentence, p: number): boolean {
  return s.tokens[p]!.w === 'fine' && POSSESSIVE.has(s.tokens[p - 1]?.w ?? '')
}
const POSSESSIVE = words('your my our their his her its a')

/** "in unmodified or modified form": the form of what is passed on, no act of changing. */
function describesForm(s: Sentence, p: number): boolean {
  return s.tokens[p + 1]?.w === 'form' || (s.tokens[p + 1]?.w === 'or' && s.tokens[p + 3]?.w === 'form')
}

/** Only gerunds, list words and the model stand before p: "Pruning, merging or distilling the Model …". */
function gerundSubject(s: Sentence, p: number): boolean {
  for (let k = s.body; k < p; k++)
    if (!ALTERING.has(s.tokens[k]!.w) && !GERUND_GLUE.has(s.tokens[k]!.w)) return false
  return true
}
const GERUND_GLUE = words('or and the model weights it any of this these fine distilling distillation')

/**
 * The act is done to another model: "fine-tune your own model on its answers", "train a separate
 * model on its responses". Training another model on this one's outputs is an output use.
 */
function anotherModel(s: Sentence, p: number): boolean {
  // the act's object: determiners, then "own" / "another" / "a separate", then a model
  let k = p + 1
  while (k < s.tokens.length && k <= p + 3 && DETERMINER.has(s.tokens[k]!.w)) k++
  // "derive a new model from it": the new model is the derivative, made from this one
  const made = s.tokens[p]!.w === 'derive'
  if (!made && OWN_OTHER.has(s.tokens[k]?.w ?? '') && AI_MODEL.has(s.tokens[k + 1]?.w ?? '')) return true
  // "… on its answers", "from the outputs": the material is what the model produced
  for (let j = p + 1; j <= Math.min(s.tokens.length - 1, p + 6); j++) {
    const w = s.tokens[j]!.w
    if ((w === 'on' || w === 'from') && OUTPUT_LIKE.has(s.tokens[j + 2]?.w ?? '')) return true
  }
  return false
}
/** "No forks", "may not fork it": the ban stands right before the fork. */
function forkBanned(s: Sentence, p: number): boolean {
  if (p === 0) return false
  if (s.tokens[p - 1]!.w === 'no' || isNegationAt(s, p - 1)) return true
  return p > 1 && isNegationAt(s, p - 2) && s.tokens[p - 1]!.w !== 'your'
}
const NAMING = words('name names named call calling called rename renamed')
const NAMING_ZH = phrases('名义, 名称, 命名')
const DETERMINER = words('your a an any their his her')
const OWN_OTHER = words('own another other separate student new competing different')
const OUTPUT_LIKE = words('outputs output answers responses generations completions results')

/** Chinese: making a derivative (创作/开发 … 衍生), or publishing an adapted model, under a ban. */
const CREATE_ZH = phrases('创作, 制作, 开发, 创建, 训练, 构建, 形成, 产生, 生成, 制造, 基于')
const DERIVATIVE_ZH = phrases('衍生')
const ADAPTED_ZH = phrases(
  '改编后, 修改后, 微调后, 改编的, 修改过的, 经微调, 微调过, 经修改, 修改版, 改编版, 微调版, 改作版'
)
const PUBLISH_ZH = phrases('发布, 分发, 传播, 提供, 公开, 散布, 散播, 转让, 分享, 上传')
/** 换成别的许可证发布: the ban is on other terms (share-alike), not on the adapted work. */
const OTHER_LICENCE_ZH = phrases('别的许可, 其他许可, 其它许可, 别的协议, 其他协议, 其它协议, 其他授权')
function chineseDerivative(s: Sentence): number {
  if (OTHER_LICENCE_ZH.in(s)) return -1
  for (const d of DERIVATIVE_ZH.all(s)) {
    const c = nearPhrase(s, d, 8, 0, CREATE_ZH)
    if (c >= 0 && negatedBefore(s, c, 16) >= 0) return c
  }
  // 修改后的版本不得发布, 衍生著作不得对外发布: the adapted work or the derivative kept from release
  for (const a of [...ADAPTED_ZH.all(s), ...DERIVATIVE_ZH.all(s)]) {
    for (const p of PUBLISH_ZH.all(s)) if (p > a && negatedBefore(s, p, 6) >= 0) return a
  }
  return -1
}

/** Verbs and gerunds need a negation before them; a ban after them belongs to another verb. */
function isVerb(w: string): boolean {
  return ACTIVE.has(w) || ALTERING.has(w)
}

/** Gerunds of the acts: "refrain from modifying the Model". */
const ALTERING = words(
  'modifying altering adapting retraining merging quantizing quantising pruning compressing transforming',
  'translating remixing customising customizing tuning finetuning changing reworking tampering editing',
  'reparameterising reparameterizing converting'
)
/** A fork is a modified copy, but "my fork" also names the licensee's own work: only "no forks" or
 * "may not fork" ban it. */
const FORK = words('fork forks forking')
const ACT_WORDS: ReadonlySet<string> = union([...ALTER, ...ALTERING, ...FORK])
const ADAPTED_NO_PERMISSION = phrases('not have permission')
const DERIVATIVE = words('derivative derivatives')
/** "must use the Model unmodified", "only as delivered", "as-is … only". */
const AS_IS = phrases(
  'unmodified, as delivered, as is, original form, unaltered, 原样, without alteration',
  'without modification, without any modification, without any alteration, without change',
  'form provided, form supplied, form delivered, form in which, as provided, as supplied, exact form',
  'same form as'
)
/** A sanction on the act is a ban: "Altering the weights in any way terminates your rights". */
const SANCTION = words('terminates terminate voids void revokes revoke ends forfeits forfeit invalidates')
/** "as provided in Section 3", "as provided by law": a reference, not the form of delivery. */
const REFERENCE_AFTER = words('in by under for herein above below hereunder to that')
const MUST = words('must shall only solely 须 仅 只')

/** A negation before p that bans the act: not "without modification", "do not restrict modification". */
function negated(s: Sentence, p: number, text = ''): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
    if (!isNegationAt(s, k) || s.tokens[k]!.w === 'without') continue
    for (let j = k + 1; j < p; j++) if (DENIES.has(s.tokens[j]!.w)) return false
    // "The model is not designed for real-time translation": what it does, not what is banned
    if (nearWords(s, k, 0, 2, CAPABILITY) >= 0) return false
    // "agrees not to assert any right to forbid You from making modifications": two negations
    const twice = negatedBefore(s, k, 8)
    const sameClause = twice >= 0 && !text.slice(s.tokens[twice]!.e, s.tokens[k]!.s).includes(',')
    if (sameClause && !(s.tokens[twice]!.w === 'without' && nearWords(s, twice, 0, 6, CONSENT) >= 0))
      return false
    // "(but not its individual contents) is Adapted Material": a parenthesis closes the negation
    return !closesParenthesis(text, s.tokens[k]!.e, s.tokens[p]!.s)
  }
  return false
}

/** A ")" between from and to that closes a parenthesis opened before from. */
function closesParenthesis(text: string, from: number, to: number): boolean {
  let depth = 0
  for (let i = from; i < to; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth < 0) return true
  }
  return false
}

/** "… may not be shared": a ban after p whose verb is an act on the model, or -1. */
function passiveBan(s: Sentence, p: number, within = 10): number {
  const m = bannedAfter(s, p, within)
  if (m < 0) return -1
  const w = s.tokens[m]!.w
  // "the prohibited uses", "the prohibited-use clause": a list's name, no ban on the act
  if (w === 'prohibited' && USE_NOUN.has(s.tokens[m + 1]?.w ?? '')) return -1
  // "may not be X", "must not be X": the verb decides
  if (w === 'may' || w === 'must' || w === 'shall') return BANNED_ACT.has(s.tokens[m + 3]?.w ?? '') ? m : -1
  return m
}

function banned(s: Sentence, p: number, text: string): boolean {
  // a Chinese ban stands further before its verb (不得对本模型进行任何修改); 须 after it is an obligation
  if (s.tokens[p]!.w.length === 1) {
    if (OTHER_LICENCE_ZH.in(s)) return false
    if (nearPhrase(s, p, 8, 0, BAN_ZH_INFORMAL) >= 0) return true
    const k = negationZh(s, p)
    // 您可以复制、使用、修改: a permission between the negation and the verb
    return k >= 0 && !findSeq(s, ['可', '以']).some(q => q > k && q < p)
  }
  // a ban after the act counts for nouns and passives ("Fine-tuning the Model is prohibited"),
  // not for a verb in a list of granted rights
  return negated(s, p, text) || (!isVerb(s.tokens[p]!.w) && passiveBan(s, p) >= 0)
}

/**
 * A Chinese negation within 16 characters before p that bans: not 无偿 ("free of charge"); none
 * when the ban itself is denied (本许可不禁止…修改: "does not prohibit").
 */
function negationZh(s: Sentence, p: number): number {
  for (let k = p - 1; k >= Math.max(0, p - 16); k--) {
    if (!isNegationAt(s, k)) continue
    const w = s.tokens[k]!.w
    if (w === '无' && s.tokens[k + 1]?.w === '偿') continue
    if ((w === '禁' && s.tokens[k - 1]?.w === '不') || (w === '不' && s.tokens[k + 1]?.w === '禁')) return -1
    return k
  }
  return -1
}

/** "outside the licence", "outside the scope": beyond the grant, not a place. */
function outsideTheGrant(s: Sentence, k: number): boolean {
  return s.tokens[k]!.w === 'outside' && nearWords(s, k, 0, 2, GRANT_NAMES) >= 0
}
const GRANT_NAMES = words('licence license scope grant agreement')

/**
 * Where the act's own words end: at a fresh infinitive after a comma ("to modify the Model, to
 * remove its notices or to use it outside X": each "to" has its own object and scope).
 */
function ownSegmentEnd(s: Sentence, p: number, text: string): number {
  for (let k = p + 2; k < s.tokens.length; k++) {
    if (s.tokens[k]!.w !== 'to') continue
    const gap = text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s)
    if (gap.includes(',') || gap.includes(';')) return k
  }
  return s.tokens.length
}

/** The ban at p is limited to a purpose or a place named after it ("not modify it for military purposes"). */
function scopedAfter(s: Sentence, p: number, text = ''): boolean {
  const end = text ? ownSegmentEnd(s, p, text) : s.tokens.length
  for (let k = p + 1; k < end; k++)
    if (SCOPED_AFTER.has(s.tokens[k]!.w) && !ANY.has(s.tokens[k - 1]!.w) && !outsideTheGrant(s, k))
      return true
  return false
}

/**
 * The act is done to the licence text or its notices: "may not alter any copyright notices", "This
 * License may not be modified". "… is granted under this Licence" names no object.
 */
function aboutTheText(s: Sentence, p: number, text: string): boolean {
  const end = Math.min(s.tokens.length - 1, p + 8, ownSegmentEnd(s, p, text) - 1)
  for (let k = Math.max(0, p - 4); k <= end; k++) {
    if (k === p || !NOT_OBJECTS.has(s.tokens[k]!.w)) continue
    // "All rights to prepare derivative works …": the right to the act, no text acted on
    if (k < p && s.tokens[k]!.w === 'rights' && s.tokens[k + 1]?.w === 'to') continue
    // "This agreement does not permit modification": the text is the subject that grants, not the object
    if (k < p && nearWords(s, p, p - k, 0, LETS) > k) continue
    const prev = s.tokens[k - 1]?.w
    if (k > p && (prev === 'under' || (prev === 'this' && s.tokens[k - 2]?.w === 'under'))) continue
    // "… is outside the licence": beyond the grant, not an act on the licence text
    if (k > p && s.tokens[k - 2]?.w === 'outside') continue
    return true
  }
  return false
}

/**
 * A denial of the right to the act: "no right to create adaptations", "no modifications … are
 * licensed", "Adaptation rights are not granted".
 */
function rightDenied(s: Sentence, p: number): boolean {
  for (const r of NO_RIGHT.all(s)) {
    // "without it you hold no permission to change …": the consequence of not accepting
    if (nearWords(s, r, 6, 0, WITHOUT) >= 0) continue
    const w = s.tokens[r]!.w
    if (w === 'no' || w === '无' ? r < p && p - r <= 4 : r > p && r - p <= 10) return true
    // "no licence is granted, whether by implication or otherwise, to alter, retrain …"
    if (
      w === 'no' &&
      r < p &&
      p - r <= 16 &&
      nearWords(s, p, 3, 0, TO) >= 0 &&
      nearWords(s, r, 0, 4, LICENSED) >= 0
    )
      return true
  }
  if (s.tokens[p - 1]?.w === 'no' && nearWords(s, p, 0, 8, LICENSED) >= 0) return true
  // "All rights to prepare derivative works … are reserved by X": the right kept back, not granted
  const right = nearWords(s, p, 4, 0, RIGHT)
  if (right >= 0 && s.tokens[right + 1]?.w === 'to') {
    const r = nearWords(s, p, 0, 10, RESERVED)
    if (r >= 0 && BE.has(s.tokens[r - 1]?.w ?? '')) return true
  }
  return false
}
const RIGHT = words('right rights')
const RESERVED = words('reserved retained')
const BE = words('is are remain remains')
const DERIVED_PARTICIPLE = words('derived')
const MADE_THING = words('checkpoint checkpoints model models weights versions version works work variants')
const USE_NOUN = words('use uses usage activities purposes')
/** Licensing a work made from the model: "put my fine-tune under MIT", "release the merge under …". */
const LICENSING = words('put release relicense license licence publish distribute place offer')
const UNDER = words('under')
function licensedUnder(s: Sentence, p: number): boolean {
  return nearWords(s, p, 0, 4, UNDER) >= 0 && nearWords(s, p, 4, 0, LICENSING) >= 0
}
/** "any alteration voids this licence", "Altering the weights terminates your rights": the act (a
 * gerund or noun, not "modify"), then the licence's end as its sanction; nothing of the licence
 * text between them ("altering the licence text voids it" alters the text). */
function sanctionedAct(s: Sentence, acts: readonly number[]): number {
  for (const p of acts) {
    if (ACTIVE.has(s.tokens[p]!.w) || !english(s, p)) continue
    const sanction = nearWords(s, p, 0, 8, SANCTION)
    if (sanction < 0 || negatedBefore(s, sanction, 3) >= 0) continue
    let text = false
    for (let k = p + 1; k < sanction; k++) if (NOT_OBJECTS.has(s.tokens[k]!.w)) text = true
    if (!text) return p
  }
  return -1
}
const LICENSED = words('licensed licenced permitted allowed granted authorised authorized')
const TO = words('to')
const WITHOUT = words('without')
/** "without it", "without this": a condition left unmet, whose consequence is no ban of the licence's own. */
const UNMET = words('it this them these acceptance accepting')
function withoutIt(s: Sentence, p: number): boolean {
  for (let k = Math.max(0, p - 8); k < p; k++)
    if (s.tokens[k]!.w === 'without' && UNMET.has(s.tokens[k + 1]?.w ?? '')) return true
  return false
}

/** After a negation, what the model is made or fit for: "not designed for translation". */
const CAPABILITY = words('designed intended meant suited suitable optimised optimized built expected')

/** A new clause with its own subject between o and p: "… use its outputs to train another model, nor
 * may you fine-tune it": the second act is done to the model, not with the outputs. */
function freshSubject(s: Sentence, o: number, p: number): boolean {
  for (let k = o + 1; k < p; k++) {
    if (s.tokens[k]!.w === 'nor' || FRESH_SUBJECT.has(s.tokens[k]!.w)) return true
    // "may calibrate the Model's outputs but shall not retrain …": a second verb of the same subject
    if (s.tokens[k]!.w === 'but' && MODAL_BAN.has(s.tokens[k + 1]?.w ?? '')) return true
  }
  return false
}
const FRESH_SUBJECT = words('you licensee licensees')

/** The act closes a short item of a "no" list: "No fine-tuning, no redistribution, and no use by …". */
function shortItem(s: Sentence, p: number, text: string): boolean {
  for (let j = p; j <= Math.min(s.tokens.length - 1, p + 2); j++) {
    const next = s.tokens[j + 1]
    if (!next) return true
    const gap = text.slice(s.tokens[j]!.e, next.s)
    if (gap.includes(',') || gap.includes(';')) return true
  }
  return false
}

/** "no modified version may be distributed", "no fine-tuned copy shall be published": "no" before
 * the act's participle or noun, a modal, "be" and an act of making or sharing. */
function noneMayBe(s: Sentence, p: number): boolean {
  if (s.tokens[p - 1]?.w !== 'no' || isVerb(s.tokens[p]!.w)) return false
  const m = nearWords(s, p, 0, 4, MODAL_BAN)
  return m >= 0 && s.tokens[m + 1]?.w === 'be' && BANNED_ACT.has(s.tokens[m + 2]?.w ?? '')
}

/** "… is not something this licence lets you do", "… is not what the licence allows": a grant denied
 * after the act that opens the sentence. */
function notLetAfter(s: Sentence, p: number): boolean {
  for (let k = p + 1; k <= Math.min(s.tokens.length - 1, p + 14); k++)
    if (isNegationAt(s, k) && nearWords(s, k, 0, 6, LETS) >= 0) return true
  return false
}
const LETS = words('lets let allows allow permits permit authorises authorizes authorise authorize')

/** "… requires Brinmoor's prior written consent": leave needed for the act, named after it. */
function consentRequired(s: Sentence, p: number, text: string): boolean {
  const r = nearWords(s, p, 0, 14, REQUIRES)
  if (r < 0 || nearWords(s, r, 0, 5, CONSENT) < 0) return false
  return !text.slice(s.tokens[p]!.e, s.tokens[r]!.s).includes(';')
}
const REQUIRES = words('requires require needs')

/** The banned verb after the modal at m goes on with the terms it is done under ("under", "free of"). */
function qualifiedRelease(s: Sentence, m: number): boolean {
  return nearWords(s, m, 0, 5, UNDER_TERMS) >= 0
}
const UNDER_TERMS = words('under free')

/** "Derivative Works may be prepared solely by the Licensor": making them is kept to the licensor. */
function reservedToLicensor(s: Sentence, p: number): boolean {
  const only = nearWords(s, p, 0, 6, ONLY)
  return only >= 0 && s.tokens[only + 1]?.w === 'by' && nearWords(s, only, 0, 4, LICENSOR) >= 0
}
const ONLY = words('only solely exclusively')

/** A work made from the model: "based on", "incorporates any parameter of". */
const BASED = words('based incorporates incorporating incorporate')
const PARTS = words('model weights parameters parameter checkpoint')
const WORK = words('work works model models anything')

/** A banned making of a work that is based on the model or takes in its parameters; the verb, or -1. */
function workBasedOn(s: Sentence): number {
  for (const b of allOf(s, BASED)) {
    if (s.tokens[b]!.w === 'based' && !ON.has(s.tokens[b + 1]?.w ?? '')) continue
    const work = nearWords(s, b, 4, 0, WORK)
    const make = work >= 0 ? nearWords(s, work, 3, 0, MAKE) : -1
    if (make < 0 || !negated(s, make) || nearWords(s, b, 0, 10, PARTS) < 0) continue
    return make
  }
  return -1
}
const ON = words('on upon')

/** What results from changing the model: "the resulting weights", "modified versions", "adaptations". */
const RESULT = words(
  'derivative derivatives adaptation adaptations modification modifications finetunes variants tunes',
  'resulting result'
)
const CHANGED = words(
  'modified adapted altered tuned finetuned merged quantised quantized pruned derived retrained'
)
const THING = words('version versions weights model models copy copies checkpoint checkpoints work works')
/** Sharing, in the forms a ban takes: "never published", "must not be made available", "don't share". */
const SHARE = words(
  'share shared publish published distribute distributed release released pass passed give given',
  'hand handed upload uploaded disclose disclosed made available'
)
/** Kept inside: "may be used internally only", "kept within your organisation". */
const INTERNALLY = words('internally')
const KEPT = words('kept stay stays remain remains')
const CIRCLE = words('organisation organization company team premises institution lab')
const WITHIN = words('within inside')
const CONDITIONAL = words('where if unless save except when')
const HEDGE = words('will would might intend intends hope expect')

/** A result of changing the model at p: a noun for it, a participle before a thing, or "the result(ing)"
 * after an act of changing earlier in the sentence. */
function resultAt(s: Sentence, p: number, acts: readonly number[]): boolean {
  const w = s.tokens[p]!.w
  if (CHANGED.has(w)) return THING.has(s.tokens[p + 1]?.w ?? '')
  if (!RESULT.has(w)) return false
  if (w === 'result' || w === 'resulting') return acts.some(a => a < p)
  return true
}

/** "anything you adapt from them": what the licensee makes, named by its making. */
const WHATEVER = words('anything whatever everything')
const MAKING = words('adapt modify alter fine retrain merge derive build make')
function madeByTheLicensee(s: Sentence, p: number): boolean {
  return WHATEVER.has(s.tokens[p]!.w) && s.tokens[p + 1]?.w === 'you' && MAKING.has(s.tokens[p + 2]?.w ?? '')
}

/** Sharing as a noun before "of" and the result: "redistribution of fine-tunes", then a ban. */
const SHARING = words('redistribution distribution publication publishing sharing release releasing')
function sharingBanned(s: Sentence, p: number): boolean {
  const of = s.tokens[p - 1]?.w === 'of' ? p - 1 : s.tokens[p - 2]?.w === 'of' ? p - 2 : -1
  if (of < 0 || !SHARING.has(s.tokens[of - 1]?.w ?? '')) return false
  return bannedAfter(s, p, 6) >= 0
}

/**
 * Adapted versions kept back: "the resulting weights are kept within your organisation and never
 * published", "any adaptation of them may be used internally only", "fine-tune privately, but don't
 * publish the result". The position of the result, or -1.
 */
function adaptedKeptBack(s: Sentence, text: string, acts: readonly number[]): number {
  for (let p = s.body; p < s.tokens.length; p++) {
    // "Save where the Derivative is used solely internally, …": a condition, no ban
    // ("only if the resulting weights are kept within …" conditions the permission: it restricts)
    const c = nearWords(s, p, 4, 0, CONDITIONAL)
    // "While you might intend that such modifications will never be distributed, …": a forecast
    if (nearWords(s, p, 8, 8, HEDGE) >= 0) continue
    const result = resultAt(s, p, acts) || madeByTheLicensee(s, p)
    if (!result || (c >= 0 && s.tokens[c - 1]?.w !== 'only')) continue
    // "Redistribution of fine-tunes is not permitted": sharing it, named as a noun, is banned
    if (sharingBanned(s, p)) return p
    // a ban on sharing it, after it ("never published") or before it ("don't publish the result"),
    // within its own clause ("… may be used privately but may not be published")
    for (let k = Math.max(s.body, p - 4); k <= Math.min(s.tokens.length - 1, p + 16); k++) {
      if (k > p && text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s).includes(';')) break
      if (k === p) continue
      const w = s.tokens[k]!.w
      if (SHARE.has(w) && negatedBefore(s, k, 4) >= 0 && !hasAny(s, NOT_OBJECTS) && !qualifiedRelease(s, k)) {
        if (k < p && text.slice(s.tokens[k]!.e, s.tokens[p]!.s).includes(',')) continue
        return p
      }
      if (k < p) continue
      // "used internally only", "kept within your organisation"
      if (INTERNALLY.has(w) && nearWords(s, k, 2, 2, ONLY) >= 0) return p
      if (KEPT.has(w) && nearWords(s, k, 0, 2, WITHIN) >= 0 && nearWords(s, k, 0, 6, CIRCLE) >= 0) return p
    }
  }
  return -1
}

/** "No — …", "No, …": the opening "no" answers a question; it is no determiner of the act. */
function answerNo(s: Sentence, text: string): boolean {
  const no = s.tokens[s.body]!
  const next = s.tokens[s.body + 1]
  return next !== undefined && /[\u2014\u2013,:;.!]|--/.test(text.slice(no.e, next.s))
}

/** "No-derivatives?" asks; "The no-derivatives condition … has been withdrawn" lifts it. */
const WITHDRAWN = words('withdrawn lifted removed dropped repealed abolished rescinded deleted')
function askedOrLifted(s: Sentence, name: number, text: string): boolean {
  const last = s.tokens[s.tokens.length - 1]!
  if (text.slice(last.e, last.e + 2).includes('?')) return true
  const w = nearWords(s, name, 0, 8, WITHDRAWN)
  return w >= 0 && BEEN.has(s.tokens[w - 1]?.w ?? '')
}
const BEEN = words('been is are was were')

/** Leave asked for after a carve-out: "except as approved in the Research Plan", "save with the prior
 * written consent of the Licensor". The act stays banned without that leave. */
const LEAVE = words('approved approval consent permission authorised authorized agreed')
function byLeave(s: Sentence, from: number): boolean {
  return nearWords(s, from - 1, 0, 5, LEAVE) >= 0
}

/**
 * "shall not, save with the prior written consent of the Licensor, make any adaptation": the ban and
 * its act parted by a carve-out for leave. The negation stands before the carve-out, the act after it.
 */
const LEAVE_OPENS = words('save except unless without')
function banLeftForLeave(s: Sentence, p: number, text: string): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 14); k--) {
    if (!LEAVE_OPENS.has(s.tokens[k]!.w) || nearWords(s, k, 0, 6, LEAVE) < 0) continue
    const ban = negatedBefore(s, k, 3)
    return ban >= 0 && text.slice(s.tokens[ban]!.e, s.tokens[k]!.s).includes(',')
  }
  return false
}

/** "In no event shall …": the ban of a drafting style; the licensee's act, not the licensor's
 * liability ("In no event shall the Licensor be liable" is a disclaimer). */
const BE_WORD = words('be')
const DISCLAIMING = words('licensor licensors liable liability responsible damages we')
function inNoEvent(s: Sentence, p: number): boolean {
  for (const e of positions(s, 'event')) {
    if (s.tokens[e - 1]?.w !== 'no' || s.tokens[e - 2]?.w !== 'in' || e > p || p - e > 12) continue
    if (s.tokens[e + 1]?.w !== 'shall') continue
    for (let k = e + 1; k < p; k++) if (DISCLAIMING.has(s.tokens[k]!.w)) return false
    // an active act ("… be permitted to fine-tune"), or a changed thing that is then "be distributed"
    if (isVerb(s.tokens[p]!.w) || ACTS.all(s).includes(p)) return true
    const be = nearWords(s, p, 0, 8, BE_WORD)
    return be >= 0 && BANNED_ACT.has(s.tokens[be + 1]?.w ?? '')
  }
  return false
}

/** "None of the following may be made from the Model: (item)": every item is banned. */
function noneOfTheFollowing(s: Sentence, p: number): boolean {
  if (s.tokens[s.body]?.w !== 'none' || s.tokens[s.body + 1]?.w !== 'of') return false
  const m = nearWords(s, s.body, 0, 6, MODAL_BAN)
  return m >= 0 && m < p && s.tokens[m + 1]?.w === 'be' && BANNED_ACT.has(s.tokens[m + 2]?.w ?? '')
}

/** "does not allow any changes", "does not permit modification": the licence's grant denied. */
const MAY = words('may')
const GRANTOR = words('licence license agreement terms')
function grantDeniedBefore(s: Sentence, p: number): boolean {
  for (let k = p - 1; k >= Math.max(s.body, p - 4); k--) {
    if (!LETS.has(s.tokens[k]!.w) || !isNegationAt(s, k - 1)) continue
    return nearWords(s, k, 4, 0, GRANTOR) >= 0
  }
  return false
}

/** "Only if the Licensor has approved … may the Licensee further train the Model": the act allowed
 * only with leave. */
function onlyWithLeave(s: Sentence, p: number): boolean {
  // at the start, or after the "you must ensure that" a condition before its grant is restated with
  let only = -1
  for (let k = s.body; k <= s.body + 4 && k < s.tokens.length; k++)
    if (s.tokens[k]!.w === 'only' && CONDITIONAL.has(s.tokens[k + 1]?.w ?? '')) {
      only = k
      break
    }
  if (only < 0) return false
  const leave = nearWords(s, only, 0, 10, LEAVE)
  const may = nearWords(s, p, 6, 0, MAY)
  return leave >= 0 && may > leave
}

export default defineClause({
  type: 'no-derivatives',
  restrictive: true,
  label: 'forbids modified versions',
  noun: 'a ban on modified versions',
  meta: {
    id: 'license/derivatives-allowed',
    title: 'Modified versions allowed',
    framework: 'OSD §3 (derived works); OSAID 1.0 — freedom to modify',
    severity: BLOCKER_SEVERITY,
    docs: docsUrl('license/derivatives-allowed')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    const text = ctx.doc.text
    if (listsLicenceElements(s)) return -1
    const name = NAMES.first(s)
    if (name >= 0 && !askedOrLifted(s, name, text)) return name
    // `allow_derivatives: false`, `modifications: "not permitted"`: the field's key names the act
    const field = fieldOf(text, s)
    if (field && keyNames(field.key, KEY_ACTS) && valueDenies(s, field.value)) return field.value
    const adapted = findSeq(s, ['adapted', 'material'])
    if (adapted.length > 0 && ADAPTED_NO_PERMISSION.in(s)) return adapted[0]!
    // one scan for the acts; most sentences have none and no derivative or "as is" either
    const found = [...allOf(s, ACT_WORDS), ...ACTS.all(s)]
    // "derived checkpoints", "derived models": a derivative named by its participle
    const derivatives = [
      ...allOf(s, DERIVATIVE),
      ...allOf(s, DERIVED_PARTICIPLE).filter(d => MADE_THING.has(s.tokens[d + 1]?.w ?? ''))
    ].sort((a, b) => a - b)
    const asIs = AS_IS.first(s)
    if (
      found.length === 0 &&
      derivatives.length === 0 &&
      asIs < 0 &&
      !DERIVATIVE_ZH.in(s) &&
      !hasAny(s, BASED) &&
      !hasAny(s, CHANGED) &&
      !hasAny(s, WHATEVER)
    )
      return -1
    // "… except as expressly provided" after the act scopes it (GPL); "Unless permitted by a separate
    // licence, you shall not …" before it, or "provided that no adapted version is published", bans
    const firstAct = Math.min(...found, ...derivatives, asIs >= 0 ? asIs : Infinity)
    // "must not distort, mutilate, modify … prejudicial to the author's honour": moral rights
    if (DISCLAIMED.in(s) || hasAny(s, MORAL)) return -1
    if (
      CARVED.matches(s).some(
        c => c.at > firstAct && !banningProviso(s, c.at + c.len) && !byLeave(s, c.at + c.len)
      )
    )
      return -1
    // "The Licensor shall not remotely alter … any copy": the licensor's promise, no ban on the licensee
    if (licensorPromises(s)) return -1
    // an informal Chinese ban opening the sentence speaks to the licensee: 别魔改
    // and so does one right before the act (只能原样使用，别魔改)
    const subject =
      hasAny(s, SUBJECT) ||
      SUBJECT_ZH.in(s) ||
      BAN_OPENS_ZH.first(s) === s.body ||
      found.some(p => !english(s, p) && nearPhrase(s, p, 4, 0, BAN_OPENS_ZH) >= 0)
    const weak = subject || hasAny(s, WEAK_SUBJECT)
    // "use any Output to train, fine-tune or distil another model": the outputs are used, not the model
    const outputs = allOf(s, OUTPUT).filter(o => s.tokens[o]!.w.length > 1)
    const acts = found.filter(
      p => !aboutTheText(s, p, text) && !outputs.some(o => o < p && p - o <= 12 && !freshSubject(s, o, p))
    )
    // "You must not call your modified version X", "Modified versions may not be distributed under
    // the name X": the ban is on a name; the modified version is only what is named
    const naming = hasAny(s, NAMING) || NAMING_ZH.in(s)
    const sanctioned = sanctionedAct(s, found)
    if (sanctioned >= 0) return sanctioned
    for (const p of acts.sort((a, b) => a - b)) {
      if (anotherModel(s, p) || licensedUnder(s, p) || namesTheProduct(s, p) || describesForm(s, p)) continue
      // "without it you hold no permission to change …": the consequence of not accepting the licence
      if (withoutIt(s, p)) continue
      // "change the tokenizer", "changes to the Model"; not "do not change the language"
      // ("This does not change if they pay you for it": the thing is no object of the change)
      if (CHANGE.has(s.tokens[p]!.w) && nearWords(s, p, 2, 3, CHANGED_THING) < 0) continue
      // "derive a new model from it", not "derive financial gain from it"
      if (
        s.tokens[p]!.w === 'derive' &&
        nearWords(s, p, 0, 3, MADE_THING) < 0 &&
        nearWords(s, p, 0, 3, AI_MODEL) < 0
      )
        continue
      if (FORK.has(s.tokens[p]!.w) && !forkBanned(s, p)) continue
      if (naming && !ACTIVE.has(s.tokens[p]!.w) && !ALTERING.has(s.tokens[p]!.w)) continue
      // "No fine-tuning", "- No LoRA adapters", "No forks, no fine-tunes": a verbless ban on the act
      // ("No fine-tuning, no redistribution, and no use by …": each item a short "no X")
      // ("No — adapting the model is expressly allowed": an answer, its "no" set off by a dash)
      if (
        s.tokens[s.body]!.w === 'no' &&
        nearWords(s, p, 2, 0, NO) >= 0 &&
        !answerNo(s, text) &&
        (s.tokens.length - s.body <= 10 || shortItem(s, p, text))
      )
        return p
      // "no modified version may be distributed": the act's result denied as the subject
      if (noneMayBe(s, p)) return p
      // "In no event shall the Licensee be permitted to fine-tune the Model"
      if (english(s, p) && inNoEvent(s, p)) return p
      // "None of the following may be made from the Model: … merged checkpoints"
      if (noneOfTheFollowing(s, p)) return p
      // "This licence does not allow any changes to the Software": the grant denied before the act
      if (english(s, p) && grantDeniedBefore(s, p)) return p
      // "Only if the Licensor has approved the training plan may the Licensee further train the Model"
      if (english(s, p) && onlyWithLeave(s, p)) return p
      // "Remixing the weights … is not something this licence lets you do"
      if (english(s, p) && gerundSubject(s, p) && !ACTIVE.has(s.tokens[p]!.w) && notLetAfter(s, p)) return p
      // "Modification is prohibited", "Fine-tuning is not allowed", "Translating or adapting the
      // Software is prohibited": the acts open the sentence and a ban follows them
      if (english(s, p) && gerundSubject(s, p) && passiveBan(s, p, 30) >= 0 && !ACTIVE.has(s.tokens[p]!.w))
        return p
      // "Adapted Material" is a defined noun; only "not have permission … Adapted Material" bans it
      if (adapted.includes(p) || scopedAfter(s, p, text)) continue
      // "No right to create adaptations is granted under this Licence": the subject is the grant
      if (rightDenied(s, p)) return p
      if (subject && (banned(s, p, text) || banLeftForLeave(s, p, text))) return p
      // "Further training of the Model … requires Brinmoor's prior written consent"
      if (subject && english(s, p) && !isVerb(s.tokens[p]!.w) && consentRequired(s, p, text)) return p
      // English passives only: a Chinese obligation (须) after the act is no ban
      if (
        weak &&
        english(s, p) &&
        !isVerb(s.tokens[p]!.w) &&
        !hasAny(s, NOT_OBJECTS) &&
        passiveBan(s, p) >= 0
      )
        return p
      // "Translating the Model … or adapting it … requires our prior written consent": gerunds as
      // the subject of the ban, from the sentence's start
      if (subject && ALTERING.has(s.tokens[p]!.w) && gerundSubject(s, p) && passiveBan(s, p, 30) >= 0)
        return p
    }
    // "shall not produce any work that is based on, or incorporates any parameter of, the Model"
    const based = subject ? workBasedOn(s) : -1
    if (based >= 0) return based
    const kept = naming ? -1 : adaptedKeptBack(s, text, acts)
    if (kept >= 0) return kept
    const zh = naming ? -1 : chineseDerivative(s)
    if (zh >= 0) return zh
    // "The Software shall be used in unmodified form": whatever is used, it must be used unchanged
    for (const a of asIs >= 0 ? AS_IS.all(s) : [])
      if (findSeq(s, ['be', 'used']).some(q => q < a && a - q <= 4) && nearWords(s, a, 8, 0, MUST) >= 0)
        return a
    // "Derivative Works may be created but must not be made available": the derivative is the subject
    const derivativeSubject = derivatives.some(d => d - s.body <= 1)
    if (!subject && !derivativeSubject) return -1
    // "with or without modification" allows both
    // every "as is" / "unaltered" of the sentence: "provided as-is and are to be used unaltered"
    for (const a of asIs >= 0 ? AS_IS.all(s) : []) {
      const either = s.tokens[a - 1]?.w === 'or' && s.tokens[a - 2]?.w === 'with'
      // "are to be used unaltered": an obligation in three words
      const toBe = findSeq(s, ['to', 'be']).some(t => t < a && a - t <= 4)
      const reference = s.tokens[a]!.w === 'as' && REFERENCE_AFTER.has(s.tokens[a + 2]?.w ?? '')
      if (either || reference || s.tokens[a]!.w === 'original') continue
      if (nearWords(s, a, 12, 8, MUST) >= 0 || toBe) return a
    }
    // "No derivative models may be published": "no" opens the subject, a modal follows
    if (s.tokens[s.body]?.w === 'no') {
      const d = derivatives.find(p => p - s.body <= 2)
      const m = d === undefined ? -1 : nearWords(s, d, 0, 4, MODAL_BAN)
      if (
        d !== undefined &&
        m >= 0 &&
        s.tokens[m + 1]?.w === 'be' &&
        BANNED_ACT.has(s.tokens[m + 2]?.w ?? '') &&
        !qualifiedRelease(s, m)
      )
        return d
    }
    // "You may not create, train or release derivative models"; "Derivative models may not be created"
    for (const p of derivatives) {
      // "release a Derivative under a name that omits …": the name is what is banned
      if (scopedAfter(s, p) || (naming && nearWords(s, p, 0, 6, NAMING) >= 0)) continue
      const v = nearWords(s, p, 5, 0, MAKE)
      if (v >= 0 && negated(s, v)) return v
      // "Derivative works: don't make them"; "… acquires no right to prepare them"
      const after = nearWords(s, p, 0, 6, MAKE)
      if (after >= 0 && (negated(s, after) || nearWords(s, after, 4, 0, NO) >= 0)) return after
      // "Derivative Works may be prepared solely by the Licensor": reserved to the licensor
      if (reservedToLicensor(s, p)) return p
      // "Derivative models may not be created from these weights"; "Derivative works are prohibited"
      const m = passiveBan(s, p)
      // "may not be released under terms that …", "… under a name that omits X", "… free of the use
      // restrictions": the terms or the name it goes out under, not a ban on the derivative
      if (m >= 0 && qualifiedRelease(s, m)) continue
      if (m >= 0 && (m - p <= 4 || MODAL_BAN.has(s.tokens[m]!.w))) return p
    }
    return -1
  },
  examples: {
    detected: ['You must not alter, retrain or fine-tune the weights.', 'Released under CC BY-NC-ND 4.0.'],
    notDetected: [
      'You may modify the model and share your changes.',
      'You may not remove or alter any copyright notices.'
    ]
  }
})
