// Which parts of the OSAID "code" element a repository file or a linked code repository shows:
// training, data processing, inference, model architecture, evaluation, supporting libraries
// and configuration. File classification goes by naming conventions only (no file contents,
// except optionally for config.json); links are classified by the words around them.

import type { ParsedCard } from '../card/types.js'
import { cardLines, maskUrls, quoteOf, sentenceBounds, type CardLine } from './text-lines.js'

export const CODE_KINDS = [
  'training',
  'data-processing',
  'inference',
  'architecture',
  'evaluation',
  'supporting',
  'config'
] as const
export type CodeKind = (typeof CODE_KINDS)[number]

const CODE_EXT = new Set([
  'py',
  'ipynb',
  'sh',
  'bash',
  'zsh',
  'js',
  'mjs',
  'cjs',
  'ts',
  'jl',
  'r',
  'rs',
  'go',
  'c',
  'cc',
  'cpp',
  'cu',
  'cuh',
  'h',
  'hpp',
  'java',
  'scala',
  'kt',
  'lua',
  'rb',
  'pl',
  'swift',
  'slurm',
  'sbatch',
  'mojo'
])
const CONFIG_EXT = new Set(['yaml', 'yml', 'json', 'toml', 'ini', 'cfg', 'gin', 'conf', 'jsonnet'])

const TOKENIZER_FILES = new Set([
  'tokenizer.json',
  'tokenizer.model',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'vocab.json',
  'vocab.txt',
  'merges.txt',
  'added_tokens.json',
  'spiece.model',
  'sentencepiece.model',
  'sentencepiece.bpe.model',
  'chat_template.jinja',
  'chat_template.json',
  'preprocessor_config.json',
  'processor_config.json',
  'feature_extractor_config.json'
])
const SUPPORTING_FILES = new Set([
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'environment.yml',
  'environment.yaml',
  'conda.yaml',
  'conda.yml',
  'pipfile',
  'pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'dockerfile',
  'makefile',
  'cmakelists.txt',
  'cargo.toml',
  'package.json',
  'go.mod'
])

function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  return prefixes.some(p => s.startsWith(p))
}

/** Words of a file stem: "run_train-7b" → ["run", "train", "7b"]. */
function stemWords(stem: string): string[] {
  return stem.split(/[-_.\s]+/).filter(Boolean)
}

const TRAIN_PREFIXES = [
  'train',
  'finetun',
  'fine_tun',
  'fine-tun',
  'pretrain',
  'pre_train',
  'pre-train',
  'sft',
  'dpo',
  'rlhf',
  'ppo',
  'grpo',
  'orpo',
  'trainer',
  'run_clm',
  'run_mlm',
  'run_seq2seq',
  'run_sft',
  'continual_pretrain',
  'axolotl',
  'torchtune',
  'llama_factory',
  'llamafactory'
]
const TRAIN_WORDS = new Set([
  'train',
  'training',
  'finetune',
  'finetuning',
  'pretrain',
  'pretraining',
  'sft',
  'dpo',
  'rlhf',
  'ppo',
  'grpo',
  'trainer',
  'lora',
  'qlora'
])
const DATA_PREFIXES = [
  'preprocess',
  'pre_process',
  'pre-process',
  'prepare_data',
  'prepare_dataset',
  'data_prep',
  'dataprep',
  'prep_data',
  'filter',
  'dedup',
  'deduplicat',
  'tokeni',
  'clean',
  'build_dataset',
  'make_dataset',
  'create_dataset',
  'download_data',
  'process_data',
  'data_process',
  'data_pipeline',
  'shard',
  'crawl',
  'scrape',
  'minhash',
  'decontaminat'
]
const DATA_WORDS = new Set([
  'preprocess',
  'preprocessing',
  'dedup',
  'deduplicate',
  'deduplication',
  'filter',
  'filtering',
  'tokenize',
  'tokenization',
  'tokenise',
  'decontaminate',
  'decontamination',
  'minhash'
])
const INFER_PREFIXES = [
  'inference',
  'infer',
  'generate',
  'generation',
  'serve',
  'server',
  'serving',
  'predict',
  'run_inference',
  'chat',
  'demo',
  'app',
  'handler',
  'sample',
  'sampling',
  'pipeline',
  'cli_demo',
  'web_demo',
  'txt2img',
  'img2img'
]
const EVAL_PREFIXES = [
  'eval',
  'evaluate',
  'evaluation',
  'benchmark',
  'bench_',
  'run_eval',
  'score',
  'metrics',
  'harness'
]

const TRAIN_DIRS =
  /^(?:train|training|finetune|fine_tune|fine-tune|finetuning|pretrain|pretraining|sft|rlhf|recipes?)$/
const DATA_DIRS =
  /^(?:preprocess|preprocessing|data_processing|data-processing|data_prep|dataprep|dedup|deduplication|filtering|tokenization|data_pipeline|data-pipeline)$/
/** Code in data/ or datasets/ prepares data. */
const DATA_CODE_DIRS = /^(?:data|datasets?|data_scripts|data-scripts|corpus)$/
/** Code in modeling/ or models/ defines the architecture. */
const ARCH_CODE_DIRS = /^(?:modeling|modelling|models?|modules|architectures?|nn|layers)$/
const CONVERT_PREFIXES = ['convert', 'quantiz', 'quantis', 'export', 'merge', 'upload', 'push_to_hub']
const INFER_DIRS = /^(?:inference|serving|serve|deploy|deployment)$/
const EVAL_DIRS = /^(?:eval|evals|evaluation|evaluations|benchmark|benchmarks|lm_eval|lm-eval)$/
const CONFIG_DIRS = /^(?:configs?|conf|hparams|hyperparameters)$/
const TEST_DIRS = /^(?:tests?|__tests__|spec)$/

/**
 * Classifies a repository file by its path. Returns [] for files that are not code or configuration
 * (weights, data files, documents). `content` (optional) refines config.json: without an
 * "architectures" key it is configuration only.
 */
export function classifyCodeFile(path: string, content?: string): CodeKind[] {
  const norm = path
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .slice(0, 1024)
  const segs = norm.split('/').filter(Boolean)
  if (segs.length === 0) return []
  const base = segs[segs.length - 1].toLowerCase()
  const dirs = segs.slice(0, -1).map(d => d.toLowerCase())
  const dot = base.lastIndexOf('.')
  const ext = dot > 0 ? base.slice(dot + 1) : ''
  const stem = dot > 0 ? base.slice(0, dot) : base
  const kinds = new Set<CodeKind>()

  if (TOKENIZER_FILES.has(base)) return ['supporting']
  if (
    SUPPORTING_FILES.has(base) ||
    /^requirements[\w.-]{0,40}\.txt$/.test(base) ||
    /^constraints[\w.-]{0,40}\.txt$/.test(base)
  ) {
    return ['supporting']
  }
  if (base === 'config.json') {
    if (content !== undefined && !content.includes('"architectures"')) return ['config']
    return ['architecture', 'config']
  }
  if (base === 'generation_config.json') return ['inference', 'config']
  if (/^(?:ds_config|deepspeed|zero[123]?|fsdp|accelerate)[\w.-]{0,40}\.(?:json|ya?ml)$/.test(base))
    return ['training', 'config']
  if (
    base === 'training_args.json' ||
    /^(?:hparams|hyperparameters|train_config|training_config)\.(?:json|ya?ml)$/.test(base)
  ) {
    return ['training', 'config']
  }

  const isCode = CODE_EXT.has(ext)
  const isConfig = CONFIG_EXT.has(ext)
  if (!isCode && !isConfig) return []
  // Model outputs and data that happen to be JSON/YAML are not configuration.
  if (
    isConfig &&
    /(?:results?|scores?|metrics|predictions?|outputs?|samples|state|index|map|manifest|stats?)$/.test(
      stem
    ) &&
    !dirs.some(d => CONFIG_DIRS.test(d))
  ) {
    return []
  }
  if (isConfig && /^(?:\.|package-lock|tsconfig|\.eslintrc|\.prettierrc)/.test(base)) return []

  const words = stemWords(stem)
  const isTest = dirs.some(d => TEST_DIRS.test(d)) || /^test_|_test$|\.test$|^conftest$/.test(stem)
  if (isTest && isCode) return ['supporting']

  // Training
  if (
    startsWithAny(stem, TRAIN_PREFIXES) ||
    words.some(w => TRAIN_WORDS.has(w)) ||
    dirs.some(d => TRAIN_DIRS.test(d))
  ) {
    kinds.add('training')
  }
  // Data processing
  if (
    startsWithAny(stem, DATA_PREFIXES) ||
    words.some(w => DATA_WORDS.has(w)) ||
    dirs.some(d => DATA_DIRS.test(d))
  ) {
    kinds.add('data-processing')
  }
  if (isCode && /^tokeniz(?:ation|er)_/.test(stem)) kinds.add('supporting')
  if (isCode && kinds.size === 0 && dirs.some(d => DATA_CODE_DIRS.test(d))) kinds.add('data-processing')
  // Inference
  if (isCode && (startsWithAny(stem, INFER_PREFIXES) || dirs.some(d => INFER_DIRS.test(d))))
    kinds.add('inference')
  // Architecture
  if (
    isCode &&
    (/^modeling_/.test(stem) ||
      /^configuration_/.test(stem) ||
      stem === 'model' ||
      stem === 'models' ||
      /^model_(?:arch|architecture|def)/.test(stem) ||
      stem === 'architecture' ||
      (kinds.size === 0 && dirs.some(d => ARCH_CODE_DIRS.test(d))))
  ) {
    kinds.add('architecture')
  }
  // Conversion and quantisation scripts support the release; they are not training code.
  if (isCode && kinds.size === 0 && startsWithAny(stem, CONVERT_PREFIXES)) kinds.add('supporting')
  // Evaluation
  if (startsWithAny(stem, EVAL_PREFIXES) || dirs.some(d => EVAL_DIRS.test(d))) kinds.add('evaluation')
  // Configuration
  if (
    isConfig &&
    (dirs.some(d => CONFIG_DIRS.test(d)) || /config|conf$|hparams|settings/.test(stem) || kinds.size > 0)
  )
    kinds.add('config')

  // Code that fits no category is still code; scripts under scripts/ support the release.
  if (
    kinds.size === 0 &&
    isCode &&
    (dirs.includes('scripts') || dirs.includes('utils') || /^utils?$|^helpers?$|^common$/.test(stem))
  ) {
    kinds.add('supporting')
  }
  return CODE_KINDS.filter(k => kinds.has(k))
}

export interface CodeLink {
  url: string
  line: number
  kinds: CodeKind[]
  /** The link text, when the URL is a Markdown link. */
  text?: string
  /** The sentence that says this is the code that trained the model or processed its data. */
  claim?: CodeClaim
}

const LIST_ITEM = /^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s/
const BREAKS_PARAGRAPH = (l: CardLine | undefined) =>
  !l || l.inCode || l.inFrontMatter || l.prose.trim() === '' || /^\s{0,3}(?:#|\||>\s*$)/.test(l.prose)

/**
 * The sentence around `url` on line `at` (1-based), read across the hard-wrapped lines of its
 * paragraph or list item (at most 8 lines either way).
 */
function sentenceAround(lines: CardLine[], at: number, url: string): { sentence: string; context: string } {
  let first = at
  while (
    first > 1 &&
    first > at - 8 &&
    !LIST_ITEM.test(lines[first - 1].prose) &&
    !BREAKS_PARAGRAPH(lines[first - 2])
  )
    first--
  let last = at
  while (
    last < lines.length &&
    last < at + 8 &&
    !BREAKS_PARAGRAPH(lines[last]) &&
    !LIST_ITEM.test(lines[last].prose)
  )
    last++
  const parts: string[] = []
  for (let l = first; l <= last; l++) parts.push(lines[l - 1].prose.trim())
  const joined = parts.join(' ')
  let offset = 0
  for (let k = 0; k < at - first; k++) offset += parts[k].length + 1
  const own = parts[at - first].indexOf(url)
  const idx = offset + Math.max(0, own)
  // A short list item or paragraph is one statement ("Core repo (training, etc.): URL").
  if (joined.length <= 240 && LIST_ITEM.test(lines[first - 1].prose)) {
    const item = quoteOf(joined, 0, joined.length, 0, 400)
    return { sentence: item, context: item }
  }
  const [a, b] = sentenceBounds(joined, idx, idx + url.length, 300)
  const sentence = quoteOf(joined, a, b, idx, 400)
  // "…and PII was masked; the [Dolma toolkit](…) that does this is open source": "this" points back.
  if (/\b(?:this|these|that does)\b/i.test(sentence) && a > 0) {
    const [pa] = sentenceBounds(joined, Math.max(0, a - 2), a, 300)
    return { sentence, context: joined.slice(pa, b) }
  }
  return { sentence, context: sentence }
}

/** Badges and logos: an image as link text, or a badge host. */
function isBadge(url: string, text: string | undefined): boolean {
  return (
    (text !== undefined && text.includes('![')) ||
    /^https?:\/\/(?:img\.shields\.io|badge\.fury\.io|badgen\.net)\//i.test(url) ||
    /\/(?:badge|logo)[\w.-]{0,40}\.(?:svg|png)(?:$|\?)/i.test(url) ||
    /\.(?:svg|png|jpe?g|gif|webp)(?:$|\?)/i.test(url)
  )
}

const CODE_HOST =
  /\bhttps?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^\s<>()"'`\]]{1,500}/gi
const NOT_CODE_PATH =
  /^\/[^/]+\/[^/]+\/(?:issues|pulls?|discussions|releases|wiki|stargazers|network|actions)(?:\/|$)|^\/(?:features|about|pricing|sponsors|marketplace|topics|orgs|settings|login)(?:\/|$)/i

const LINK_WORDS: Array<[CodeKind, RegExp]> = [
  // Verbs and nouns only: "pre-trained models" or "a fine-tuned version" describe a model, not code.
  [
    'training',
    /\b(?:train(?:ing|er|s)?|fine-?tun(?:e|es|ing)|pre-?train(?:ing|s)?|recipes?|sft|rlhf|dpo)\b/i
  ],
  [
    'data-processing',
    /\b(?:data[- ]?(?:pipeline|processing|prep\w*|curation|cleaning|toolkit)|pre-?process\w*|de-?dup\w*|filter(?:ing)?|tokeni[sz]\w*|dolma|datatrove)\b/i
  ],
  [
    'inference',
    /\b(?:inference|infer|serv(?:e|ing)|deploy\w*|generat(?:e|ion)|quick-?start|usage|demo|run (?:the|this) model|llama\.cpp|vllm|ollama|text-generation-inference)\b/i
  ],
  ['evaluation', /\b(?:eval\w*|benchmark\w*|harness|leaderboard)\b/i],
  ['architecture', /\b(?:model (?:code|implementation|architecture|definition)|modeling|architecture)\b/i]
]

/** A heading that says what the code under it is: "Training code", "Data processing scripts". */
const CLAIM_HEADING =
  /\b(?:(?:pre-?)?training|fine-?tuning|data[- ]?(?:processing|preparation))(?: and \w+)? (?:code|scripts?)\b/i

/**
 * Training and data-processing kinds need a sentence (or a heading) that says the link is that
 * code; without one, a link is at most inference, evaluation or architecture code.
 */
function withClaim(
  link: CodeLink,
  lines: CardLine[],
  heading: string,
  around: { local: string; several: boolean }
): CodeLink {
  const { sentence, context } = sentenceAround(lines, link.line, link.url)
  // With several links on a line, each keeps to its own clause ("training code: [A], evaluation
  // code: [B]"); a single link takes its whole sentence.
  const claim =
    linkClaim(around.local) ??
    (around.several ? null : linkClaim(context)) ??
    (CLAIM_HEADING.test(heading) && !NOTEBOOK.test(sentence) ? linkClaim(heading) : null)
  const kinds: CodeKind[] = link.kinds.filter(k => k !== 'training' && k !== 'data-processing')
  if (claim) {
    kinds.push(claim.kind)
    if (claim.dataToo) kinds.push('data-processing')
    return { ...link, kinds: CODE_KINDS.filter(k => kinds.includes(k)), claim: { ...claim, sentence } }
  }
  return { ...link, kinds }
}

function trimUrl(u: string): string {
  let e = u.length
  while (e > 0 && '.,;:!?*_'.includes(u[e - 1])) e--
  return u.slice(0, e)
}

function kindsFrom(context: string): CodeKind[] {
  const out: CodeKind[] = []
  for (const [k, re] of LINK_WORDS) if (re.test(context)) out.push(k)
  return out
}

/** Kinds from a section heading: a code link under "Training data" is the data's pipeline, not training code. */
function kindsFromHeading(heading: string): CodeKind[] {
  if (/\b(?:data|datasets?|corpus|corpora)\b/i.test(heading) && !/\bcode\b/i.test(heading)) {
    return /\b(?:eval\w*|benchmark\w*|test\w*)\b/i.test(heading) ? ['evaluation'] : ['data-processing']
  }
  return kindsFrom(heading)
}

/** Words of the URL path: "github.com/allenai/OLMo-Eval" → "allenai olmo eval". */
function urlWords(url: string): string {
  const m = /^https?:\/\/[^/]+(\/[^?#]*)?/i.exec(url)
  return (m?.[1] ?? '').replace(/[/_.-]+/g, ' ')
}

/**
 * GitHub/GitLab (and Codeberg/Bitbucket) links in a card, with the code kinds their surroundings
 * suggest: the text just before the link on its line, the link text, the words of the URL path and
 * the heading of the section it is in.
 */
export function findCodeLinks(card: ParsedCard): CodeLink[] {
  const out: CodeLink[] = []
  const seen = new Set<string>()
  const lines = cardLines(card)
  const sections = [...card.sections].sort((a, b) => a.line - b.line)
  // binary search: a card of many links and headings must not cost links × headings
  const headingAt = (line: number): string => {
    let lo = 0
    let hi = sections.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (sections[mid]!.line <= line) lo = mid + 1
      else hi = mid
    }
    return lo > 0 ? sections[lo - 1]!.heading : ''
  }
  for (const l of lines) {
    if (l.inFrontMatter) continue
    const text = l.prose
    if (!/git(?:hub|lab)|codeberg|bitbucket/i.test(text)) continue
    CODE_HOST.lastIndex = 0
    let m: RegExpExecArray | null
    let prevEnd = 0
    let n = 0
    const found: Array<{ url: string; start: number; end: number }> = []
    while ((m = CODE_HOST.exec(text)) !== null && n++ < 100)
      found.push({ url: trimUrl(m[0]), start: m.index, end: m.index + m[0].length })
    for (let k = 0; k < found.length; k++) {
      const f = found[k]
      const path = /^https?:\/\/[^/]+(\/[^?#]*)?/i.exec(f.url)?.[1] ?? ''
      if (NOT_CODE_PATH.test(path) || path.split('/').filter(Boolean).length < 2) {
        prevEnd = f.end
        continue
      }
      // Markdown link text: "[text](url)".
      let linkText: string | undefined
      let linkStart = f.start
      if (f.start >= 2 && text.slice(f.start - 2, f.start) === '](') {
        let o = f.start - 3
        while (o >= 0 && f.start - o < 300 && text[o] !== '[') o--
        if (o >= 0 && text[o] === '[') {
          linkText = text.slice(o + 1, f.start - 2)
          linkStart = o
        }
      }
      const before = text.slice(Math.max(prevEnd, linkStart - 160), linkStart)
      // After the link, up to the next link or a clause break.
      const nextStart = k + 1 < found.length ? found[k + 1].start : text.length
      let after = text.slice(f.end, Math.min(nextStart, f.end + 100))
      // A list after the last link of a line ("…: the code used to preprocess C4, pre-train and
      // fine-tune T5") belongs to it; before another link, a comma starts that link's label.
      const cut = after.search(k + 1 < found.length ? /[,;|]|\.\s/ : /[;|]|\.\s|\.$/)
      if (cut >= 0) after = after.slice(0, cut)
      let lastClause = before.split(/[,;|]|\.\s/).pop() ?? before
      // A link early in its line, with no sentence break before it, continues the sentence of the
      // line before (wrapped prose: "…a script for fine-tuning in\nStarCoder2's [GitHub repository](…)").
      if (
        k === 0 &&
        before.length === linkStart &&
        lastClause === before &&
        before.replace(/^[\s>]+/, '').trim().length < 40 &&
        l.line >= 2
      ) {
        const prev = lines[l.line - 2]
        if (
          prev &&
          !prev.inCode &&
          !prev.inFrontMatter &&
          !/^\s*(?:#|\||$)/.test(prev.prose) &&
          !/[.!?:)>|]\s*$/.test(prev.prose) &&
          !/^\s*[-*+]\s/.test(text)
        ) {
          lastClause = `${prev.prose.split(/[;|]|\.\s/).pop() ?? ''} ${lastClause}`
        }
      }
      const context = `${lastClause} ${linkText ?? ''} ${after} ${urlWords(f.url)}`
      let kinds = kindsFrom(context)
      if (kinds.length === 0) kinds = kindsFromHeading(headingAt(l.line))
      const key = `${l.line}\u0000${f.url}`
      prevEnd = f.end
      if (seen.has(key)) continue
      seen.add(key)
      if (isBadge(f.url, linkText)) continue
      out.push(
        withClaim(
          { url: f.url, line: l.line, kinds, ...(linkText ? { text: linkText } : {}) },
          lines,
          headingAt(l.line),
          { local: context, several: found.length > 1 }
        )
      )
    }
  }
  // Links the parser found that the text scan did not (e.g. reference definitions elsewhere);
  // a URL that is not in the line's prose sits in an HTML comment or code.
  for (const link of card.links) {
    const at = lines[link.line - 1]
    if (!at || at.inCode || !at.prose.includes(link.url)) continue
    if (!/^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\//i.test(link.url))
      continue
    const url = trimUrl(link.url)
    const key = `${link.line}\u0000${url}`
    if (seen.has(key)) continue
    const path = /^https?:\/\/[^/]+(\/[^?#]*)?/i.exec(url)?.[1] ?? ''
    if (NOT_CODE_PATH.test(path) || path.split('/').filter(Boolean).length < 2) continue
    seen.add(key)
    if (isBadge(url, link.text)) continue
    let kinds = kindsFrom(`${link.text} ${urlWords(url)}`)
    if (kinds.length === 0) kinds = kindsFromHeading(headingAt(link.line))
    out.push(
      withClaim(
        { url, line: link.line, kinds, ...(link.text ? { text: link.text } : {}) },
        lines,
        headingAt(link.line),
        { local: `${link.text} ${urlWords(url)}`, several: false }
      )
    )
  }
  return out.sort((a, b) => a.line - b.line)
}

/**
 * What makes a file or a link the code that trained this model, or the code that processed its
 * data. `fineTuning`: only fine-tuning is said (not pretraining); `adapter`: LoRA/adapter code.
 */
export interface CodeClaim {
  kind: 'training' | 'data-processing'
  /** The sentence that says so (links), or the file name (files). */
  sentence: string
  fineTuning?: boolean
  adapter?: boolean
  /** Training code that also processed the data ("the code used to preprocess C4 and pre-train T5"). */
  dataToo?: boolean
}

/**
 * Sentences that say a linked repository is the code that trained the model. (A boundary after a
 * closing group of words is `(?!\w)`: the same match, compiled several times faster by V8.)
 */
const TRAIN_CLAIM = new RegExp(
  [
    // "training code", "training and data-processing code", "fine-tuning scripts", "training repo"
    String.raw`\b(?:(?:pre-?)?training|fine-?tuning|train)(?: and [\w-]{1,20})? (?:code|scripts?|codebase|repo(?:sitory)?|recipes?|configs?|configurations?|library|framework|stack)(?!\w)`,
    // "the code used to preprocess C4, pre-train and fine-tune T5", "a script for fine-tuning"
    String.raw`\b(?:code|scripts?) (?:that was used |we used |used )?(?:to|for)\b[^.;]{0,80}?\b(?:pre-?train|train|fine-?tun)(?:e|ed|es|ing|s)?\b`,
    // "the models were trained with GPT-NeoX"
    String.raw`\b(?:was|were|is|are|been) (?:pre-?trained|trained|fine-?tuned)(?: [\w-]{1,20}){0,4} (?:with|using|by)\b`,
    String.raw`\bcode that (?:pre-?)?trained\b`,
    String.raw`\b(?:pre-?trained|trained|fine-?tuned) with (?:the|our) (?:code|scripts?)\b`,
    // "Core repo (training, inference, fine-tuning)"
    String.raw`\b(?:repo(?:sitory)?|code(?:base)?|scripts?) \((?:pre-?)?training\b`,
    // "details on the training procedure, including how to reproduce it"
    String.raw`\b(?:reproduc\w*|replicat\w*)\b[^.;]{0,60}?\b(?:pre-?)?train(?:ing|ed)?\b`,
    String.raw`\b(?:pre-?)?training (?:procedure|run)\b[^.;]{0,60}?\breproduc\w*`
  ].join('|'),
  'i'
)
/** Sentences that say a linked repository is the code that built or processed the training data. */
const DATA_CLAIM =
  /\bdata[- ](?:processing|preparation|prep|pipeline|curation|cleaning|filtering)(?!\w)|\b(?:code|scripts?|toolkit|pipeline|tools?|library)(?: that| which| used to| to| we used to)(?: [\w-]{1,20}){0,3}? (?:prepared?|processe[ds]|process|built|builds?|cleaned|cleans?|filtered|filters?|deduplicated|tokeni[sz]ed|preprocess(?:ed|es)?)(?!\w)|\bpre-?process(?:ing)? (?:code|scripts?|pipeline)(?!\w)/i
/** Notebooks and hosted notebooks are demos, not the code that trained a model. */
const NOTEBOOK = /\b(?:colab|notebooks?|kaggle kernel)\b|\.ipynb\b|colab\.research\.google\.com/i
/** Code for users to fine-tune the released model on their own data. */
const FOR_USERS =
  /\b(?:fine-?tune (?:it|this model|the model)|your own (?:data|dataset|model)|on your (?:own )?data|if you want to (?:train|fine-?tune))\b/i
const ADAPTER_WORDS = /\b(?:q?lora|peft|adapters?)\b/i
const PRETRAIN_WORDS =
  /\b(?:pre-?train\w*|train(?:ed|ing)? from scratch|the code that trained|was trained|were trained)\b/i

/** The claim a sentence makes about the code it links, if any. */
export function linkClaim(sentence: string): CodeClaim | null {
  // "Training-Free" in a title says nothing about training code.
  const s = maskUrls(sentence.replace(/!?\[([^\]]{0,200})\]\([^)\s]{0,500}\)/g, '$1')).replace(
    /\btraining[- ]free\b/gi,
    ' '
  )
  if (NOTEBOOK.test(s) || FOR_USERS.test(s)) return null
  const adapter = ADAPTER_WORDS.test(s)
  if (TRAIN_CLAIM.test(s)) {
    // Fine-tuning only: once "fine-tuning" is set aside, no other training word is left.
    const fineTuning =
      /\bfine-?tun/i.test(s) &&
      !PRETRAIN_WORDS.test(s) &&
      !/\btrain/i.test(s.replace(/\bfine-?tun\w*/gi, ' '))
    const dataToo = DATA_CLAIM.test(s) || /\bpre-?process/i.test(s)
    return {
      kind: 'training',
      sentence,
      ...(fineTuning ? { fineTuning } : {}),
      ...(adapter ? { adapter } : {}),
      ...(dataToo ? { dataToo } : {})
    }
  }
  if (DATA_CLAIM.test(s)) return { kind: 'data-processing', sentence }
  return null
}

const FINE_TUNE_STEM =
  /^(?:finetun|fine_tun|fine-tun|sft|dpo|rlhf|ppo|grpo|orpo)|[-_](?:finetune|sft|dpo|lora|qlora)(?:[-_.]|$)/
const ADAPTER_STEM = /(?:^|[-_])(?:q?lora|peft|adapters?)(?:[-_]|$)/
const DEMO_DIRS = /^(?:notebooks?|examples?|demos?|case[-_]?stud(?:y|ies)|tutorials?|docs?|colab)$/i

/** The claim a repository file makes by its path: training or data-processing source code. */
export function fileClaim(path: string, kinds: readonly string[]): CodeClaim | null {
  const segs = path.toLowerCase().split('/')
  const base = segs[segs.length - 1]
  const dot = base.lastIndexOf('.')
  const ext = dot > 0 ? base.slice(dot + 1) : ''
  const stem = dot > 0 ? base.slice(0, dot) : base
  // Only source code counts (configs are its settings); notebooks and demo folders do not.
  if (!CODE_EXT.has(ext) || ext === 'ipynb' || segs.slice(0, -1).some(d => DEMO_DIRS.test(d))) return null
  if (kinds.includes('training')) {
    const adapter = ADAPTER_STEM.test(stem)
    const fineTuning = adapter || FINE_TUNE_STEM.test(stem)
    return {
      kind: 'training',
      sentence: path,
      ...(fineTuning ? { fineTuning } : {}),
      ...(adapter ? { adapter } : {})
    }
  }
  if (kinds.includes('data-processing')) return { kind: 'data-processing', sentence: path }
  return null
}
