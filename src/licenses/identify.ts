// Licence identification: texts of licence files, and values of card metadata.
//
// Text order: catalogue markers (model licences and use policies), then SPDX exact hash, then SPDX
// Dice (spdx-text-match.ts), then a short text pointing to a known licence address (pointer.ts),
// then a short notice that only names a licence ("SPDX-License-Identifier:
// MIT", "This model is licensed under the Apache License 2.0").

import spdxLicenseList from 'spdx-license-list'
import parseSpdx from 'spdx-expression-parse'
import { spdxCorrect } from './spdx-correct-on-demand.js'
import { detectClauses } from '../clauses/index.js'
import { addedSentences } from './modified.js'
import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import type { Clause, ClauseType, LicenseComponent, LicenseIdentification, Matcher } from '../types.js'
import { CATALOGUE, catalogueEntry, matchMarkers, type CatalogueEntry } from './catalogue/index.js'
import { HUB_PLACEHOLDERS, HUB_TO_SPDX } from './hub-ids.js'
import {
  countWordsUpTo,
  isCopyrightLine,
  normalizeLicenseText,
  normalizeLicenseTextBothWays,
  normalizePhrase,
  stripListMarker,
  tokenizeWords
} from './normalize.js'
import { resolvePointer } from './pointer.js'
import { matchNormalized, type SpdxTextMatch } from './spdx-text-match.js'
import { trimEndChars } from '../text/trim.js'

// A static import so that the bundler (ncc) inlines the list; createRequire would not survive bundling.
const SPDX_LIST = spdxLicenseList as Record<string, { name: string; url: string; osiApproved: boolean }>

/** SPDX ids by lower-case id. */
const SPDX_BY_LOWER = new Map<string, string>(Object.keys(SPDX_LIST).map(id => [id.toLowerCase(), id]))

export interface LicenseInfo {
  id: string
  name: string
  version?: string
  family: string
  url?: string
  spdx: string | null
  osiApproved: boolean
  kind: 'license' | 'use-policy'
  clauses: { type: ClauseType; summary: string }[]
  /** URL of the acceptable use policy the licence incorporates. */
  useAt?: string
}

export interface LicenseIdResult {
  id: string | null
  name: string
  matcher: Matcher
  confidence: number
  known: boolean
}

/** identifyLicenseText's answer; `entry` names the catalogue entry that matched (e.g. "llama3.1-aup"). */
export interface LicenseTextIdentification extends LicenseIdentification {
  entry?: string
}

// ---------------------------------------------------------------------------------------------
// Card metadata values

function canonicalSpdxId(id: string): string | undefined {
  const plus = id.endsWith('+')
  const base = plus ? id.slice(0, -1) : id
  const found = SPDX_BY_LOWER.get(base.toLowerCase())
  if (!found) return undefined
  if (plus) return SPDX_BY_LOWER.get(found.toLowerCase() + '-or-later') ?? found + '+'
  // Deprecated bare GNU ids (GPL-2.0, LGPL-3.0 …) mean "-only".
  const only = SPDX_BY_LOWER.get(found.toLowerCase() + '-only')
  return only ?? found
}

type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode }

function parseExpression(value: string): SpdxNode | null {
  // Upper-case the operators and fix the case of ids, so "apache-2.0 or mit" parses.
  const tokens = value
    .replace(/\(/g, ' ( ')
    .replace(/\)/g, ' ) ')
    .split(/\s+/)
    .filter(t => t.length > 0)
  if (tokens.length === 0) return null
  let afterWith = false
  const fixed = tokens.map(t => {
    const u = t.toUpperCase()
    if (u === 'AND' || u === 'OR' || u === 'WITH') {
      afterWith = u === 'WITH'
      return u
    }
    if (t === '(' || t === ')') return t
    if (afterWith) {
      afterWith = false
      return t
    }
    const hub = HUB_TO_SPDX[t.toLowerCase()]
    if (hub) return hub
    return canonicalSpdxId(t) ?? t
  })
  try {
    return parseSpdx(fixed.join(' ')) as SpdxNode
  } catch {
    return null
  }
}

function expressionToString(n: SpdxNode, top = true): string {
  if ('license' in n) return n.license + (n.plus ? '+' : '') + (n.exception ? ' WITH ' + n.exception : '')
  const s = `${expressionToString(n.left, false)} ${n.conjunction.toUpperCase()} ${expressionToString(n.right, false)}`
  return top ? s : `(${s})`
}

function leaves(n: SpdxNode): { license: string; plus?: boolean; exception?: string }[] {
  return 'license' in n ? [n] : [...leaves(n.left), ...leaves(n.right)]
}

let nameIndex: Map<string, CatalogueEntry> | null = null
function catalogueByName(value: string): CatalogueEntry | undefined {
  if (!nameIndex) {
    nameIndex = new Map()
    for (const e of CATALOGUE) {
      const n = normalizePhrase(e.name)
      nameIndex.set(n, e)
      if (n.endsWith(' agreement')) nameIndex.set(n.slice(0, -' agreement'.length), e)
      for (const a of e.aliases ?? [])
        if (!nameIndex.has(normalizePhrase(a))) nameIndex.set(normalizePhrase(a), e)
    }
  }
  let n = normalizePhrase(value)
  if (n.startsWith('the ')) n = n.slice(4)
  return nameIndex.get(n) ?? nameIndex.get(n.endsWith(' agreement') ? n.slice(0, -' agreement'.length) : n)
}

function idForEntry(e: CatalogueEntry): string {
  return e.id
}

let spdxNames: Map<string, string> | null = null
/** An SPDX licence by its full name ("Creative Commons Attribution 4.0 International", "… Public License"). */
function spdxByName(value: string): string | undefined {
  if (!spdxNames) {
    spdxNames = new Map()
    for (const id of Object.keys(SPDX_LIST).sort()) {
      const canonical = canonicalSpdxId(id) ?? id
      const n = normalizePhrase(SPDX_LIST[id]!.name)
      const prev = spdxNames.get(n)
      // identical names (deprecated GNU ids): keep the canonical id
      if (prev === undefined || (prev !== canonical && canonical === id)) spdxNames.set(n, canonical)
    }
  }
  let n = normalizePhrase(value)
  if (n.startsWith('the ')) n = n.slice(4)
  const direct = spdxNames.get(n)
  if (direct) return direct
  for (const suffix of [' public license', ' license']) {
    if (n.endsWith(suffix)) {
      const r = spdxNames.get(n.slice(0, -suffix.length))
      if (r) return r
    }
  }
  return undefined
}

const GENERIC = new Set([
  'license',
  'licence',
  'the',
  'version',
  'and',
  'only',
  'later',
  'public',
  'general',
  'software',
  'open',
  'source',
  'free',
  'new',
  'agreement',
  'terms',
  'use',
  'model'
])

/** spdx-correct is lenient ("call me" becomes CAL-1.0): keep its answer only for a short value that shares a distinctive word with the id or name. */
function plausibleCorrection(value: string, id: string): boolean {
  const words = tokenizeWords(value.toLowerCase())
  if (words.length === 0 || words.length > 10) return false
  const own = new Set<string>()
  for (const w of tokenizeWords(id.toLowerCase().split('-').join(' '))) own.add(w)
  for (const w of tokenizeWords((SPDX_LIST[id]?.name ?? '').toLowerCase())) own.add(w)
  return words.some(w => w.length >= 2 && !GENERIC.has(w) && /[a-z]/.test(w) && own.has(w))
}

/** Answers given, by value: a monorepo's cards name the same few licences thousands of times. */
const idMemo = new Map<string, LicenseIdResult>()
const ID_MEMO_ENTRIES = 4096

/** Identify a card metadata value: Hub id, SPDX id or expression, catalogue id/alias/name, or free text. */
export function identifyLicenseId(value: string): LicenseIdResult {
  if (value.length > 1000) return identifyLicenseIdNow(value)
  let known = idMemo.get(value)
  if (!known) {
    known = identifyLicenseIdNow(value)
    if (idMemo.size >= ID_MEMO_ENTRIES) idMemo.clear()
    idMemo.set(value, known)
  }
  // a copy: callers may change what they get
  return { ...known }
}

function identifyLicenseIdNow(value: string): LicenseIdResult {
  const v = value.trim()
  const lower = v.toLowerCase()
  if (v.length === 0 || v.length > 300)
    return { id: null, name: v, matcher: 'none', confidence: 0, known: false }
  if (HUB_PLACEHOLDERS.has(lower))
    return {
      id: null,
      name: lower === 'other' ? 'Other' : 'Unknown',
      matcher: 'hub-id',
      confidence: 1,
      known: true
    }
  const hub = HUB_TO_SPDX[lower]
  if (hub)
    return { id: hub, name: SPDX_LIST[hub]?.name ?? hub, matcher: 'hub-id', confidence: 1, known: true }
  const entry = catalogueEntry(v)
  if (entry) {
    const exactHub = entry.hubId === true && entry.id === lower
    return {
      id: idForEntry(entry),
      name: entry.name,
      matcher: exactHub ? 'hub-id' : 'license-name',
      confidence: exactHub ? 1 : 0.95,
      known: true
    }
  }
  const expr = parseExpression(v)
  if (expr) {
    const ls = leaves(expr)
    if (ls.every(l => !l.license.startsWith('LicenseRef-') && !l.license.startsWith('DocumentRef-'))) {
      const id = expressionToString(expr)
      const name = 'license' in expr && !expr.exception ? (SPDX_LIST[expr.license]?.name ?? id) : id
      return { id, name, matcher: 'spdx-expression', confidence: 1, known: true }
    }
    return { id: null, name: v, matcher: 'none', confidence: 0, known: false }
  }
  const byName = catalogueByName(v)
  if (byName)
    return {
      id: idForEntry(byName),
      name: byName.name,
      matcher: 'license-name',
      confidence: 0.9,
      known: true
    }
  const bySpdxName = spdxByName(v)
  if (bySpdxName)
    return {
      id: bySpdxName,
      name: SPDX_LIST[bySpdxName]?.name ?? bySpdxName,
      matcher: 'license-name',
      confidence: 0.9,
      known: true
    }
  let corrected: string | null = null
  try {
    corrected = spdxCorrect(v)
  } catch {
    corrected = null
  }
  if (corrected && plausibleCorrection(v, corrected)) {
    const id = canonicalSpdxId(corrected) ?? corrected
    return { id, name: SPDX_LIST[id]?.name ?? id, matcher: 'spdx-correct', confidence: 0.8, known: true }
  }
  return { id: null, name: v, matcher: 'none', confidence: 0, known: false }
}

// ---------------------------------------------------------------------------------------------
// Licence information

const COPYLEFT_PREFIXES = [
  'GPL-',
  'AGPL-',
  'LGPL-',
  'MPL-',
  'EPL-',
  'EUPL-',
  'OSL-',
  'CDDL-',
  'CPL-',
  'CECILL-',
  'CDLA-Sharing',
  'ODbL-',
  'GFDL-',
  'MS-RL',
  'RPL-',
  'Sleepycat',
  'SSPL-',
  'APSL-',
  'IPL-',
  'QPL-',
  'OFL-',
  'CC-BY-SA-',
  'LPPL-',
  'SimPL-',
  'Nokia',
  'NPL-',
  'RPSL-'
]
const NO_CONDITIONS = new Set([
  'CC0-1.0',
  'Unlicense',
  '0BSD',
  'WTFPL',
  'PDDL-1.0',
  'MIT-0',
  'BSD-0-Clause',
  'CC-PDDC',
  'blessing',
  'Zlib',
  'libpng-2.0'
])

/** Clause types implied by an SPDX id (no text needed). */
export function spdxClauses(id: string): { type: ClauseType; summary: string }[] {
  const out: { type: ClauseType; summary: string }[] = []
  if (id.startsWith('CC-')) {
    const parts = id.split('-')
    if (parts.includes('BY')) out.push({ type: 'attribution', summary: 'Appropriate credit must be given.' })
    if (parts.includes('NC'))
      out.push({ type: 'non-commercial', summary: 'Use is limited to non-commercial purposes.' })
    if (parts.includes('ND'))
      out.push({ type: 'no-derivatives', summary: 'Adapted material may not be shared.' })
    if (parts.includes('SA'))
      out.push({ type: 'share-alike', summary: 'Adaptations must be shared under the same licence.' })
    return out
  }
  if (NO_CONDITIONS.has(id)) return out
  if (COPYLEFT_PREFIXES.some(p => id.startsWith(p)))
    out.push({
      type: 'share-alike',
      summary: 'Modified versions must be distributed under the same licence.'
    })
  out.push({ type: 'attribution', summary: 'Copyright and licence notices must be retained.' })
  return out
}

function entryInfo(e: CatalogueEntry): LicenseInfo {
  const info: LicenseInfo = {
    id: e.id,
    name: e.name,
    family: e.family,
    spdx: e.spdx,
    osiApproved: e.osiApproved,
    kind: e.kind,
    clauses: e.clauses.map(c => ({ type: c.type, summary: c.summary }))
  }
  if (e.version !== undefined) info.version = e.version
  if (e.url !== undefined) info.url = e.url
  if (e.useAt !== undefined) info.useAt = e.useAt
  return info
}

/** Information on a catalogue id (or alias), a Hub id, or an SPDX id. */
export function getLicenseInfo(id: string): LicenseInfo | undefined {
  const key = id.trim()
  const e = catalogueEntry(key)
  if (e) return entryInfo(e)
  const spdx = HUB_TO_SPDX[key.toLowerCase()] ?? canonicalSpdxId(key)
  if (!spdx || !SPDX_LIST[spdx]) return undefined
  const l = SPDX_LIST[spdx]!
  return {
    id: spdx,
    name: l.name,
    family: spdx.startsWith('CC-') || spdx.startsWith('CC0') ? 'cc' : 'spdx',
    url: l.url,
    spdx,
    osiApproved: l.osiApproved === true,
    kind: 'license',
    clauses: spdxClauses(spdx)
  }
}

function isOsiLeaf(id: string): boolean {
  const e = catalogueEntry(id)
  if (e) return e.osiApproved
  const spdx = HUB_TO_SPDX[id.toLowerCase()] ?? canonicalSpdxId(id)
  return spdx !== undefined && SPDX_LIST[spdx.replace(/\+$/, '')]?.osiApproved === true
}

function osiNode(n: SpdxNode): boolean {
  if ('license' in n) return isOsiLeaf(n.license)
  return n.conjunction === 'or' ? osiNode(n.left) || osiNode(n.right) : osiNode(n.left) && osiNode(n.right)
}

/** True when the licence (or SPDX expression) is OSI-approved: AND needs every part, OR one branch. */
export function isOpenSourceLicense(idOrExpression: string): boolean {
  const v = idOrExpression.trim()
  if (v.length === 0) return false
  if (catalogueEntry(v) || HUB_TO_SPDX[v.toLowerCase()]) return isOsiLeaf(v)
  const expr = parseExpression(v)
  return expr !== null && osiNode(expr)
}

/** Clauses of a licence known only from metadata; the quote is the catalogue summary. */
export function catalogueClauses(id: string, cardFile: string | null, line: number | null): Clause[] {
  const ids: string[] = []
  if (getLicenseInfo(id)) ids.push(id)
  else {
    const expr = parseExpression(id)
    if (expr) for (const l of leaves(expr)) ids.push(l.license)
  }
  const out: Clause[] = []
  const seen = new Set<string>()
  const add = (type: ClauseType, summary: string): void => {
    if (seen.has(type)) return
    seen.add(type)
    out.push({ type, file: cardFile, line, quote: summary })
  }
  for (const one of ids) {
    const info = getLicenseInfo(one)
    if (!info) continue
    for (const c of info.clauses) add(c.type, c.summary)
    const e = catalogueEntry(one)
    const policy = e?.policy ? catalogueEntry(e.policy) : undefined
    if (policy)
      for (const c of policy.clauses)
        if (c.type !== 'acceptable-use-policy') add(c.type, `${policy.name}: ${c.summary}`)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Licence files

function baseName(file: string): string {
  const parts = file.split('/')
  return (parts[parts.length - 1] ?? file).toUpperCase()
}

/** Which part of a release a licence file governs, from its name, then its identification, then its title. */
export function componentOf(file: string, text: string, entry?: CatalogueEntry): LicenseComponent {
  const name = baseName(file).replace(/[^A-Z0-9]+/g, ' ')
  const words = new Set(name.split(' ').filter(w => w.length > 0))
  // a parent folder named for the part it holds ("weights/LICENSE", "docs/LICENSE")
  for (const dir of file.split('/').slice(0, -1)) {
    const d = dir.toUpperCase()
    if (
      ['WEIGHTS', 'CHECKPOINTS', 'DOCS', 'DOC', 'DOCUMENTATION', 'DATA', 'DATASETS', 'CODE', 'SRC'].includes(
        d
      )
    )
      words.add(d === 'SRC' ? 'CODE' : d === 'CHECKPOINTS' ? 'WEIGHTS' : d === 'DATASETS' ? 'DATA' : d)
  }
  if (
    words.has('AUP') ||
    name.includes('USE POLICY') ||
    name.includes('USAGE POLICY') ||
    words.has('ACCEPTABLE') ||
    name.includes('PROHIBITED USE')
  )
    return 'use-policy'
  if (words.has('CODE') || words.has('SOFTWARE') || words.has('SOURCE')) return 'code'
  if (
    words.has('MODEL') ||
    words.has('WEIGHTS') ||
    words.has('MODELS') ||
    words.has('PARAMETERS') ||
    words.has('CHECKPOINTS')
  )
    return 'weights'
  if (words.has('DATA') || words.has('DATASET') || words.has('DATASETS')) return 'data'
  if (words.has('DOC') || words.has('DOCS') || words.has('DOCUMENTATION')) return 'documentation'
  if (entry?.kind === 'use-policy') return 'use-policy'
  // Title: the first non-empty line.
  let title = ''
  for (const line of text.slice(0, 4000).split('\n')) {
    if (line.trim().length > 0) {
      title = normalizePhrase(line)
      break
    }
  }
  const tw = ` ${title} `
  if (tw.includes(' acceptable use policy ') || tw.includes(' use policy ') || tw.includes(' usage policy '))
    return 'use-policy'
  if (tw.includes(' weights ') || tw.includes(' model license ') || tw.includes(' models license '))
    return 'weights'
  return 'all'
}

const UNRECOGNIZED = 'Unrecognized licence'

interface Hit {
  id: string
  name: string
  matcher: Matcher
  confidence: number
}

/** A line that only separates parts of a file: "---", "=====", "* * *" without spaces. */
function isSeparatorLine(line: string): boolean {
  const t = line.trim()
  if (t.length < 3 || t.length > 400) return false
  const c = t[0]!
  if (!'-=*_~#+'.includes(c)) return false
  for (let i = 1; i < t.length; i++) if (t[i] !== c) return false
  return true
}

/** "## Third-party notices", "THIRD PARTY SOFTWARE LICENSES:" — what follows governs bundled components. */
function isThirdPartyHeading(line: string): boolean {
  const words = tokenizeWords(stripListMarker(line).toLowerCase())
  if (words.length === 0 || words.length > 8) return false
  const j = ` ${words.join(' ')} `
  if (!j.includes(' third party ') && !j.includes(' thirdparty ') && !j.includes(' 3rd party ')) return false
  return /notice|licen|software|component|attribution|dependenc|code|acknowledg/.test(j)
}

/** "Code: MIT License" → "MIT License"; markdown markup and trailing punctuation dropped. */
function nameOfLine(line: string): string {
  let s = stripListMarker(line).split('*').join('').split('`').join('').trim()
  const colon = s.indexOf(':')
  if (colon > 0 && colon < s.length - 1 && tokenizeWords(s.slice(0, colon)).length <= 4)
    s = s.slice(colon + 1)
  s = s.trim()
  while (s.length > 0 && '.;,'.includes(s[s.length - 1]!)) s = s.slice(0, -1)
  return s.trim()
}

/** A short line that is nothing but a licence name ("MIT License", "Apache License 2.0", "License: CC-BY-4.0"). */
function licenseNameLine(line: string, next?: string): Hit | null {
  if (isCopyrightLine(line) || line.includes('://')) return null
  const name = nameOfLine(line)
  const words = tokenizeWords(name)
  if (words.length === 0 || words.length > 10) return null
  const tries = [name]
  // "Apache License" / "Version 2.0, January 2004"
  if (next !== undefined && /^\s*version\b/i.test(next))
    tries.unshift(`${name} ${next.split(',')[0]!.trim()}`)
  for (const t of tries) {
    const r = identifyLicenseId(t)
    if (!r.id) continue
    const lower = t.toLowerCase()
    const named = lower.includes('licen') || r.matcher === 'hub-id' || r.matcher === 'spdx-expression'
    if (named) return { id: r.id, name: r.name, matcher: r.matcher, confidence: 0.85 }
  }
  return null
}

/** Ids named by short lines of a short text, in order, without repeats. */
function namesInLines(lines: readonly string[]): Hit[] {
  const out: Hit[] = []
  for (let i = 0; i < lines.length; i++) {
    const h = licenseNameLine(lines[i]!, lines[i + 1])
    if (h && !out.some(o => o.id === h.id)) out.push(h)
  }
  return out
}

function combine(hits: readonly Hit[], text: string): Hit {
  if (hits.length === 1) return hits[0]!
  const n = ` ${normalizePhrase(text.slice(0, 20000))} `
  const choice =
    n.includes(' dual licensed ') ||
    n.includes(' duallicensed ') ||
    n.includes(' dual license ') ||
    n.includes(' at your option ') ||
    n.includes(' your choice of ')
  const op = choice ? ' OR ' : ' AND '
  const part = (id: string): string => (id.includes(' ') ? `(${id})` : id)
  const id = hits.map(h => part(h.id)).join(op)
  return {
    id,
    name: hits.map(h => h.name).join(choice ? ' or ' : ' and '),
    matcher: hits.find(h => h.matcher === 'dice')?.matcher ?? hits[0]!.matcher,
    confidence: Math.min(0.9, ...hits.map(h => h.confidence))
  }
}

/** The part of a file before a third-party notices section (the whole file when there is none). */
function ownPart(lines: readonly string[]): string[] {
  for (let i = 1; i < lines.length; i++) {
    if (!isThirdPartyHeading(lines[i]!)) continue
    const head = lines.slice(0, i)
    if (tokenizeWords(head.join(' ')).length >= 20) return head
    break
  }
  return [...lines]
}

/** Most segments looked at in one file. */
const MAX_SEGMENTS = 12

/**
 * Several licences in one file: split at separator lines and at licence title lines after a blank
 * line; identify each part (full text by SPDX match, short part by its name lines).
 */
function identifySegments(
  lines: readonly string[],
  matchText: (text: string) => SpdxTextMatch | null
): Hit[] {
  const segments: string[][] = [[]]
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (isSeparatorLine(line)) {
      if (segments[segments.length - 1]!.length > 0) segments.push([])
      continue
    }
    const cur = segments[segments.length - 1]!
    const afterBlank = i === 0 || lines[i - 1]!.trim().length === 0
    if (
      afterBlank &&
      cur.length > 0 &&
      line.length < 120 &&
      line.toLowerCase().includes('licen') &&
      licenseNameLine(line, lines[i + 1]) !== null
    ) {
      if (segments.length >= MAX_SEGMENTS) break
      segments.push([line])
      continue
    }
    cur.push(line)
  }
  const hits: Hit[] = []
  const add = (h: Hit): void => {
    if (!hits.some(o => o.id === h.id)) hits.push(h)
  }
  for (const seg of segments.slice(0, MAX_SEGMENTS)) {
    const text = seg.join('\n')
    // (only whether there are none, 40 or more, 80 or fewer matters: a long part is not counted through)
    const words = countWordsUpTo(text, 81)
    if (words === 0) continue
    if (words >= 40) {
      const m = matchText(text)
      if (m) {
        add({ id: m.id, name: m.name, matcher: m.matcher, confidence: m.confidence })
        continue
      }
    }
    if (words <= 80) for (const h of namesInLines(seg)) add(h)
  }
  return hits
}

/** Title of a licence of its own ("Heron Model License"): a licence word and a distinctive word, naming nothing known. */
function hasCustomTitle(lines: readonly string[]): boolean {
  const nonEmpty = lines.filter(l => l.trim().length > 0)
  const first = nonEmpty[0]
  // a one-line notice ("… released under the X license") is no title
  if (first === undefined || nonEmpty.length < 2 || / under /i.test(first)) return false
  const words = tokenizeWords(stripListMarker(first).toLowerCase())
  if (words.length === 0 || words.length > 10) return false
  if (!words.some(w => w.startsWith('licen') || w === 'agreement' || w === 'terms')) return false
  if (!words.some(w => !GENERIC.has(w) && !w.startsWith('licen') && /[a-z]/.test(w))) return false
  return licenseNameLine(first) === null
}

function fromNotice(text: string): Hit | null {
  const lines = text.split('\n')
  for (const line of lines) {
    const idx = line.toLowerCase().indexOf('spdx-license-identifier:')
    if (idx >= 0) {
      const r = identifyLicenseId(
        line.slice(idx + 'spdx-license-identifier:'.length).replace(/\*\/|-->/g, '')
      )
      if (r.id) return { id: r.id, name: r.name, matcher: 'spdx-expression', confidence: 0.95 }
    }
  }
  const words = tokenizeWords(text)
  if (words.length === 0 || words.length > 80) return null
  // The whole text is a licence name ("Apache License 2.0").
  const whole = identifyLicenseId(text.replace(/\s+/g, ' ').trim().replace(/\.$/, ''))
  if (whole.id)
    return {
      id: whole.id,
      name: whole.name,
      matcher: whole.matcher,
      confidence: Math.min(0.9, whole.confidence)
    }
  // Lines that are licence names ("Model weights: Apache License 2.0", "Code: MIT License").
  const named = namesInLines(lines)
  if (named.length > 0) return combine(named, text)
  if (hasCustomTitle(lines)) return null
  // "… licensed / released / available under (the) NAME (license)."
  const flat = text.replace(/\s+/g, ' ').split('*').join('').split('`').join('')
  const lower = flat.toLowerCase()
  let from = 0
  for (;;) {
    const at = lower.indexOf('under ', from)
    if (at < 0) break
    from = at + 6
    let rest = flat.slice(at + 6)
    if (rest.toLowerCase().startsWith('the ')) rest = rest.slice(4)
    let end = rest.length
    for (const stop of ['. ', ', ', '; ', ' and ', ' for ', ' (', ' which ', ' with ']) {
      const i = rest.toLowerCase().indexOf(stop)
      if (i >= 0 && i < end) end = i
    }
    const candidate = trimEndChars(rest.slice(0, end), '.;:,').trim()
    if (candidate.length === 0 || candidate.length > 120) continue
    for (const c of [candidate, withoutLicenseWord(candidate)]) {
      if (c.length === 0) continue
      const r = identifyLicenseId(c)
      if (r.id) return { id: r.id, name: r.name, matcher: r.matcher, confidence: 0.8 }
    }
  }
  return null
}

/** "Heron Public License Agreement" → "Heron": the trailing licence words dropped (word by word, never a backtracking regex). */
function withoutLicenseWord(name: string): string {
  const words = name.split(/\s+/)
  const lower = words.map(w => w.toLowerCase())
  let n = words.length
  if (n > 1 && lower[n - 1] === 'agreement') n--
  if (n > 1 && (lower[n - 1] === 'license' || lower[n - 1] === 'licence')) n--
  else return name
  if (n > 1 && lower[n - 1] === 'public') n--
  return n === 0 ? '' : words.slice(0, n).join(' ')
}

/** A short notice naming an open licence next to restrictive terms of its own is not that licence. */
function contradicted(hit: Hit, text: string): boolean {
  if (!isOpenSourceLicense(hit.id)) return false
  return detectClauses(text, 'LICENSE').some(c => !NON_RESTRICTIVE_CLAUSES.has(c.type))
}

/** Added sentences kept in an identification (the finding quotes the first). */
const MAX_ADDED_REPORTED = 5

/** Identify the text of a licence or use-policy file (file: path relative to the audited root). */
export function identifyLicenseText(text: string, file: string): LicenseTextIdentification {
  // Normalised once for both uses when the text has no title line (the usual case).
  const normalised = normalizeLicenseTextBothWays(text)
  const markers = matchMarkers(normalised.withTitle)
  const best = markers[0]
  if (best) {
    const e = best.entry
    let id = e.id
    if (e.kind === 'use-policy' && e.policyOf) id = HUB_TO_SPDX[e.policyOf] ?? e.policyOf
    return {
      file,
      id,
      name: e.name,
      source: 'file',
      confidence: best.confidence,
      matcher: 'marker',
      component: componentOf(file, text, e),
      entry: e.id
    }
  }
  const plainResult = (h: Hit): LicenseTextIdentification => ({
    file,
    id: h.id,
    name: h.name,
    source: 'file',
    confidence: h.confidence,
    matcher: h.matcher,
    component: componentOf(file, text)
  })
  // A text close to a standard one (Dice) with sentences of its own is that licence, modified.
  const result = (h: Hit, own: string = text): LicenseTextIdentification => {
    const base = plainResult(h)
    // An exact match may still differ after "end of terms and conditions", where hashing stops.
    if ((h.matcher !== 'dice' && h.matcher !== 'exact') || h.id.includes(' ')) return base
    const added = addedSentences(own, h.id)
    if (!added || added.length === 0) return base
    return {
      ...base,
      id: `LicenseRef-${h.id}-modified`,
      name: `${h.id} (modified)`,
      modifiedFrom: h.id,
      addedText: added.slice(0, MAX_ADDED_REPORTED)
    }
  }
  // A text normalised and matched once is not again: a file of one part is its own only part.
  // (normalizeLicenseText drops a BOM and unifies line ends itself: `clean` normalises as `text` does.)
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const matched = new Map<string, SpdxTextMatch | null>()
  const matchText = (t: string): SpdxTextMatch | null => {
    let m = matched.get(t)
    if (m === undefined) {
      m = matchNormalized(t === clean ? normalised.withoutTitle : normalizeLicenseText(t))
      matched.set(t, m)
    }
    return m
  }
  const spdx = matchText(clean)
  if (spdx?.matcher === 'exact') return result(spdx)
  const lines = clean.split('\n')
  const own = ownPart(lines)
  const parts = identifySegments(own, matchText)
  if (parts.length >= 2) return result(combine(parts, own.join('\n')))
  if (spdx) return result(spdx)
  if (own.length < lines.length) {
    const head = matchText(own.join('\n'))
    if (head) return result({ ...head, confidence: Math.min(head.confidence, 0.95) }, own.join('\n'))
  }
  // one full licence text among other parts (a name line alone is no identification of the whole file)
  const only = parts.length === 1 ? parts[0]! : undefined
  if (only && (only.matcher === 'exact' || only.matcher === 'dice'))
    return result({ ...only, confidence: Math.min(only.confidence, 0.9) })
  // A text that only points to a known licence's address is that licence.
  const pointer = resolvePointer(clean)
  if (pointer)
    return result({
      id: pointer.id,
      name: getLicenseInfo(pointer.id)?.name ?? pointer.id,
      matcher: 'pointer',
      confidence: 0.9
    })
  const notice = fromNotice(clean)
  if (notice && !contradicted(notice, clean)) return result(notice)
  return {
    file,
    id: null,
    name: UNRECOGNIZED,
    source: 'file',
    confidence: 0,
    matcher: 'none',
    component: componentOf(file, text)
  }
}
