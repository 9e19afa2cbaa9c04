// The order of a report, in one place: an audit sorts by it, and `merge` sorts the reports of
// shards by it again, so that merged shards read exactly as one run over the whole repository.
import { SEVERITY_RANK, type Finding } from '../types.js'

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Model roots: by path, code unit by code unit (as discovery lists them), so a folder's models sit together. */
export function compareModelPaths(a: string, b: string): number {
  return byCodeUnits(a, b)
}

/**
 * Findings: most severe first, then by file and line; rule and message settle ties, so the order is
 * total. Strings compare by code units, never by locale: every machine sorts alike.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    byCodeUnits(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    byCodeUnits(a.rule, b.rule) ||
    byCodeUnits(a.message, b.message) ||
    byCodeUnits(a.evidence ?? '', b.evidence ?? '')
  )
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}
