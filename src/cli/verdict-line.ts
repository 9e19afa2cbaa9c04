import { counts, countsText } from '../report/labels.js'
import type { Report } from '../report/types.js'

/** After writing a report to a file, the verdict and counts on standard error. */
export function verdictLine(report: Report, output: string): string {
  const c = counts([...report.findings, ...report.models.flatMap(m => m.findings)])
  return `model-openness: ${report.verdict.toUpperCase()} (${countsText(c)}); report written to ${output}\n`
}
