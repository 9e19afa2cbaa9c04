// Negative contractions read as their full words: "isn't" is "is not", "can't" is "cannot", "don't"
// is "do not". The tokenizer splits "isn't" into "isn" and "t"; phrases such as "is not allowed"
// would otherwise miss "isn't allowed". The text keeps its own characters.
import { reworded, type Restater } from './restate.js'
import type { Doc, Sentence } from './sentences.js'
import type { Token } from './tokens.js'

const FULL: Readonly<Record<string, string[]>> = {
  isn: ['is', 'not'],
  aren: ['are', 'not'],
  wasn: ['was', 'not'],
  weren: ['were', 'not'],
  don: ['do', 'not'],
  doesn: ['does', 'not'],
  didn: ['did', 'not'],
  can: ['cannot'],
  won: ['will', 'not'],
  wouldn: ['would', 'not'],
  shouldn: ['should', 'not'],
  mustn: ['must', 'not'],
  shan: ['shall', 'not'],
  couldn: ['could', 'not']
}
const APOSTROPHES = new Set(["'", '\u2019'])

export const contractions: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] =>
  sentences.map(s => {
    let out: Token[] | null = null
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k]!
      const next = s.tokens[k + 1]
      const full = FULL[t.w]
      if (full && next?.w === 't' && next.s === t.e + 1 && APOSTROPHES.has(doc.text[t.e] ?? '')) {
        out ??= s.tokens.slice(0, k)
        for (const w of full) out.push({ w, s: t.s, e: next.e })
        k++
      } else if (out) out.push(t)
    }
    return out ? reworded(s, out) : s
  })
