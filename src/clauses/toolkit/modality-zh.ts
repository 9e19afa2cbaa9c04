// Informal Chinese modality, read as the formal words the detectors know. Plain-language licences
// say 别改模型 ("don't modify the model"), 不要上传 ("do not upload"), 就得写明 ("then you have to
// state"), 要标注 ("must mark"), 商用请联系我们 ("for commercial use, contact us"): restated as
// 不得 (may not) and 须 (must). Only the word's token changes; its offsets stay, so quotes are the
// text as written. Each rule looks at the characters beside the word, so compounds keep their
// meaning: 别人 (others), 特别 (especially), 需要 (need), 重要 (important), 获得 (obtain), 不要求.
import { reworded, said, type Restater } from './restate.js'
import type { Doc, Sentence } from './sentences.js'
import { words } from './query.js'
import type { Token } from './tokens.js'

/** 别 is "other" or part of a word before these (别人, 别的, 别处) and after these (特别, 区别, 识别). */
const BIE_NOUN_AFTER = words('人 的 处 名 称 家 样 墅 针 号 致')
const BIE_WORD_BEFORE = words('特 区 类 分 个 识 告 辨 级 派 性 差 鉴 判 甄 离 送 道 惜 级 职 国 门 性 决 作')
/** 要 in a compound (需要, 重要, 主要, 只要, 要求, 要么, 要点 …), not "must". */
const YAO_WORD_BEFORE = words(
  '需 重 主 只 想 必 摘 概 纲 紧 首 简 扼 索 将 快 显 次 政 纪 提 机 险 精 还 总 若 如 就 为'
)
const YAO_WORD_AFTER = words('求 么 是 点 素 件 约 闻 害 塞 职 案 领 旨 务 员 不 紧 挟')
/** 得 as "have to" follows these (就得, 也得, 都得, 还得); elsewhere it is 获得, 取得, 得到, 使得 … */
const DEI_AFTER = words('就 也 都 还 则 总 先 必 您 你 们')
/** The last character of a party's name: 许可方, 授权人, 使用者, 本公司. */
const PARTY_END = words('方 人 者 司')
const DEI_NOT_BEFORE = words('到 以 知 出 分 益 奖 利 失 当 体 罪 手 意 力 悉 很 好 太 多')
/** 请 before an act of asking leave: 请联系 (contact), 请先 (first), 请申请, 请购买, 请取得. */
const QING_LEAVE = words('联 与 向 先 申 购 取 获 另')

/** The statement's word for a token, given its neighbours (undefined: unchanged). */
function formal(prev: string, w: string, next: string, opens: boolean): string[] | undefined {
  // 得 opening a clause ("月活过了五十万，得先找我们拿授权"): "have to"
  if (w === '得' && opens && !DEI_NOT_BEFORE.has(next)) return ['须']
  if (w === '别' && !BIE_NOUN_AFTER.has(next) && !BIE_WORD_BEFORE.has(prev)) return ['不', '得']
  if (w === '要' && prev === '不' && next !== '求') return ['得']
  if (w === '要' && prev !== '不' && !YAO_WORD_BEFORE.has(prev) && !YAO_WORD_AFTER.has(next)) return ['须']
  // 就要 as "then must" (就要在界面上写明), not 就要求
  if (w === '要' && prev === '就' && !YAO_WORD_AFTER.has(next)) return ['须']
  if (w === '得' && DEI_AFTER.has(prev) && !DEI_NOT_BEFORE.has(next)) return ['须']
  // formal and traditional 得 after a party: "may" (授權方得透過遠端更新停用…); 不得 stays "may not"
  if (w === '得' && PARTY_END.has(prev) && !DEI_NOT_BEFORE.has(next)) return ['可']
  if (w === '请' && QING_LEAVE.has(next)) return ['须']
  return undefined
}

const TRIGGERS = words('别 要 得 请')

function restated(s: Sentence, text: string): Sentence {
  const out: Token[] = []
  let changed = false
  s.tokens.forEach((t, k) => {
    const prev = s.tokens[k - 1]
    // the word opens its clause: nothing but punctuation since the last word
    const opens = prev === undefined || (prev.e < t.s && text.slice(prev.e, t.s).trim().length > 0)
    const as = TRIGGERS.has(t.w) ? formal(prev?.w ?? '', t.w, s.tokens[k + 1]?.w ?? '', opens) : undefined
    if (!as) {
      out.push(t)
      return
    }
    changed = true
    for (const w of as) out.push({ ...said(w, t.s), e: t.e })
  })
  return changed ? reworded(s, out) : s
}

export const chineseModality: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] =>
  sentences.map(s => (s.tokens.some(t => TRIGGERS.has(t.w)) ? restated(s, doc.text) : s))
