// GitHub's size limits: a PR/issue comment body holds at most 65,536 characters and a step summary
// at most 1 MiB (a larger $GITHUB_STEP_SUMMARY aborts the upload). Markdown that is too long is cut
// at a line boundary that is outside code fences, preferably outside any <details> block (open ones
// are closed otherwise) and never between a table's header and its delimiter row; a note with the
// run link follows. When even that cannot fit, a compact fallback is returned.
import { trimEndChars } from '../text/trim.js'

export const MAX_COMMENT_CHARS = 65_536
/** 1 MiB minus a margin for what the runner or other steps add. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024

export interface FitResult {
  text: string
  truncated: boolean
  /** The compact fallback was used (nothing of the original fitted). */
  fallback: boolean
  size: number
}

export interface FitOptions {
  max: number
  measure: (text: string) => number
  note: string
  /** Compact variant used when no useful prefix fits; a default one is built otherwise. */
  fallback?: string
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
const chars = (text: string): number => text.length

const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** A table's delimiter row ("| --- | :-: |"): cells of dashes with optional colons, split by pipes. */
function isTableDelimiter(line: string): boolean {
  let s = line.trim()
  if (s.startsWith('|')) s = s.slice(1)
  if (s.endsWith('|')) s = s.slice(0, -1)
  if (s.trim().length === 0) return false
  return s.split('|').every(cell => /^:?-+:?$/.test(cell.trim()))
}

interface Boundary {
  /** Index in the text where the kept prefix ends. */
  end: number
  size: number
  depth: number
  fence?: string
}

function boundaries(markdown: string, measure: (text: string) => number): Boundary[] {
  const result: Boundary[] = [{ end: 0, size: 0, depth: 0 }]
  let depth = 0
  let fence: string | undefined
  let size = 0
  let position = 0
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const last = i === lines.length - 1
    const piece = last ? line : `${line}\n`
    size += measure(piece)
    position += piece.length
    const fenceMatch = FENCE.exec(line)
    if (fence) {
      if (
        fenceMatch &&
        fenceMatch[1][0] === fence[0] &&
        fenceMatch[1].length >= fence.length &&
        line.trim() === fenceMatch[1]
      ) {
        fence = undefined
      }
    } else if (fenceMatch) {
      fence = fenceMatch[1]
    } else {
      depth += (line.match(/<details[\s>]/gi) ?? []).length
      depth -= (line.match(/<\/details\s*>/gi) ?? []).length
      if (depth < 0) depth = 0
    }
    // Never cut between a table header and its delimiter row.
    const next = lines[i + 1]
    if (
      next !== undefined &&
      line.trimStart().startsWith('|') &&
      isTableDelimiter(next) &&
      next.includes('-')
    )
      continue
    result.push({ end: position, size, depth, fence })
  }
  return result
}

function closers(boundary: Boundary): string {
  let text = ''
  if (boundary.fence) text += `\n${boundary.fence}\n`
  for (let i = 0; i < boundary.depth; i++) text += '\n</details>\n'
  return text
}

function hardCut(text: string, max: number, measure: (text: string) => number): string {
  if (measure(text) <= max) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(text.slice(0, mid)) <= max) low = mid
    else high = mid - 1
  }
  // Do not leave a lone high surrogate.
  let cut = low
  if (cut > 0 && /[\uD800-\uDBFF]/.test(text[cut - 1])) cut--
  return text.slice(0, cut)
}

/** Cuts markdown to at most `max` (as measured) with a note, or returns it unchanged when it fits. */
export function fitMarkdown(markdown: string, options: FitOptions): FitResult {
  const { max, measure, note } = options
  const total = measure(markdown)
  if (total <= max) return { text: markdown, truncated: false, fallback: false, size: total }

  const noteSize = measure(note)
  const candidates = boundaries(markdown, measure).filter(b => b.end > 0)
  let bestAny: Boundary | undefined
  let bestTop: Boundary | undefined
  for (const b of candidates) {
    const size = b.size + measure(closers(b)) + noteSize
    if (size > max) continue
    if (!bestAny || b.end > bestAny.end) bestAny = b
    if (b.depth === 0 && !b.fence && (!bestTop || b.end > bestTop.end)) bestTop = b
  }
  // Prefer a cut outside every <details> unless that throws away more than half of what fits.
  const chosen = bestTop && bestAny && bestTop.size >= bestAny.size / 2 ? bestTop : bestAny
  if (chosen && chosen.size > 0) {
    const text = trimEndChars(markdown.slice(0, chosen.end), '\n') + '\n' + closers(chosen) + note
    const size = measure(text)
    if (size <= max) return { text, truncated: true, fallback: false, size }
  }
  const fallbacks = [
    options.fallback,
    `**Model Openness Audit**: the report is too long to show here.${note}`
  ]
  for (const candidate of fallbacks) {
    if (candidate !== undefined && measure(candidate) <= max) {
      return { text: candidate, truncated: true, fallback: true, size: measure(candidate) }
    }
  }
  const text = hardCut(fallbacks[1] as string, max, measure)
  return { text, truncated: true, fallback: true, size: measure(text) }
}

export interface CommentLimitOptions {
  maxChars?: number
  runUrl?: string
  fallback?: string
}

export interface SummaryLimitOptions {
  maxBytes?: number
  runUrl?: string
  fallback?: string
  /** Where else the full report lives, e.g. the report-file path (plain text, not Markdown). */
  reportFile?: string
}

function runLink(runUrl: string | undefined, where: string): string {
  return runUrl ? `${where}: ${runUrl}` : where
}

export function commentNote(runUrl?: string): string {
  return `\n\n---\n> [!NOTE]\n> … truncated; the full report is in the ${runLink(runUrl, 'job summary / workflow run')}\n`
}

export function summaryNote(runUrl?: string, reportFile?: string): string {
  const file = reportFile ? ` and in the report file ${reportFile.replace(/[`<>[\]]/g, '')}` : ''
  return `\n\n---\n> [!NOTE]\n> … truncated to fit the 1 MiB step-summary limit; the full report is in the ${runLink(runUrl, 'workflow run')}${file}\n`
}

/** Fits a PR comment body (characters; JS string length is never less than GitHub's count). */
export function fitCommentResult(markdown: string, options: CommentLimitOptions = {}): FitResult {
  return fitMarkdown(markdown, {
    max: options.maxChars ?? MAX_COMMENT_CHARS,
    measure: chars,
    note: commentNote(options.runUrl),
    fallback: options.fallback
  })
}

export function fitComment(markdown: string, options: CommentLimitOptions = {}): string {
  return fitCommentResult(markdown, options).text
}

/** Fits a step summary (UTF-8 bytes). */
export function fitSummaryResult(markdown: string, options: SummaryLimitOptions = {}): FitResult {
  return fitMarkdown(markdown, {
    max: options.maxBytes ?? MAX_SUMMARY_BYTES,
    measure: bytes,
    note: summaryNote(options.runUrl, options.reportFile),
    fallback: options.fallback
  })
}

export function fitSummary(markdown: string, options: SummaryLimitOptions = {}): string {
  return fitSummaryResult(markdown, options).text
}
