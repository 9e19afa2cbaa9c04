// The GitHub Action: read inputs → load config → audit the head (and the base on pull requests)
// → write the summary, the PR comment and annotations → set outputs → pass or fail the step.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { audit } from './audit.js'
import { ConfigError, loadConfig, withOverrides } from './config/load.js'
import type { Config } from './config/schema.js'
import { readInputs } from './inputs.js'
import { escapeMarkdown } from './report/escape.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import type { Report } from './report/types.js'
import { readRunnerContext } from './github/context.js'
import { publish } from './github/publish.js'
import { createClient } from './github/client.js'
import { materializeBase } from './pr/base.js'
import { markStatus, renderChangesMarkdown, summarizeChanges } from './pr/status.js'

function countSeverity(report: Report, sev: string): number {
  return [...report.findings, ...report.models.flatMap(m => m.findings)].filter(f => f.severity === sev && f.status !== 'fixed').length
}

/** The overall OSAID verdict: fail if any model fails, else unknown if any is unknown. */
function overallOsaid(report: Report): string {
  const v = report.models.map(m => m.osaid)
  return v.includes('fail') ? 'fail' : v.includes('unknown') ? 'unknown' : 'pass'
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const context = readRunnerContext(process.env)
    const workspace = context.workspace ?? process.cwd()
    const root = path.resolve(workspace, inputs.path)
    const loaded = await loadConfig(root, inputs.config)
    const config: Config = withOverrides(
      loaded.config,
      { policy: inputs.policy, 'fail-on': inputs.failOn, comment: inputs.comment, 'comment-tag': inputs.commentTag, 'hub-lookup': inputs.hubLookup },
      'action inputs'
    )
    const hubEndpoint = process.env['HF_ENDPOINT'] || undefined
    const head = await audit(root, config, { configFile: loaded.file, hubEndpoint })
    let report = head.report
    let lead: string | undefined
    let changed = true
    const client = inputs.token ? createClient({ apiUrl: context.apiUrl, token: inputs.token }) : undefined

    const rel = path.relative(workspace, root).split(path.sep).join('/')
    if (context.baseSha) {
      const base = await materializeBase({
        workspace,
        baseSha: context.baseSha,
        client,
        owner: context.owner,
        repo: context.repo,
        paths: rel && rel !== '.' ? [rel] : undefined
      })
      try {
        if (base.warning) core.warning(base.warning)
        if (base.source !== 'none') {
          const baseRoot = path.join(base.dir, rel)
          const baseReport = await audit(baseRoot, config, { configFile: loaded.file, hubEndpoint })
            .then(r => r.report)
            .catch(() => null)
          report = markStatus(report, baseReport)
          const summary = summarizeChanges(report, baseReport)
          changed = summary.changed
          lead = renderChangesMarkdown(summary, escapeMarkdown)
        }
      } finally {
        await base.cleanup()
      }
    }

    const markdown = renderMarkdown(report, { lead, runUrl: context.runUrl })
    const compact = renderMarkdown(report, { lead, runUrl: context.runUrl, compact: true })
    const published = await publish({
      report,
      markdown,
      compactMarkdown: compact,
      inputs: { comment: config.comment, commentTag: config['comment-tag'], token: inputs.token, reportFile: inputs.reportFile },
      changed,
      context,
      client,
      pathPrefix: rel && rel !== '.' ? rel : undefined
    })
    for (const w of published.warnings) core.warning(w)

    if (inputs.reportFile) {
      const file = path.resolve(workspace, inputs.reportFile)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, renderJson(report))
      core.setOutput('report-file', file)
    }
    if (inputs.sarifFile) {
      const file = path.resolve(workspace, inputs.sarifFile)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, renderSarif(report))
    }
    core.setOutput('verdict', report.verdict)
    core.setOutput('errors', String(countSeverity(report, 'error')))
    core.setOutput('warnings', String(countSeverity(report, 'warning')))
    core.setOutput('osaid', overallOsaid(report))
    if (report.verdict === 'fail') {
      const n = countSeverity(report, 'error')
      core.setFailed(`Model Openness Audit failed: ${n} error${n === 1 ? '' : 's'} at or above '${config['fail-on']}'. See the job summary.`)
    }
  } catch (err) {
    if (err instanceof ConfigError) core.setFailed(`Configuration error: ${err.message}`)
    else core.setFailed(`Model Openness Audit could not run: ${(err as Error).message}`)
  }
}
