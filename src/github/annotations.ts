// Line annotations for findings. GitHub shows about 10 annotations of each kind per step, so at most
// `perKind` of each are emitted: new findings first, then findings without a status, then unchanged
// ones; fixed findings are never annotated. A last notice says how many more are in the summary.
import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { Finding, FindingStatus, Severity } from '../types.js'
import { trimEndChars } from '../text/trim.js'

export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
}

export interface AnnotationOptions {
  /** At most this many of each kind (default 10). */
  perKind?: number
  /** Prefix for finding files so they are relative to the repository root (the audited path). */
  pathPrefix?: string
}

export interface AnnotationCounts {
  errors: number
  warnings: number
  notices: number
  /** Findings not annotated because of the caps (fixed findings are not counted). */
  omitted: number
}

const STATUS_RANK = (status: FindingStatus | undefined): number =>
  status === 'new' ? 0 : status === undefined ? 1 : 2
const KIND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  note: 'notice'
}

function joinPath(prefix: string | undefined, file: string): string {
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '')
  const p = trimEndChars((prefix ?? '').replace(/\\/g, '/').replace(/^\.(\/|$)/, ''), '/')
  return p ? `${p}/${clean}` : clean
}

/** Annotation messages are plain text; keep them on a sane length. */
function messageOf(finding: Finding): string {
  let message = finding.message
  if (finding.evidence)
    message += `\n“${finding.evidence.length > 300 ? `${finding.evidence.slice(0, 300)}…` : finding.evidence}”`
  return message.length > 1000 ? `${message.slice(0, 1000)}…` : message
}

export function emitAnnotations(
  findings: Finding[],
  sink: AnnotationSink = core,
  options: AnnotationOptions = {}
): AnnotationCounts {
  const perKind = options.perKind ?? 10
  const candidates = findings.filter(f => f.status !== 'fixed')
  const byKind: Record<'error' | 'warning' | 'notice', Finding[]> = { error: [], warning: [], notice: [] }
  for (const finding of candidates) byKind[KIND[finding.severity] ?? 'notice'].push(finding)
  for (const list of Object.values(byKind)) list.sort((a, b) => STATUS_RANK(a.status) - STATUS_RANK(b.status))

  const overflow =
    Math.max(0, byKind.error.length - perKind) +
    Math.max(0, byKind.warning.length - perKind) +
    Math.max(0, byKind.notice.length - perKind)
  // Keep one notice slot free for the "more findings" notice.
  const noticeCap = overflow > 0 || byKind.notice.length > perKind ? Math.max(0, perKind - 1) : perKind
  const counts: AnnotationCounts = { errors: 0, warnings: 0, notices: 0, omitted: 0 }
  const caps = { error: perKind, warning: perKind, notice: noticeCap }

  for (const kind of ['error', 'warning', 'notice'] as const) {
    const list = byKind[kind]
    for (const finding of list.slice(0, caps[kind])) {
      const properties: AnnotationProperties = { title: finding.rule }
      if (finding.file) {
        properties.file = joinPath(options.pathPrefix, finding.file)
        if (finding.line && finding.line > 0) properties.startLine = finding.line
      }
      sink[kind](messageOf(finding), properties)
      if (kind === 'error') counts.errors++
      else if (kind === 'warning') counts.warnings++
      else counts.notices++
    }
    counts.omitted += Math.max(0, list.length - caps[kind])
  }
  if (counts.omitted > 0) {
    sink.notice(
      `${counts.omitted} more finding${counts.omitted === 1 ? ' is' : 's are'} in the job summary`,
      {
        title: 'Model Openness Audit'
      }
    )
    counts.notices++
  }
  return counts
}
