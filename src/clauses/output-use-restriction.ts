// What outputs may be used for. Frame: the thing is the model's output (outputs, content generated
// or produced by it, 生成内容); the act is building another model (train, improve, develop,
// distil, feed into) under a prohibition; or the outputs stay bound by the licence's restrictions
// ("no use of the output can contravene …", "Outputs are subject to the restrictions"), or
// distillation is treated as making a derivative. Not: "may use outputs for any purpose".
import { FOUND, RESTRICTIVE_SEVERITY, defineClause, type DetectContext } from './clause.js'
import { AI_MODEL, GENERATED, TRAIN } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'
import {
  bannedAfter,
  isNegationAt,
  negatedBefore,
  prohibits,
  sentenceHasNegation
} from './toolkit/negation.js'
import { tableHeader } from './toolkit/table-header.js'
import { noneOf, outputRefs } from './toolkit/outputs.js'
import { isHan } from './toolkit/tokens.js'
import { definesTerm } from './toolkit/definition.js'
import type { Sentence } from './toolkit/sentences.js'

const BOUND = phrases(
  'subject to the restrictions, subject to the same restrictions',
  'subject to the use restrictions, subject to the terms, contravene, contravenes',
  'in violation of, in breach of, subject to the prohibitions, remain subject to'
)
const DERIVATIVE = words('derivative derivatives')
/** What may be done with outputs: use, sell, publish, license. */
const USE_OF = words(
  'use used using sell sold publish published licensed licenced distribute distributed redistribute',
  'redistributed republish republished',
  'share shared commercialise commercialize exploit resell resold resale rent rented lease leased',
  'sublicense sublicensed sublicence sublicenced exploited',
  // kept, fed, gathered or passed on: "shall not be retained", "may not be stored", "harvest", "syndicated"
  'employ employed stored store retained retain fed feed harvest harvested scrape scraped scraping',
  'syndicate syndicated submitted seed seeded offered',
  // "may not be presented as investment advice", "no output may be placed in a patient's record"
  'presented represented placed entered inserted'
)
/** What outputs may not serve: a rival product ("a product that competes with the Licensor's"). */
const COMPETE = words('compete competes competing rival rivals competitor competitors')
/** Training material built from outputs: "a training corpus", "training data". */
const TRAINING_SET = words('corpus corpora dataset datasets data material materials set')
const ONLY = words('only solely exclusively')
const USE_ZH = phrases('用于, 使用, 违反, 利用, 转售, 出售, 售卖, 对外提供')
const ONLY_ZH = phrases('仅, 只, 限于')
const DISTIL_ZH = phrases('蒸馏')
const DERIVATIVE_ZH = phrases('衍生')
/** Marking outputs as machine-made: a duty that limits how they may be used. */
const LABEL = words(
  'label labelled labeled labelling labeling mark marked watermark watermarked disclose identify',
  'identified disclosed flagged tagged indicated indication'
)
/** Passing outputs off as human work: "You shall not represent Output as human-generated". */
const REPRESENT = words('represent represents present presents presenting pass passing claim portray')
const HUMAN = words('human humans person people manually')
/** Marks of machine origin on outputs: watermarks, provenance metadata, C2PA manifests. */
const MARK = words('watermark watermarks provenance metadata c2pa manifest manifests label labels')
/** Taking such a mark off: "must not remove, obscure or alter", "may not strip". */
const UNMARK = words('remove removing strip stripping obscure obscuring alter altering tamper erase')
/** Words carving an act out of a use that is otherwise allowed: "any lawful purpose except to train". */
const CARVED_OUT = words('except excluding save')
const MUST = words('must shall required obliged 须 应')
/** "provided each one carries a visible label": a condition of the use. */
const PROVIDED = words('provided')
/** Training named as a use: "for training", not "for building a product". */
const TRAINING_NOUN = words('training finetuning tuning distillation distilling')
const DISTIL = words('distill distil distillation distilling distilled')
/** Chinese frame: 不得 … 训练/改进/开发 … 其他模型, with what the model produces (输出, 生成, 数据). */
const TRAIN_ZH = phrases('训练, 改进, 开发, 优化, 提升, 微调, 构建')
const OTHER_MODEL_ZH = phrases(
  '其他模型, 其它模型, 其他人工智能, 其他大模型, 其他大语言模型, 其他语言模型, 其他机器学习模型',
  '其他ai, 竞争模型, 竞品模型, 第三方模型, 另一模型, 其他的模型, 任何模型, 别家的模型, 别家模型',
  '他人的模型, 别人的模型, 其他公司的模型, 别的模型'
)
const PRODUCED_ZH = phrases('输出, 生成, 内容, 数据, 结果')
/** "“模型衍生品”是指…": a definition restricts nothing. */
const DEFINES_ZH = phrases('是指, 指的是, 系指')

/** "不得使用本模型生成的内容训练其他模型", "不得用于（三）训练其他模型所需的数据生成". */
function chineseTraining(s: Sentence): number {
  if (!PRODUCED_ZH.in(s) || DEFINES_ZH.in(s)) return -1
  for (const t of TRAIN_ZH.all(s)) {
    if (nearPhrase(s, t, 0, 12, OTHER_MODEL_ZH) < 0) continue
    if (negatedBefore(s, t, 40) >= 0) return t
  }
  return -1
}
/** Chinese verbs of using what was produced: 用, 拿去, 卖, 训练, 发布 … (right after a negation: 不能拿去卖). */
const USE_VERB_ZH = phrases('用, 拿, 卖, 售, 训练, 做, 发布, 传播, 商用, 分发, 提供, 出租, 转让')
/** Marking outputs as machine-made, in Chinese: 标注, 标明, 注明, 水印. */
const LABEL_ZH = phrases('标注, 标明, 标识, 注明, 水印, 标记, 标示')
const MUST_ZH = phrases('须, 应, 必须, 应当, 需要, 要')
/** Most words from the outputs to the use after them that a limit falls on. */
const USE_AFTER = 18
/** A conjunction that opens a new clause with its own modal: "… for medical use and may produce …". */
const CONJUNCTION = words('and or but while whereas')
const MODAL = words('may might can could will would shall should must')

/** "no output", "neither the Model nor any content it generates", "nothing the Model produces": the
 * outputs denied, the use after them in the passive ("may be placed", "be used"). */
const DENIED_THING = words('no neither nor nothing none')
function thingDenied(s: Sentence, p: number, u: number): boolean {
  if (u <= p || !BE.has(s.tokens[u - 1]?.w ?? '')) return false
  for (let k = p - 1; k >= Math.max(s.body, p - 4); k--) if (DENIED_THING.has(s.tokens[k]!.w)) return true
  return false
}
const BE = words('be')
/** Words before the outputs that leave them the sentence's subject: "Any text produced …". */
const SUBJECT_LEAD = words('any all the such every each generated')
/** Most words from outputs named as the subject to a passive use that continues their clause. */
const SUBJECT_USE_AFTER = 30

/**
 * "Completions returned by the Service are licensed for internal purposes only and shall not be
 * resold": the outputs open the sentence, and a clause with no subject of its own ("and shall not be
 * resold") continues theirs. True when the use at u is such a continuation's passive verb.
 */
/** Only words that lead a subject stand before the outputs at p ("Any text produced …", "Summaries
 * generated by the Model": a noun right before a participle that names the outputs). */
function opensSentence(s: Sentence, p: number): boolean {
  const participle = GENERATED.has(s.tokens[p]!.w)
  for (let k = s.body; k < p; k++)
    if (!SUBJECT_LEAD.has(s.tokens[k]!.w) && !(participle && k === p - 1)) return false
  return true
}

function subjectContinues(s: Sentence, p: number, u: number): boolean {
  if (u <= p || !opensSentence(s, p)) return false
  for (let k = p + 1; k < u; k++) {
    if (!CONJUNCTION.has(s.tokens[k]!.w) || !MODAL.has(s.tokens[k + 1]?.w ?? '')) continue
    // "and shall not be resold", "and may not be offered"
    let j = k + 2
    if (isNegationAt(s, j)) j++
    return s.tokens[j]?.w === 'be' && j < u && u - j <= 6
  }
  return false
}

/** "Outputs are for your internal use", "licensed to the Licensee for its internal business purposes
 * only": outputs as the subject, confined to internal use. */
const INTERNAL_VERB = words(
  'are is be shall may licensed furnished provided supplied made available used solely only intended'
)
const POSSESSOR = words('your its their the licensee licensees s recipient customer own')
const INTERNAL = words('internal')
const INTERNAL_USE = words('use uses purposes purpose business operations')
function internalOnly(s: Sentence, p: number): boolean {
  if (!opensSentence(s, p)) return false
  const i = nearWords(s, p, 0, 14, INTERNAL)
  if (i < 0 || !INTERNAL_USE.has(s.tokens[i + 1]?.w ?? '')) return false
  // "for your internal use": "for", then only its possessor
  let f = i - 1
  while (f > p && POSSESSOR.has(s.tokens[f]!.w)) f--
  if (s.tokens[f]?.w !== 'for') return false
  // between the outputs and "for": a verb of being supplied, or what supplies them ("returned by the Service")
  let verb = false
  for (let k = p + 1; k < f; k++) if (INTERNAL_VERB.has(s.tokens[k]!.w)) verb = true
  return verb
}

/** "Text generated by the Model shall be reviewed by a clinician before it is entered into a record":
 * a person must check the outputs before they are used. */
const REVIEWED = words('reviewed approved verified checked validated vetted')
const BEFORE_USE = words('before prior unless until')
function reviewedBeforeUse(s: Sentence, p: number): boolean {
  const r = nearWords(s, p, 0, 12, REVIEWED)
  if (r < 0 || nearWords(s, r, 4, 0, MUST) < 0 || negatedBefore(s, r, 3) >= 0) return false
  return nearWords(s, r, 0, 10, BEFORE_USE) >= 0
}

/** "Benchmark results obtained from the Model may not be published without our approval": a limit on
 * publishing what the model scored. */
const BENCH = words('benchmark benchmarking evaluation performance')
const SCORES = words('results scores numbers figures')
const PUBLISH = words('publish published disclose disclosed share shared release released')
function benchmarkPublicationBanned(s: Sentence): number {
  for (const r of allOf(s, SCORES)) {
    if (!BENCH.has(s.tokens[r - 1]?.w ?? '')) continue
    const u = nearWords(s, r, 4, 10, PUBLISH)
    if (u >= 0 && (negatedBefore(s, u, 5) >= 0 || bannedAfter(s, r, 12) >= 0)) return r
  }
  return -1
}

/** A table header that names outputs: "| Output use |", "| What you do with outputs |", "| 生成内容 |". */
const OUTPUT_HEADER = /\boutputs?\b|\bgenerated\b|生成|输出/
/** "Such content", "these outputs", "them": a sentence that speaks of the outputs the one before it named. */
const ANAPHOR_DET = words('such these those')
const ANAPHOR_NOUN = words(
  'content contents outputs output material materials text texts images results completions responses',
  'generations data answers replies'
)
const PRONOUN = words('them they')
function anaphors(s: Sentence, ctx: DetectContext): number[] {
  const prev = ctx.doc.sentences[ctx.index - 1]
  if (!prev || prev.listItem !== s.listItem || outputRefs(prev).length === 0) return []
  const out: number[] = []
  for (let k = s.body; k < s.tokens.length; k++) {
    const w = s.tokens[k]!.w
    if (PRONOUN.has(w) || (ANAPHOR_NOUN.has(w) && ANAPHOR_DET.has(s.tokens[k - 1]?.w ?? ''))) out.push(k)
  }
  return out
}

/** No "and may", "but can" between a and b: they stand in one clause. */
function oneClause(s: Sentence, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
    if (!CONJUNCTION.has(s.tokens[k]!.w)) continue
    if (MODAL.has(s.tokens[k + 1]?.w ?? '')) return false
    // "… for medical use, and its outputs may be inaccurate": the outputs open a clause of their own
    if (b > a && (MODAL.has(s.tokens[b + 1]?.w ?? '') || MODAL.has(s.tokens[b + 2]?.w ?? ''))) return false
  }
  return true
}

/** 生成的内容不能拿去做竞品: a Chinese negation after the output, then a verb of use. */
function chineseUseBanned(s: Sentence, p: number): boolean {
  for (let k = p + 1; k < Math.min(s.tokens.length, p + 24); k++) {
    if (!isNegationAt(s, k)) continue
    for (const v of USE_VERB_ZH.all(s)) if (v > k && v <= k + 4) return true
  }
  return false
}

/**
 * What a negation may deny instead of a use: rights claimed, ownership, liability ("Google claims no
 * rights in Outputs you generate using Gemma"); 不承担, 不负责, 不保证, 不代表, 不享有 in Chinese.
 */
const CLAIM = words(
  'rights right claim claims ownership title responsibility liability liable warranty warranties',
  'guarantee',
  // "Outputs are not subject to any of the use restrictions": a restriction denied, no use
  'subject'
)
const DISCLAIM_ZH = words('承 负 保 代 享 对')

/** A negation before the use at u that denies the use, not a claim on it. */
function useDenied(s: Sentence, u: number): boolean {
  const k = negatedBefore(s, u, 6)
  if (k < 0) return false
  for (let j = k + 1; j <= Math.min(u - 1, k + 2); j++) if (CLAIM.has(s.tokens[j]!.w)) return false
  return true
}

/** 不承担 / 不负责 / 不保证 / 不代表 at k: the licensor disclaims, nothing is forbidden. */
function disclaimsZh(s: Sentence, k: number): boolean {
  return k >= 0 && DISCLAIM_ZH.has(s.tokens[k + 1]?.w ?? '')
}

/** Words of building (train, develop, feed, compete) within 12 before and 25 after the outputs. */
function trainingActs(s: Sentence, p: number): number[] {
  return allOf(s, TRAIN).filter(t => t >= p - 12 && t <= p + 25)
}

function negatedAround(s: Sentence, p: number): boolean {
  for (let k = Math.min(s.tokens.length - 1, p + 6); k >= Math.max(0, p - 20); k--)
    if (isNegationAt(s, k)) return true
  return false
}

export default defineClause({
  type: 'output-use-restriction',
  restrictive: true,
  label: 'restricts what outputs may be used for',
  noun: 'a restriction on what outputs may be used for',
  meta: {
    id: 'license/no-output-use-restriction',
    title: 'Outputs may be used freely',
    framework: 'OSAID 1.0 — freedom to use and modify, including the output',
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-output-use-restriction')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    // "Such content may not …", "you may not sell them" after a sentence about outputs
    const back = anaphors(s, ctx)
    const refs = (generating = false): number[] =>
      back.length === 0
        ? outputRefs(s, generating)
        : [...outputRefs(s, generating), ...back].sort((a, b) => a - b)
    for (const p of refs(true)) {
      // each act of building near the outputs ("shall not be fed … into the pre-training pipeline of
      // any other large language model": the model may stand far after the first such word)
      for (const t of trainingActs(s, p)) {
        // "… may be shared, but not used as training data for a foundation model": the negation may
        // stand between the outputs and the training
        const negated =
          negatedAround(s, p) ||
          noneOf(s, p) ||
          (t > p && negatedBefore(s, t, t - p) >= 0) ||
          // "The use of generated text to build synthetic training corpora … is prohibited"
          bannedAfter(s, p, 20) >= 0 ||
          // "… other than for assembling training material for another system, which use is not licensed"
          bannedAfter(s, t, 16) >= 0 ||
          // "Outputs may be used for any lawful purpose except to train … another model"
          nearWords(s, t, 4, 0, CARVED_OUT) >= 0
        if (!negated) continue
        // another model, a training set or a rival product is what the outputs may not build
        if (nearWords(s, t, 2, 12, AI_MODEL) >= 0 || TRAINING_SET.has(s.tokens[t + 1]?.w ?? '')) return p
        if (nearWords(s, t, 0, 8, COMPETE) >= 0) return p
        // "outputs for training: not allowed", "Outputs may not be used for training"
        if (t > p && t - p <= 8 && s.tokens[t - 1]?.w === 'for' && TRAINING_NOUN.has(s.tokens[t]!.w)) return p
      }
      // "no use of the Output can contravene …", "Outputs remain subject to the restrictions"
      for (const b of BOUND.all(s))
        if (Math.abs(b - p) <= 20 && (b > p || findSeq(s, ['subject', 'to']).length > 0)) return p
    }
    // outputs as the object of a restricted use: "Outputs may be used only for …", "Generated content
    // may not be sold", "you will not publish outputs without labelling them"
    for (const p of refs()) {
      // each use near the outputs, in the outputs' own clause
      // (after them, room for a participle phrase: "Completions returned by the hosted endpoint may not be resold")
      for (let u = Math.max(0, p - 6); u <= Math.min(s.tokens.length - 1, p + SUBJECT_USE_AFTER); u++) {
        if (u === p || !USE_OF.has(s.tokens[u]!.w)) continue
        if (u - p <= USE_AFTER && oneClause(s, u, p)) {
          if (useDenied(s, u) || nearWords(s, u, 3, 7, ONLY) >= 0 || bannedAfter(s, p, 10) >= 0) return p
          if (thingDenied(s, p, u)) return p
        }
        // "… are licensed for internal purposes only and shall not be resold"
        if (subjectContinues(s, p, u) && useDenied(s, u)) return p
      }
      if (internalOnly(s, p) || reviewedBeforeUse(s, p)) return p
    }
    const bench = benchmarkPublicationBanned(s)
    if (bench >= 0) return bench
    // "| What you do with outputs | Allowed |" over "| Train a rival model | No |": the header names
    // the outputs, the row a use of them denied
    if (OUTPUT_HEADER.test(tableHeader(ctx.doc, s)) && sentenceHasNegation(s)) {
      const act = [...allOf(s, TRAIN), ...allOf(s, USE_OF)].sort((a, b) => a - b)[0]
      if (act !== undefined) return act
    }
    const zh = chineseTraining(s)
    if (zh >= 0) return zh
    for (const p of outputRefs(s)) {
      if (!isHan(s.tokens[p]!.w)) continue
      if (disclaimsZh(s, negatedBefore(s, p, 16))) continue
      if (negatedBefore(s, p, 16) >= 0 || bannedAfter(s, p, 24) >= 0) if (USE_ZH.in(s)) return p
      // 模型输出仅可用于…: outputs limited to a use
      if (nearPhrase(s, p, 0, 6, ONLY_ZH) >= 0 && USE_ZH.in(s)) return p
      if (chineseUseBanned(s, p)) return p
      // 生成的图片在公开发布前，须显著标注“由人工智能生成”: a duty to mark outputs
      for (const l of LABEL_ZH.all(s)) if (l > p && nearPhrase(s, l, 8, 0, MUST_ZH) >= 0) return p
    }
    // distilling the model into another counts as making a derivative, or is forbidden outright
    const d = allOf(s, DISTIL)[0] ?? DISTIL_ZH.first(s)
    // '"Derivative" means any model created by … distilling the Model' restricts nothing; a definition
    // that makes training on the model's outputs or synthetic data a derivative does (OpenRAIL, DeepSeek)
    if (
      d >= 0 &&
      (!definesTerm(s) || outputRefs(s, true).length > 0) &&
      (hasAny(s, DERIVATIVE) || DERIVATIVE_ZH.in(s) || prohibits(s) || negatedBefore(s, d, 16) >= 0)
    )
      return d
    // "Licensee must label every image produced by the Model as AI-generated": a duty on outputs
    for (const p of refs()) {
      // "Images created with X must carry a visible 'AI-generated' label", "shall ensure that every
      // image produced … bears a visible indication", "provided each one carries a label"
      const l = nearWords(s, p, 8, 12, LABEL)
      if (l >= 0 && (nearWords(s, l, 8, 0, MUST) >= 0 || nearWords(s, p, 8, 0, MUST) >= 0)) return p
      if (l >= 0 && nearWords(s, l, 8, 0, PROVIDED) >= 0) return p
      // "not represent Output as human-generated", "pass outputs off as written by a person"
      const r = nearWords(s, p, 4, 0, REPRESENT)
      if (r >= 0 && negatedBefore(s, r, 4) >= 0 && nearWords(s, p, 0, 8, HUMAN) >= 0) return p
      // "must not remove the watermark from generated images": the mark of machine origin kept
      const m = nearWords(s, p, 12, 0, MARK)
      const u = m >= 0 ? nearWords(s, m, 8, 0, UNMARK) : -1
      if (u >= 0 && negatedBefore(s, u, 6) >= 0) return p
    }
    return -1
  },
  examples: {
    detected: [
      'Content generated by it may not be used to create or improve a model.',
      'You shall not feed the responses of the model into the training of any other AI system.',
      'Nothing the Model produces may be used to build a competing model.',
      '使用本模型生成的图片对外发布时，须标注由人工智能生成。'
    ],
    notDetected: [
      'This agreement does not impose any restrictions on outputs.',
      'You may use outputs for any purpose, including training other models.'
    ]
  }
})
