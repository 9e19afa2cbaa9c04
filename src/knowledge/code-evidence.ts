// Which parts of the OSAID "code" element a repository file or a linked code repository shows:
// training, data processing, inference, model architecture, evaluation, supporting libraries
// and configuration. File classification goes by naming conventions only (no file contents,
// except optionally for config.json); links are classified by the words around them.

import type { ParsedCard } from '../card/types.js'
import { cardLines } from './text-lines.js'

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
      out.push({ url: f.url, line: l.line, kinds, ...(linkText ? { text: linkText } : {}) })
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
    let kinds = kindsFrom(`${link.text} ${urlWords(url)}`)
    if (kinds.length === 0) kinds = kindsFromHeading(headingAt(link.line))
    out.push({ url, line: link.line, kinds, ...(link.text ? { text: link.text } : {}) })
  }
  return out.sort((a, b) => a.line - b.line)
}
