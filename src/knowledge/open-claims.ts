// Finds where a card claims that the model itself is "open source" (the raw material of the
// open-washing rule). A claim needs its object to be this model or release: "X is an open-source
// LLM", "we open-sourced the weights", "released as open source", an `open-source` tag, a model
// name containing "OpenSource". Not claims: honest "open weights" wording, statements about other
// things ("built on open-source libraries", "the open-source community", "compatible with
// open-source tools"), comparisons with other models, base models, and negations.

import type { ParsedCard } from '../card/types.js'
import { cardLines, maskUrls, quoteOf, sentenceBounds, words } from './text-lines.js'

export interface OpenSourceClaim {
  quote: string
  line: number
  source: 'prose' | 'tag' | 'name' | 'metadata'
  /** 'license' when the claim is about the licence ("released under an open-source licence"). */
  about?: 'model' | 'license'
}

const TRIGGER =
  /\bopen[-_ ]?sourc(?:e[ds]?|ing)\b|(?:\b(?:fully|completely|totally|truly|entirely)|100 ?%)[ -]open\b/gi

/** Nouns that make "open-source X" a statement about a model or release. */
const MODEL_NOUNS = new Set([
  'model',
  'models',
  'llm',
  'llms',
  'slm',
  'slms',
  'vlm',
  'vlms',
  'weights',
  'checkpoint',
  'checkpoints',
  'release',
  'releases',
  'version',
  'versions',
  'variant',
  'variants',
  'alternative',
  'alternatives',
  'family',
  'series',
  'chatbot',
  'assistant',
  'moe',
  'network',
  'networks',
  'transformer',
  'gpt',
  'encoder',
  'decoder',
  'embeddings',
  'embedder',
  'reranker',
  'classifier',
  'detector'
])

/** Nouns that make "open-source X" a statement about something else. */
const OTHER_NOUNS = new Set([
  'community',
  'communities',
  'library',
  'libraries',
  'tool',
  'tools',
  'tooling',
  'framework',
  'frameworks',
  'software',
  'ecosystem',
  'dataset',
  'datasets',
  'data',
  'corpus',
  'corpora',
  'benchmark',
  'benchmarks',
  'code',
  'codebase',
  'implementation',
  'implementations',
  'package',
  'packages',
  'repository',
  'repositories',
  'repo',
  'repos',
  'stack',
  'toolkit',
  'toolkits',
  'contribution',
  'contributions',
  'contributors',
  'developers',
  'researchers',
  'projects',
  'movement',
  'platform',
  'platforms',
  'engine',
  'engines',
  'runtime',
  'runtimes',
  'proxy',
  'app',
  'apps',
  'application',
  'applications',
  'server',
  'servers',
  'script',
  'scripts',
  'spirit',
  'principles',
  'world',
  'efforts',
  'tokenizer',
  'leaderboard',
  'leaderboards',
  'harness',
  'evaluation',
  'evaluations',
  'solutions',
  'components',
  'dependencies',
  'inference',
  'pipeline',
  'pipelines',
  'recipes',
  'recipe',
  'notebook',
  'notebooks',
  'demo',
  'paper'
])

const LICENSE_NOUNS = new Set(['license', 'licence', 'licenses', 'licences', 'terms'])

/** Words that end the noun phrase after "open-source". */
const PHRASE_STOPS = new Set([
  'under',
  'with',
  'for',
  'to',
  'in',
  'on',
  'by',
  'from',
  'at',
  'that',
  'which',
  'is',
  'are',
  'was',
  'were',
  'we',
  'it',
  'so',
  'but',
  'because',
  'via',
  'as',
  'of',
  'such',
  'like',
  'including',
  'than',
  'and',
  'or'
])

/** Connectors allowed inside "open-source and open-weight base models". */
const PHRASE_CONNECTORS = new Set(['and', 'or'])

const NEGATIONS = new Set([
  'not',
  "isn't",
  'isn\u2019t',
  "aren't",
  'aren\u2019t',
  'never',
  'no',
  'nor',
  'non',
  'neither',
  "wasn't",
  "don't",
  'cannot'
])

const COMPARE = new Set([
  'outperform',
  'outperforms',
  'outperformed',
  'outperforming',
  'beat',
  'beats',
  'beating',
  'surpass',
  'surpasses',
  'surpassed',
  'surpassing',
  'than',
  'compared',
  'comparing',
  'comparison',
  'versus',
  'vs',
  'rival',
  'rivals',
  'rivaling',
  'rivalling',
  'against',
  'relative',
  'unlike',
  'exceeds',
  'exceed',
  'matches',
  'competitive',
  'competes',
  'compete',
  'trails'
])

const BASED_ON = [
  'based on',
  'built on',
  'built upon',
  'build on',
  'builds on',
  'on top of',
  'fine-tuned from',
  'finetuned from',
  'fine-tuned on',
  'finetuned on',
  'derived from',
  'distilled from',
  'initialized from',
  'initialised from',
  'powered by',
  'uses',
  'using',
  'use ',
  'used',
  'leverag',
  'relies on',
  'rely on',
  'thanks to',
  'trained on',
  'trained with',
  'compatible with',
  'works with',
  'integrat',
  'supported by',
  'run with',
  'runs with'
]

const OTHERS_QUANTIFIERS = new Set([
  'many',
  'most',
  'some',
  'all',
  'several',
  'few',
  'existing',
  'popular',
  'other',
  'these',
  'those',
  'various',
  'numerous',
  'prior',
  'previous',
  'established',
  'similar',
  'comparable',
  'contemporary',
  'top',
  'best'
])

const PREDICATE_CUES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'being',
  'been',
  'as',
  'released',
  'published',
  'distributed',
  'made',
  'fully',
  'completely',
  'entirely',
  'truly',
  'totally',
  '100%',
  'now',
  'also',
  'remains',
  'remain',
  'stays',
  'becomes',
  'become',
  "it's",
  'it\u2019s',
  "we're",
  'available',
  'licensed',
  'provided',
  'shared',
  'offered'
])

const SELF_CUES = new Set([
  'we',
  'our',
  'this',
  'it',
  'its',
  'here',
  'introduce',
  'introducing',
  'introduces',
  'present',
  'presenting',
  'presents',
  'release',
  'releasing',
  'released',
  'releases',
  'launch',
  'launched',
  'launching',
  'announce',
  'announcing',
  'meet',
  'is',
  'are',
  'was',
  'were'
])

type Decision = { claim: boolean; about?: 'license' }

function lastTokens(tokens: Array<{ w: string }>, n: number): string[] {
  return tokens.slice(Math.max(0, tokens.length - n)).map(t => t.w)
}

/** The noun phrase after the trigger, up to a stop word: which kind of thing is "open source"? */
function headKind(post: string): { kind: 'model' | 'other' | 'license' | 'none'; firstWord: string | null } {
  const toks = words(post).slice(0, 7)
  let firstWord: string | null = null
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].w
    if (k === 0) firstWord = w
    if (PHRASE_CONNECTORS.has(w)) continue
    if (MODEL_NOUNS.has(w)) return { kind: 'model', firstWord }
    if (OTHER_NOUNS.has(w)) return { kind: 'other', firstWord }
    if (LICENSE_NOUNS.has(w)) return { kind: 'license', firstWord }
    if (PHRASE_STOPS.has(w)) break
  }
  return { kind: 'none', firstWord }
}

/** Nearest noun before the predicate: is the subject this model, or some other artefact? */
function subjectIsOther(pre: Array<{ w: string }>): boolean {
  for (let k = pre.length - 1; k >= 0 && k >= pre.length - 8; k--) {
    const w = pre[k].w
    if (MODEL_NOUNS.has(w) || w === 'we' || w === 'it' || w === 'everything' || w === 'all') return false
    if (OTHER_NOUNS.has(w)) return true
  }
  return false
}

/** Thanks and credit: "Thanks for open-sourcing!", "we are grateful to X for open-sourcing Y". */
const THANKS =
  /\b(?:thanks?|thank you|grateful|gratitude|kudos|shout-?out|credits? to|acknowledge\w*|appreciat\w*|indebted)\b/i
/** Words that report what someone else said. */
const REPORTED =
  /\b(?:according to|as [\w-]{1,30} (?:puts|put|says|said|writes|wrote|calls|called) it|in the words of)\b/i

/** Whether `at` sits inside quotation marks opened earlier in the sentence. */
function insideQuotes(pre: string): boolean {
  let straight = 0
  let curly = 0
  for (const c of pre) {
    if (c === '"') straight++
    else if (c === '\u201c') curly++
    else if (c === '\u201d') curly = Math.max(0, curly - 1)
  }
  return straight % 2 === 1 || curly > 0
}

function decide(trigger: string, preText: string, postText: string): Decision {
  const t = trigger.toLowerCase()
  const pre = words(preText)
  const preLower = preText.toLowerCase()
  const postLower = postText.toLowerCase()
  // Only claims about this release count: not thanks to others, nor what others said.
  if (THANKS.test(preText) || REPORTED.test(preText) || insideQuotes(preText)) return { claim: false }
  const last4 = lastTokens(pre, 4)
  // "not open source", "isn't fully open-source", "non-open-source".
  if (last4.some(w => NEGATIONS.has(w)) || /non[-_ ]?$/.test(preLower.slice(-5))) return { claim: false }
  if (/^\s*(?:,\s*)?(?:but|yet)\s+not\b/.test(postLower)) return { claim: false }

  const isFullyOpen = !/sourc/.test(t)
  if (isFullyOpen) {
    // "fully open to academic research", "fully open-weight", "fully open-ended".
    if (/^[-_ ]?(?:weights?|ended|to|for|in|access|vocabulary|domain)\b/.test(postLower))
      return { claim: false }
  }
  const isVerb = /sourc(?:ed|ing)$/.test(t) || /sources$/.test(t)
  const compare = pre.some(x => COMPARE.has(x.w))
  const selfAmong = last4.includes('among') || (compare && lastTokens(pre, 3).includes('other'))
  const basedOn = BASED_ON.some(b => preLower.includes(b))

  if (isVerb) {
    // "we open-sourced X": the object decides; "X was open-sourced": the subject decides.
    const objToks = words(postText).slice(0, 6)
    for (const o of objToks) {
      if (
        [
          'the',
          'our',
          'its',
          'their',
          'all',
          'both',
          'a',
          'an',
          'this',
          'these',
          'full',
          'complete',
          'entire'
        ].includes(o.w)
      )
        continue
      if (PHRASE_STOPS.has(o.w)) break
      if (OTHER_NOUNS.has(o.w)) return { claim: false }
      if (MODEL_NOUNS.has(o.w)) break
      // an unknown word: a name ("we open-sourced Foo-7B") or a modifier ("training code")
    }
    const head = headKind(postText)
    if (head.kind === 'other') {
      // "open-sourced the training code" but not "open-sourced Foo-7B and its training code"
      const firstStop = objToks.findIndex(o => PHRASE_STOPS.has(o.w))
      const firstOther = objToks.findIndex(o => OTHER_NOUNS.has(o.w))
      if (firstStop === -1 || firstOther < firstStop) return { claim: false }
    }
    if (compare || basedOn) return { claim: false }
    if (subjectIsOther(pre)) return { claim: false }
    return { claim: true }
  }

  const head = headKind(postText)
  if (head.kind === 'other') return { claim: false }
  if (head.kind === 'model') {
    if (selfAmong) return { claim: true }
    if (compare) return { claim: false }
    // "many open-source models …", but "X is one of the best open-source models" stays a claim
    if (
      lastTokens(pre, 2).some(w => OTHERS_QUANTIFIERS.has(w)) &&
      !pre.some(x => x.w === 'is' || x.w === 'are')
    ) {
      return { claim: false }
    }
    if (basedOn) return { claim: false }
    if (subjectIsOther(pre) && !pre.some(x => SELF_CUES.has(x.w))) return { claim: false }
    if (pre.length <= 4 || pre.some(x => SELF_CUES.has(x.w))) return { claim: true }
    return { claim: false }
  }
  // No noun after it: a predicate ("is open source", "released as open source") or a licence phrase.
  if (head.kind === 'license' || head.kind === 'none') {
    if (compare || basedOn) return { claim: false }
    const cue = lastTokens(pre, 4).some(w => PREDICATE_CUES.has(w)) || isFullyOpen
    const releaseLicense =
      head.kind === 'license' &&
      /\b(?:released|available|distributed|licensed|published|provided|shared|offered)\b/.test(preLower)
    if (!cue && !releaseLicense) {
      // A title-like fragment: "Foo-7B: open source" / "**Open source**: yes".
      if (pre.length <= 3 && head.kind === 'none' && /:\s*$/.test(preText)) return { claim: true }
      return { claim: false }
    }
    if (subjectIsOther(pre)) return { claim: false }
    return head.kind === 'license' ? { claim: true, about: 'license' } : { claim: true }
  }
  return { claim: false }
}

/** Claims in one line of prose. */
export function findClaimsInLine(text: string): Array<{ quote: string; index: number; about?: 'license' }> {
  const out: Array<{ quote: string; index: number; about?: 'license' }> = []
  if (!/open|100/i.test(text)) return out
  const masked = maskUrls(text)
  const seen = new Set<string>()
  TRIGGER.lastIndex = 0
  let m: RegExpExecArray | null
  let count = 0
  while ((m = TRIGGER.exec(masked)) !== null && count < 50) {
    count++
    const at = m.index
    const atEnd = at + m[0].length
    const [s, e] = sentenceBounds(masked, at, atEnd)
    const d = decide(m[0], masked.slice(s, at), masked.slice(atEnd, e))
    if (!d.claim) continue
    const quote = quoteOf(text, s, e, at)
    if (!quote || seen.has(quote)) continue
    seen.add(quote)
    out.push(d.about ? { quote, index: at, about: d.about } : { quote, index: at })
  }
  return out
}

function normalizedTag(t: string): string {
  return t.toLowerCase().replace(/[-_ ]/g, '')
}

function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

function trimNonAlnum(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && !isAlnum(s[a])) a++
  while (b > a && !isAlnum(s[b - 1])) b--
  return s.slice(a, b)
}

/** A name token such as "OpenSource-7B" or "opensource_llm". */
function nameTokens(text: string): string[] {
  const out: string[] = []
  for (const tok of text.split(/\s+/)) {
    const clean = trimNonAlnum(tok)
    const m = /open[-_]?source/i.exec(clean)
    if (!m) continue
    const rest = clean.slice(0, m.index) + clean.slice(m.index + m[0].length)
    if (/[A-Za-z0-9]/.test(rest) || /OpenSource/.test(clean)) out.push(clean)
  }
  return out
}

const SKIP_METADATA = new Set([
  'tags',
  'model_name',
  'model-index',
  'widget',
  'license_link',
  'base_model',
  'datasets',
  'language',
  'pipeline_tag',
  'library_name',
  'inference',
  'metrics',
  'thumbnail',
  'base_model_relation',
  'new_version'
])

/** Claims that the model is open source, with 1-based file lines and verbatim quotes. */
export function findOpenSourceClaims(card: ParsedCard): OpenSourceClaim[] {
  const out: OpenSourceClaim[] = []
  const seen = new Set<string>()
  const push = (c: OpenSourceClaim) => {
    const key = `${c.line}\u0000${c.quote}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(c)
  }
  const lines = cardLines(card)

  // Front matter: tags, names, and free-text metadata values.
  const keyAt = Object.entries(card.metadataLines)
    .filter(([, l]) => typeof l === 'number')
    .sort((a, b) => a[1] - b[1])
  const ownerOf = (line: number): string | null => {
    let owner: string | null = null
    for (const [k, l] of keyAt) {
      if (l <= line) owner = k
      else break
    }
    return owner
  }
  const tags = card.metadata['tags']
  const tagList = Array.isArray(tags) ? tags : typeof tags === 'string' ? [tags] : []
  const fmLines = lines.filter(l => l.inFrontMatter)
  for (const tag of tagList) {
    if (typeof tag !== 'string') continue
    const n = normalizedTag(tag)
    if (!(n.includes('opensource') || n === 'fullyopen' || n === '100%open')) continue
    const from = card.metadataLines['tags'] ?? 1
    const hit = fmLines.find(l => l.line >= from && l.text.includes(tag))
    push({ quote: tag, line: hit?.line ?? from, source: 'tag' })
  }
  for (const l of fmLines) {
    const owner = ownerOf(l.line)
    if (!owner || owner === 'tags' || owner.startsWith('extra_gated')) continue
    if (owner === 'model_name' || owner === 'model-index') {
      if (owner === 'model-index' && !/\bname\s*:/.test(l.text)) continue
      const m = /open[-_ ]?source/i.exec(l.text)
      if (m) {
        const value = l.text
          .slice(l.text.indexOf(':') + 1)
          .trim()
          .replace(/^["']|["']$/g, '')
        push({ quote: value || m[0], line: l.line, source: 'name' })
      }
      continue
    }
    if (owner === 'license' || owner === 'license_name') {
      const m = /open[-_ ]?source[A-Za-z0-9._-]*/i.exec(l.text)
      if (m) push({ quote: m[0], line: l.line, source: 'metadata' })
      continue
    }
    if (SKIP_METADATA.has(owner)) continue
    for (const c of findClaimsInLine(l.text)) push({ quote: c.quote, line: l.line, source: 'metadata' })
  }

  // Body: names in the title, then prose.
  const firstH1 = card.sections.find(s => s.depth === 1)
  for (const l of lines) {
    if (l.inFrontMatter || l.inCode) continue
    if (firstH1 && l.line === firstH1.line) {
      for (const tok of nameTokens(l.text)) push({ quote: tok, line: l.line, source: 'name' })
    }
    for (const c of findClaimsInLine(l.text)) {
      // A bare name token already reported as a name is not also prose.
      if (firstH1 && l.line === firstH1.line && nameTokens(c.quote).length > 0 && !/\s/.test(c.quote.trim()))
        continue
      push(
        c.about
          ? { quote: c.quote, line: l.line, source: 'prose', about: c.about }
          : { quote: c.quote, line: l.line, source: 'prose' }
      )
    }
  }
  return out.sort((a, b) => a.line - b.line)
}
