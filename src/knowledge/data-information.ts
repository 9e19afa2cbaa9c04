// How much a card (and any datasheet or data card next to it) says about the training data,
// against what the OSI Open Source AI Definition asks for "data information". Two questions are
// judged apart, each with its evidence lines:
//   described  — the sources are named and how the data was processed is said (in the card, or in
//                a datasheet, data card or paper the data section links for it);
//   obtainable — where to get the data: Hub dataset ids, dataset links, download commands (code
//                blocks included), datasheets; and no part of the data is said to be withheld
//                (proprietary, internal, synthetic data that is not released) without a pointer.
//
// Levels: complete — described and obtainable; partial — some of it; none — nothing, placeholders,
// or only generic phrases ("a mix of publicly available data", sizes, dates).

import type { ParsedCard } from '../card/types.js'
import { cardLines, maskUrls, quoteOf, sentenceBounds } from './text-lines.js'
import { trimEndChars } from '../text/trim.js'

export const DATA_TOPICS = [
  'sources',
  'provenance',
  'acquisition',
  'processing',
  'availability',
  'scope'
] as const
export type DataTopic = (typeof DATA_TOPICS)[number]

export interface TopicEvidence {
  found: boolean
  line?: number
  quote?: string
  /** The file the evidence is in, when it is not the model card. */
  file?: string
}

/** One of the two questions, with the lines that answer it. */
export interface DataJudgement {
  ok: boolean
  /** "README.md:14 “…”" lines. */
  evidence: string[]
  /** What is lacking, as a phrase ("how the data was processed"), when not ok. */
  lacks: string[]
}

export interface DataInformationAssessment {
  level: 'complete' | 'partial' | 'none'
  topics: Record<DataTopic, TopicEvidence>
  described: DataJudgement
  obtainable: DataJudgement
  datasets: string[]
  missing: string[]
  reason: string
  /** Evidence lines of both questions, for the report. */
  evidence: string[]
}

/** Well-known training corpora, matched on word boundaries. `cs` marks case-sensitive names. */
const KNOWN_CORPORA: Array<{ name: string; re: RegExp }> = [
  ['Common Crawl', /\bcommon ?crawl\b/i],
  ['C4', /\bC4\b/],
  ['mC4', /\bmC4\b/],
  ['The Pile', /\bthe Pile\b|\bPile-CC\b/],
  ['RedPajama', /\bred ?pajama\b/i],
  ['SlimPajama', /\bslim ?pajama\b/i],
  ['Dolma', /\bdolma\b/i],
  ['DCLM', /\bDCLM\b/],
  ['RefinedWeb', /\brefined ?web\b/i],
  ['FineWeb', /\bfine ?web(?:-edu|-2)?\b/i],
  ['The Stack', /\bthe stack(?: v2)?\b/i],
  ['StarCoderData', /\bstarcoder ?data\b/i],
  ['Wikipedia', /\bwikipedia\b/i],
  ['BookCorpus', /\bbook ?corpus\b/i],
  ['Books3', /\bbooks3\b/i],
  ['Project Gutenberg', /\b(?:project )?gutenberg\b/i],
  ['arXiv', /\barxiv\b/i],
  ['GitHub', /\bgithub\b/i],
  ['Stack Exchange', /\bstack ?exchange\b/i],
  ['OpenWebText', /\bopen ?web ?text\b/i],
  ['OpenWebMath', /\bopen ?web ?math\b/i],
  ['peS2o', /\bpes2o\b/i],
  ['S2ORC', /\bs2orc\b/i],
  ['PubMed', /\bpubmed\b/i],
  ['LAION', /\blaion(?:-5b|-400m|-2b|2b-en|-aesthetics|-coco)?\b/i],
  ['COYO', /\bcoyo(?:-700m)?\b/i],
  ['DataComp', /\bdatacomp\b/i],
  ['Conceptual Captions', /\bconceptual captions\b|\bCC3M\b|\bCC12M\b/i],
  ['ImageNet', /\bimagenet\b/i],
  ['COCO', /\b(?:ms-?)?COCO\b/],
  ['LibriSpeech', /\blibri ?speech\b/i],
  ['LibriLight', /\blibri-?light\b/i],
  ['Common Voice', /\bcommon ?voice\b/i],
  ['VoxPopuli', /\bvox ?populi\b/i],
  ['GigaSpeech', /\bgiga ?speech\b/i],
  ['AudioSet', /\baudio ?set\b/i],
  ['OpenAssistant', /\bopen ?assistant\b|\boasst1?\b/i],
  ['ShareGPT', /\bsharegpt\b/i],
  ['UltraChat', /\bultra ?chat\b/i],
  ['UltraFeedback', /\bultra ?feedback\b/i],
  ['Alpaca', /\balpaca\b/i],
  ['Dolly', /\bdolly(?:-15k)?\b/i],
  ['FLAN', /\bFLAN\b|\bflan collection\b/],
  ['Tulu', /\bt[uü]lu\b/i],
  ['OpenOrca', /\bopen ?orca\b/i],
  ['OpenHermes', /\bopen ?hermes\b/i],
  ['Proof-Pile', /\bproof-?pile(?:-2)?\b/i],
  ['Cosmopedia', /\bcosmopedia\b/i],
  ['ROOTS', /\bROOTS\b/],
  ['xP3', /\bxP3\b/],
  ['OSCAR', /\bOSCAR\b/],
  ['CulturaX', /\bculturax\b/i],
  ['HH-RLHF', /\bhh-rlhf\b/i],
  ['CC-News', /\bcc-?news\b/i],
  ['Nemotron-CC', /\bnemotron-cc\b/i],
  ['Zyda', /\bzyda\b/i],
  ['Txt360', /\btxt360\b/i]
].map(([name, re]) => ({ name: name as string, re: re as RegExp }))
/**
 * Any corpus name at all, case aside: a line it does not match matches none of KNOWN_CORPORA, so
 * their expressions are neither compiled nor run for it (most data lines name no corpus).
 */
const ANY_CORPUS = new RegExp(KNOWN_CORPORA.map(c => `(?:${c.re.source})`).join('|'), 'i')

/** Headings about data: "Training Data", "Dataset", "Data Preprocessing", "Pretraining data", "Data". */
const HEADING_DATA_WORDS =
  /\b(?:data|datasets?|corpus|corpora|datasheet|data ?card|data ?mix(?:ture)?|pre-?processing)\b/i
/** Template headings that hold the training data under them: "Training", "Training Details". */
const HEADING_TRAINING_PARENT =
  /^\W*(?:(?!distributed|parallel|mixed|efficient|fast|how|continued|further|model\b)[A-Za-z][\w.+-]{0,40}\s+)?(?:model )?(?:training|pre-?training|training details|training and data|data and training)(?: details)?\W*$/i
/** Headings whose prose may describe the data in passing ("Training procedure", "Fine-tuning"). */
const HEADING_SEMI =
  /\b(?:train(?:ing)?|pre-?train(?:ing)?|fine-?tun(?:e|ed|ing)|procedure|methodology|recipes?)\b/i
const HEADING_SEMI_EXCLUDE =
  /\b(?:hardware|compute|infrastructure|hyper-?parameters?|speeds?|environmental|results?|loss|software|emissions?|frameworks?|versions?)\b/i
const HEADING_EXCLUDE =
  /\b(?:hardware|compute|infrastructure|hyper-?parameters?|procedure|speeds?|environmental|intended|stack|factors)\b/i
const HEADING_EVAL = /\b(?:eval(?:uation|uations)?|benchmarks?|results?|test(?:ing)?|validation)\b/i
const HEADING_TRAIN_WORD = /\b(?:train(?:ing)?|pre-?train(?:ing)?|fine-?tun(?:e|ed|ing))\b/i

const PLACEHOLDER =
  /\[more information needed\]|^\W*more information needed\W*$|\bto be (?:added|announced)\b|\bTBD\b|\bcoming soon\b|\bN\/A\b/i
const DEFERRAL =
  /\b(?:see|refer to|described in|detailed in|details (?:are )?in|more details)\b[^.]{0,120}\b(?:paper|report|publication|blog)\b/i

const PROVENANCE =
  /\b(?:crawl(?:ed|s|ing)?|scrap(?:ed|ing)|collected|gathered|harvested|sourced|provenance|donated|snapshots?|dumps?|originat(?:es|ed|ing)|come[s]? from|drawn from|licensed from|purchased|transcripts?)\b/i
const ACQUISITION =
  /\b(?:selected|selection|sampled|mixture|mix(?:ing)? (?:ratio|weights?)|proportions?|annotat\w*|label(?:l?ed|l?ing)|crowd-?sourc\w*|human-written|synthetic(?:ally)?|generated by|distilled|licensed|curat\w*)\b/i
// A word boundary after a group of words is written `(?!\w)` in the longest expressions here: the
// same match (each word ends in a word character), and V8 compiles it several times faster, which
// every run pays for once (about 8 ms for these three).
const PROCESSING =
  /\b(?:de-?dup\w*|filter(?:ed|ing|s)?|clean(?:ed|ing)|decontaminat\w*|tokeni[sz]\w*|normali[sz]\w*|remov(?:ed|ing|al)|quality (?:classifier|filter\w*|score)|heuristics?|PII|language identification|lang-?id|fasttext|minhash|pre-?process\w*|data[- ]?prep(?:aration|ared|ping)?|anonymi[sz]\w*|nsfw|toxicity|aesthetic(?:s)? score|watermark|near-duplicates?|exact-duplicates?|perplexity)(?!\w)/i
const AVAILABILITY_WORDS =
  /\b(?:available (?:at|on|from|here)|download(?:ed|able)? (?:from|at|here)|can be (?:downloaded|obtained|found)|we release[ds]? (?:the|our) (?:data|dataset|corpus)|publicly released (?:data|dataset|corpus))\b/i
/** Words that make a link on the line a place to get the data. */
const OBTAIN_WORDS =
  /\b(?:download\w*|obtain\w*|available (?:at|on|from|here)|mirror\w*|hosted|get (?:it|the data)|access(?:ed|ible)? (?:at|from|here))\b/i
/** "no private data", "does not include proprietary data": not a withheld part. */
const NEGATED_WITHHELD =
  /\b(?:no|not include|excluding|without|nor)\b[^.]{0,40}\b(?:proprietary|private|internal|confidential|synthetic)\b/i
const SCOPE =
  /\b\d[\d,.]{0,20}\s?(?:[kmbt]|thousand|million|billion|trillion)?\s?(?:tokens?|hours?|images?|image-text pairs|pairs|documents?|samples?|examples?|words|files|tb|gb|conversations|instructions|utterances|songs|tracks|clips|videos|languages)(?!\w)|\b(?:cutoff|cut-off|freshness|knowledge cutoff)(?!\w)|\b\d{1,12}(?:\.\d{1,6})? ?%/i
const GENERIC =
  /\b(?:publicly available (?:online )?(?:data|sources|datasets)|a (?:new )?mix(?:ture)? of (?:publicly available|web|online|licensed)|web data|internet data|licensed data|proprietary data|diverse (?:collection|range) of|wide variety of sources|collected from the internet|from the (?:internet|web))\b/i

const DATASET_URL =
  /\bhttps?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\/([A-Za-z0-9][\w.-]{0,95}(?:\/[A-Za-z0-9][\w.-]{0,95})?)/gi
const DATA_HOST_URL =
  /\bhttps?:\/\/(?:www\.)?(?:kaggle\.com\/datasets|zenodo\.org|data\.commoncrawl\.org|commoncrawl\.org|laion\.ai|dumps\.wikimedia\.org|figshare\.com|dataverse\.|openslr\.org|paperswithcode\.com\/dataset|github\.com\/[\w.-]{1,100}\/[\w.-]{0,100}(?:data|corpus|dataset)[\w.-]{0,100})[^\s)\]>"']{0,400}/gi

interface Unit {
  file: string
  line: number
  /** The line with HTML comments blanked (what is matched). */
  text: string
  /** The line as in the file (what is quoted). */
  raw: string
  /** Inside a data section (as opposed to a dataset link found elsewhere). */
  inData: boolean
  inEval: boolean
  /** In a code block: only download commands are read there. */
  inCode: boolean
}

const DATA_LINE_WORDS =
  /\b(?:data|datasets?|corpus|corpora|collections?|sources|trained on|pre-?trained on|fine-?tuned on)\b/i
/** In a "Training procedure" section, a line is about data when it names data, not when it says "trained on 8 GPUs". */
const SEMI_DATA_LINE =
  /\b(?:data(?:sets?)?|corpus|corpora|documents|conversations|instructions|samples|examples|dialogues|pairs)\b(?! ?parallel)/i
/** Code hosts, paper hosts and images: links that are not where to obtain data. */
const NOT_DATA_LINK =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|arxiv\.org|openreview\.net|doi\.org|aclanthology\.org|proceedings\.|papers\.nips|dl\.acm\.org|ieeexplore|pytorch\.org|docs\.)/i
const DATA_HOST_URL_TEST =
  /^https?:\/\/(?:www\.)?(?:huggingface\.co\/datasets|hf\.co\/datasets|kaggle\.com\/datasets|zenodo\.org|commoncrawl\.org|laion\.ai|dumps\.wikimedia\.org|figshare\.com|openslr\.org)/i

function linkTexts(line: string): Array<{ text: string; url: string }> {
  const out: Array<{ text: string; url: string }> = []
  let i = 0
  let guard = 0
  while (i < line.length && guard++ < 200) {
    const close = line.indexOf('](', i)
    if (close < 0) break
    let open = close - 1
    while (open >= 0 && close - open < 200 && line[open] !== '[') open--
    if (open >= 0 && line[open] === '[' && line[open - 1] !== '!') {
      let e = close + 2
      while (e < line.length && e - close < 600 && line[e] !== ')' && line[e] !== ' ') e++
      out.push({ text: line.slice(open + 1, close), url: line.slice(close + 2, e) })
    }
    i = close + 2
  }
  return out
}

/** Lines of a card with whether they sit under a training-data heading or an evaluation heading. */
function unitsOf(card: ParsedCard, wholeDocIsData: boolean): Unit[] {
  const lines = cardLines(card)
  // HTML headings (<h2>Training Data</h2>) and bold-only lines (**Training data**) head sections
  // too (the card parser finds them in the mdast tree); a bold pseudo-heading sits below every
  // Markdown heading.
  const pseudo = card.markdown.pseudoHeadings
  const sections: Array<{ heading: string; depth: number; line: number }> = [
    ...card.sections,
    ...pseudo
  ].sort((a, b) => a.line - b.line)
  // For each section, is it (or an ancestor) a data section, or an evaluation one?
  const flags = new Map<number, { data: boolean; evalish: boolean; semi: boolean }>()
  const stack: Array<{ depth: number; data: boolean; evalish: boolean; semi: boolean }> = []
  for (const s of sections) {
    while (stack.length > 0 && stack[stack.length - 1].depth >= s.depth && s.depth > 0) stack.pop()
    const h = s.heading
    const ownEval = HEADING_EVAL.test(h) && !HEADING_TRAIN_WORD.test(h)
    const own =
      !ownEval &&
      (HEADING_TRAINING_PARENT.test(h) || (HEADING_DATA_WORDS.test(h) && !HEADING_EXCLUDE.test(h)))
    const parent = stack[stack.length - 1]
    const data = own || (!!parent && parent.data && !ownEval)
    const evalish = ownEval || (!!parent && parent.evalish && !own)
    const semi =
      !data &&
      !evalish &&
      !HEADING_SEMI_EXCLUDE.test(h) &&
      (HEADING_SEMI.test(h) || (!!parent && parent.semi))
    flags.set(s.line, { data, evalish, semi })
    if (s.depth > 0) stack.push({ depth: s.depth, data, evalish, semi })
  }
  const out: Unit[] = []
  let si = -1
  for (const l of lines) {
    if (l.inFrontMatter) continue
    while (si + 1 < sections.length && sections[si + 1].line <= l.line) si++
    const f = si >= 0 ? flags.get(sections[si].line) : undefined
    const isHeading = si >= 0 && sections[si].line === l.line
    const inData =
      !isHeading && (wholeDocIsData || !!f?.data || (!!f?.semi && SEMI_DATA_LINE.test(maskUrls(l.prose))))
    out.push({
      file: card.file,
      line: l.line,
      text: l.prose,
      raw: l.text,
      inData: inData && !l.inCode,
      inEval: !!f?.evalish,
      inCode: l.inCode
    })
  }
  return out
}

function emptyTopics(): Record<DataTopic, TopicEvidence> {
  return {
    sources: { found: false },
    provenance: { found: false },
    acquisition: { found: false },
    processing: { found: false },
    availability: { found: false },
    scope: { found: false }
  }
}

function excerpt(text: string, index: number, length: number): string {
  const [s, e] = sentenceBounds(text, index, index + length, 200)
  return quoteOf(text, s, e, index, 240)
}

/**
 * Commands that fetch a dataset, in code blocks or prose: `git lfs clone …/datasets/…`,
 * `huggingface-cli download … --repo-type dataset`, `load_dataset("org/name")`, `wget`/`curl` of a
 * data file. Each alternative is anchored on a literal and bounded, so the scan stays linear.
 */
const DOWNLOAD_COMMANDS: RegExp[] = [
  /\bgit (?:lfs )?clone [^\s]{0,40}(?:huggingface\.co|hf\.co)\/datasets\/[\w.-]{1,96}(?:\/[\w.-]{1,96})?/i,
  /\b(?:huggingface-cli|hf) download [\w.-]{1,96}(?:\/[\w.-]{1,96})?[^\n]{0,200}--repo-type[ =]dataset\b/i,
  /\bload_dataset\(\s*["'][\w.-]{1,96}(?:\/[\w.-]{1,96})?["']/,
  /\b(?:wget|curl|aria2c|gsutil cp|aws s3 cp|azcopy copy) [^\n]{0,200}?(?:\.(?:jsonl|parquet|arrow|zst|tar|tgz|gz|bz2|xz|zip|csv|tsv|txt|warc|wet)\b|\/datasets?\/|\/data\/)/i
]

/** A part of the data said to be withheld: proprietary, internal, private, or synthetic and unreleased. */
const WITHHELD =
  /\b(?:proprietary|in-house|internal|private|confidential|licensed|purchased|synthetic(?:ally generated)?)(?: [\w-]{1,20}){0,2} (?:data|datasets?|corpus|corpora|sources|collections?|texts?|examples|instructions|tokens)(?!\w)|\bnot (?:be )?(?:publicly )?(?:available|released|shared)(?!\w)/i
/** Documentation of the data that describes its processing: a datasheet, a data card, a paper. */
const DATA_DOC =
  /\b(?:datasheet|data ?card|dataset card|documentation|paper|technical report|tech report|report)\b/i

/** "README.md:14 “quote”": where a piece of evidence is. */
function cite(file: string, line: number, quote: string): string {
  return `${file}:${line} “${quote}”`
}

export function assessDataInformation(
  card: ParsedCard,
  extraDocs: ParsedCard[] = []
): DataInformationAssessment {
  const topics = emptyTopics()
  const datasets: string[] = []
  const datasetKeys = new Set<string>()
  const addDataset = (d: string) => {
    const k = d.toLowerCase()
    if (!datasetKeys.has(k) && datasets.length < 200) {
      datasetKeys.add(k)
      datasets.push(d)
    }
  }
  let genericSeen: string | null = null
  const obtainEvidence: string[] = []
  const docEvidence: string[] = []
  let withheld: { cite: string; quote: string } | null = null
  const obtainLines = new Set<string>()
  const addObtain = (u: Unit, index: number, length: number) => {
    const key = `${u.file}:${u.line}`
    if (obtainEvidence.length >= 5 || obtainLines.has(key)) return
    obtainLines.add(key)
    obtainEvidence.push(cite(u.file, u.line, excerpt(u.raw, index, length)))
  }

  const mark = (topic: DataTopic, u: Unit, index: number, length: number) => {
    if (topics[topic].found) return
    topics[topic] = {
      found: true,
      line: u.line,
      quote: excerpt(u.raw, index, length),
      ...(u.file !== card.file ? { file: u.file } : {})
    }
  }

  // `datasets:` metadata: Hub dataset ids are both named sources and where to get them.
  const meta = card.metadata['datasets']
  const metaList = Array.isArray(meta) ? meta : typeof meta === 'string' ? [meta] : []
  const metaLine = card.metadataLines['datasets']
  const fileLines = card.text.split('\n')
  for (const d of metaList) {
    if (typeof d !== 'string' || !d.trim()) continue
    addDataset(d.trim())
    const quote = d.trim()
    const at = metaLine ?? 1
    const unit: Unit = {
      file: card.file,
      line: at,
      text: quote,
      raw: quote,
      inData: true,
      inEval: false,
      inCode: false
    }
    for (let i = at - 1; i < Math.min(fileLines.length, at + 200); i++) {
      if (fileLines[i].includes(quote)) {
        unit.line = i + 1
        break
      }
    }
    mark('sources', unit, 0, quote.length)
    mark('availability', unit, 0, quote.length)
    addObtain(unit, 0, quote.length)
  }

  const units = [...unitsOf(card, false), ...extraDocs.flatMap(d => unitsOf(d, true))]
  let dataLines = 0
  let placeholderLines = 0
  for (const u of units) {
    const raw = u.text
    if (raw.trim() === '' || u.inEval) continue
    // Download commands, in code blocks too: where to get the exact data.
    if (u.inCode || u.inData) {
      for (const re of DOWNLOAD_COMMANDS) {
        const m = re.exec(raw)
        if (m) {
          mark('availability', u, m.index, m[0].length)
          addObtain(u, m.index, m[0].length)
          break
        }
      }
    }
    if (u.inCode) continue
    // Dataset links anywhere but in evaluation sections.
    DATASET_URL.lastIndex = 0
    let m: RegExpExecArray | null
    let n = 0
    /** A dataset id, a data host or a datasheet on this line: a withheld-sounding part has a pointer. */
    let pointerOnLine = false
    while ((m = DATASET_URL.exec(raw)) !== null && n++ < 50) {
      // An image or file served from a dataset repository is not a training-data reference.
      const tail = raw.slice(m.index + m[0].length, m.index + m[0].length + 10)
      const before = raw.slice(Math.max(0, m.index - 6), m.index).toLowerCase()
      if (
        tail.startsWith('/resolve/') ||
        before.endsWith('src="') ||
        before.endsWith("src='") ||
        before.endsWith('src=')
      )
        continue
      addDataset(trimEndChars(m[1], '.,;:'))
      mark('sources', u, m.index, m[0].length)
      mark('availability', u, m.index, m[0].length)
      addObtain(u, m.index, m[0].length)
      pointerOnLine = true
    }
    if (!u.inData) continue
    dataLines++
    if (PLACEHOLDER.test(raw)) {
      placeholderLines++
      continue
    }
    const masked = maskUrls(raw)
    const deferral = DEFERRAL.test(masked)
    const g = GENERIC.exec(masked)
    if (g && !genericSeen) genericSeen = g[0]

    if (ANY_CORPUS.test(masked))
      for (const c of KNOWN_CORPORA) {
        const k = c.re.exec(masked)
        if (k) {
          addDataset(c.name)
          mark('sources', u, k.index, k[0].length)
        }
      }
    // Named link texts in a data section: "[Shutterstock music collection](https://…)"; links to
    // a datasheet, a data card or a paper document the data.
    const dataLine = DATA_LINE_WORDS.test(masked)
    for (const { text: t, url } of linkTexts(raw)) {
      const clean = t.replace(/[*_`]/g, '').trim()
      const at = Math.max(0, raw.indexOf(t))
      if (DATA_DOC.test(clean) && /^https?:\/\//i.test(url)) {
        if (docEvidence.length < 3) docEvidence.push(cite(u.file, u.line, excerpt(u.raw, at, t.length)))
        if (/\bdata ?sheet|data ?card|dataset card\b/i.test(clean)) {
          addObtain(u, at, t.length)
          pointerOnLine = true
        }
        continue
      }
      if (
        NOT_DATA_LINK.test(url) &&
        !/(?:^|[/_.-])(?:data|datasets?|corpus|corpora)(?:$|[/_.-])/i.test(
          url.replace(/^https?:\/\/[^/]+/, '')
        )
      )
        continue
      if (
        !dataLine &&
        !DATA_LINE_WORDS.test(clean) &&
        !DATA_HOST_URL_TEST.test(url) &&
        !OBTAIN_WORDS.test(masked)
      )
        continue
      if (
        clean.length < 3 ||
        /^(?:here|link|this|website|blog|source|more)$/i.test(clean) ||
        /^https?:/i.test(clean)
      ) {
        // "available [here](…)": the link is where to get it, though it names nothing.
        if (OBTAIN_WORDS.test(masked) && /^https?:\/\//i.test(url)) {
          mark('availability', u, at, t.length)
          addObtain(u, at, t.length)
        }
        continue
      }
      // A named link is where to get that source; it does not open data said to be licensed or
      // internal (a shop's front page is not the data).
      mark('sources', u, at, t.length)
      mark('availability', u, at, t.length)
      addObtain(u, at, t.length)
      if (
        /[A-Z]/.test(clean[0]) &&
        !/\.(?:md|txt|pdf|html?)$|\b(?:cards?|map|search|tool|documentation|docs|datasheet)\b/i.test(clean)
      )
        addDataset(clean)
    }
    // "the X dataset" with X a proper name.
    const named =
      /\b([A-Z][\w.+-]{1,40}(?: [A-Z0-9][\w.+-]{0,40}){0,3}) (?:dataset|corpus|collection|benchmark suite)\b/.exec(
        masked
      )
    // Not a name: "The", "Our", or a unit after a quantity ("825 GiB English corpus").
    const afterNumber =
      named !== null && /\d\s?$/.test(masked.slice(Math.max(0, named.index - 3), named.index))
    if (
      named &&
      !afterNumber &&
      !/^(?:The|This|Our|A|An|These|Training|Pretraining|Fine-tuning)\b/.test(named[1]) &&
      !/(?:^| )\d[\d.,]*(?: |$)/.test(named[1])
    ) {
      mark('sources', u, named.index, named[0].length)
      addDataset(named[1])
    }
    DATA_HOST_URL.lastIndex = 0
    const host = DATA_HOST_URL.exec(raw)
    if (host) {
      mark('availability', u, host.index, host[0].length)
      addObtain(u, host.index, host[0].length)
      pointerOnLine = true
    }
    const avail = AVAILABILITY_WORDS.exec(masked)
    if (avail && dataLine && /https?:\/\//.test(raw)) {
      mark('availability', u, avail.index, avail[0].length)
      addObtain(u, avail.index, avail[0].length)
      pointerOnLine = true
    }
    const w = WITHHELD.exec(masked)
    if (w && !pointerOnLine && !withheld && !NEGATED_WITHHELD.test(masked))
      withheld = { cite: cite(u.file, u.line, excerpt(u.raw, w.index, w[0].length)), quote: w[0] }

    if (deferral) {
      if (docEvidence.length < 3) docEvidence.push(cite(u.file, u.line, excerpt(u.raw, 0, 1)))
      continue
    }
    const p = PROCESSING.exec(masked)
    if (p) mark('processing', u, p.index, p[0].length)
    const pr = PROVENANCE.exec(masked)
    if (pr) mark('provenance', u, pr.index, pr[0].length)
    const a = ACQUISITION.exec(masked)
    if (a) mark('acquisition', u, a.index, a[0].length)
    const sc = SCOPE.exec(masked)
    if (sc) mark('scope', u, sc.index, sc[0].length)
  }
  const placeholderOnly = dataLines > 0 && placeholderLines === dataLines

  const at = (t: TopicEvidence) => cite(t.file ?? card.file, t.line ?? 1, t.quote ?? '')
  // Described: named sources, and processing said here or in the documentation the section links.
  const describedEvidence: string[] = []
  const describedLacks: string[] = []
  if (topics.sources.found) describedEvidence.push(at(topics.sources))
  else describedLacks.push('which datasets were used')
  if (topics.processing.found) describedEvidence.push(at(topics.processing))
  else if (docEvidence.length > 0) describedEvidence.push(docEvidence[0])
  else describedLacks.push('how the data was processed and filtered')
  const described: DataJudgement = {
    ok: describedLacks.length === 0,
    evidence: describedEvidence,
    lacks: describedLacks
  }
  // Obtainable: a pointer to the data, and no part said to be withheld.
  const obtainLacks: string[] = []
  if (obtainEvidence.length === 0)
    obtainLacks.push('where to obtain the data (dataset ids, links or download commands)')
  if (withheld)
    obtainLacks.push(`where to obtain the ${withheld.quote} part (${withheld.cite.replace(/^[^“]*/, '')})`)
  const obtainable: DataJudgement = {
    ok: obtainLacks.length === 0,
    evidence: withheld ? [...obtainEvidence, withheld.cite] : obtainEvidence,
    lacks: obtainLacks
  }

  const missing = DATA_TOPICS.filter(t => !topics[t].found)
  const substantive =
    topics.sources.found || topics.processing.found || topics.availability.found || obtainEvidence.length > 0
  const names = datasets.length
    ? ` (${datasets.slice(0, 5).join(', ')}${datasets.length > 5 ? ', …' : ''})`
    : ''
  let level: DataInformationAssessment['level']
  let reason: string
  if (described.ok && obtainable.ok) {
    level = 'complete'
    reason = `names its training data${names}, says how it was processed and where to obtain it.`
  } else if (substantive) {
    level = 'partial'
    const what = datasets.length
      ? `names ${datasets.slice(0, 3).join(', ')}${datasets.length > 3 ? ', …' : ''}`
      : topics.processing.found
        ? 'describes some processing'
        : 'points to data'
    reason = `${what} but does not say ${[...described.lacks, ...obtainable.lacks].join(', nor ')}.`
  } else {
    level = 'none'
    if (dataLines === 0 && units.every(u => !u.inData)) {
      reason = 'has no training-data section, no `datasets:` metadata and no dataset links.'
    } else if (placeholderOnly) {
      reason = 'has a training-data section, but it is a placeholder ("[More Information Needed]").'
    } else if (genericSeen) {
      reason = `describes the training data only in generic terms ("${genericSeen}")${topics.scope.found ? ' with its size or dates' : ''}: no named sources, no processing, nowhere to obtain it.`
    } else {
      reason =
        'names no training datasets, says nothing about processing and gives nowhere to obtain the data.'
    }
  }
  const evidence = [
    ...described.evidence.map(e => `described: ${e}`),
    ...obtainable.evidence.map(e => `obtainable: ${e}`)
  ]
  return { level, topics, described, obtainable, datasets, missing, reason, evidence }
}
