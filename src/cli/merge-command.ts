// `model-openness merge REPORT.json...`: joins the reports of shards into one, in any report format;
// or joins SARIF logs into one SARIF log.
import {
  asReport,
  asSarif,
  isSarif,
  mergeReports,
  MergeError,
  mergeSarif,
  type NamedReport,
  type NamedSarif
} from '../report/merge.js'
import type { Command } from './args.js'
import { emit, InputError, readInput, textWidth, useColor, type Io } from './io.js'
import { renderReport } from './render.js'
import { verdictLine } from './verdict-line.js'

export async function runMerge(cmd: Extract<Command, { kind: 'merge' }>, io: Io): Promise<number> {
  try {
    const reports: NamedReport[] = []
    const logs: NamedSarif[] = []
    for (const file of cmd.files) {
      const text = await readInput(io, file, 'a report')
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (err) {
        throw new InputError(`${file}: not JSON (${(err as Error).message})`)
      }
      if (isSarif(json)) logs.push({ file, log: asSarif(json, file) })
      else reports.push({ file, report: asReport(json, file) })
    }
    if (logs.length > 0 && reports.length > 0)
      throw new InputError(
        `${logs[0].file} is a SARIF log, ${reports[0].file} a JSON report: merge one kind (JSON reports can be written as SARIF with --format sarif)`
      )
    if (logs.length > 0) {
      if (cmd.format !== 'sarif')
        throw new InputError(
          `SARIF logs merge into SARIF only (--format sarif); merge the JSON reports for --format ${cmd.format}`
        )
      await emit(io, JSON.stringify(mergeSarif(logs), null, 2) + '\n', cmd.output)
      // A SARIF log has no verdict: only the reports decide pass or fail.
      return 0
    }
    const report = mergeReports(reports)
    const out = await renderReport(cmd.format, report, {
      text: { color: useColor(cmd.color, io, cmd.output), width: textWidth(io), summary: cmd.summary }
    })
    await emit(io, out, cmd.output)
    if (cmd.output) io.stderr(verdictLine(report, cmd.output))
    return report.verdict === 'pass' ? 0 : 1
  } catch (err) {
    if (err instanceof MergeError) throw new InputError(err.message)
    throw err
  }
}
