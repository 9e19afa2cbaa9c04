// Writing a report in the format asked for. Each renderer is imported only when its format is
// asked for (JSON, a one-liner, is always at hand): SARIF brings the rules' documentation, and the
// text renderer string-width (evaluated only for a report with wide text: its emoji pattern costs ICU
// tens of milliseconds to build); a JSON run needs neither.
import { renderJson } from '../report/json.js'
import type { SarifOptions } from '../report/sarif.js'
import type { TextOptions } from '../report/text.js'
import type { Report } from '../report/types.js'

export type ReportFormat = 'json' | 'markdown' | 'text' | 'sarif'

/** The report as `format`: `text` options apply to the text format, `sarif` ones to SARIF. */
export async function renderReport(
  format: ReportFormat,
  report: Report,
  options: { text?: TextOptions; sarif?: SarifOptions } = {}
): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(report)
    case 'sarif':
      return (await import('../report/sarif.js')).renderSarif(report, options.sarif)
    case 'text':
      return (await import('../report/text.js')).renderText(report, options.text)
  }
}
