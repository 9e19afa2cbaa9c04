// The GitHub Action: read inputs → load config → audit the head (and the base on pull requests)
// → write the summary, the PR comment and annotations → set outputs → pass or fail the step.
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { audit } from './audit.js'
import { ConfigError, loadConfig, withOverrides } from './config/load.js'
import type { Config } from './config/schema.js'
import { readInputs, resolveInputPaths } from './inputs.js'
import { writeFileNoFollow } from './paths/contained.js'
import { neutralizeWorkflowCommands, sanitizeForLog } from './report/escape.js'
import { escapeMarkdown } from './report/escape.js'
import { renderJson } from './report/json.js'
import { blobUrl, renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import { renderText } from './report/text.js'
import type { Report } from './report/types.js'
import { readRunnerContext, type RunnerContext } from './github/context.js'
import { publish } from './github/publish.js'
import { createClient, type GitHubClient } from './github/client.js'
import { hubBaseResolver } from './hub/base-model.js'
import { auditHubList } from './hub/command.js'
import { HubSession } from './hub/targets.js'
import { createDeadline, parseDeadlineSeconds } from './net/deadline.js'
import { materializeBase, type MaterializedBase } from './pr/base.js'
import { markStatus, renderChangesMarkdown, summarizeChanges } from './pr/status.js'
import { trimEndChars } from './text/trim.js'

/** Most lines of the text report printed to the log; the job summary has everything. */
const MAX_LOG_LINES = 200

function countSeverity(report: Report, sev: string): number {
  return [...report.findings, ...report.models.flatMap(m => m.findings)].filter(
    f => f.severity === sev && f.status !== 'fixed'
  ).length
}

/** The overall OSAID verdict: fail if any model fails, else unknown if any is unknown. */
function overallOsaid(report: Report): string {
  const v = report.models.map(m => m.osaid)
  return v.includes('fail') ? 'fail' : v.includes('unknown') ? 'unknown' : 'pass'
}

/** A git command's trimmed stdout, or undefined when git is missing or fails. */
function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile('git', ['-C', cwd, ...args], { timeout: 15_000 }, (error, stdout) =>
      resolve(error ? undefined : String(stdout).trim())
    )
  })
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

interface Location {
  /** The repository's root on disk: git's top level, else the workspace. */
  repoRoot: string
  /** The audited folder relative to repoRoot, "/" separators, '' for the root itself; undefined when outside it. */
  rel?: string
}

/** Where the audited folder sits in its repository, so annotations, SARIF and the base audit use repository paths. */
async function locate(root: string, workspace: string): Promise<Location> {
  const top = await git(root, ['rev-parse', '--show-toplevel'])
  const real = await fs.realpath(root).catch(() => root)
  const repoRoot = top
    ? await fs.realpath(top).catch(() => top)
    : await fs.realpath(workspace).catch(() => workspace)
  const rel = path.relative(repoRoot, real)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { repoRoot }
  return { repoRoot, rel: toPosix(rel) }
}

/** Prints the text report to the log, at most MAX_LOG_LINES lines. */
async function logReport(report: Report, headline?: string): Promise<void> {
  const lines = (await renderText(report)).trimEnd().split('\n')
  const shown =
    lines.length > MAX_LOG_LINES
      ? [...lines.slice(0, MAX_LOG_LINES), `… ${lines.length - MAX_LOG_LINES} more lines in the job summary`]
      : lines
  if (headline) shown.splice(1, 0, neutralizeWorkflowCommands(sanitizeForLog(headline)))
  // The text holds names and quotes from the repository: a line such as "::stop-commands::x" or
  // "::add-mask::…" must not reach the runner as a workflow command, so commands are off around it.
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(shown.join('\n'))
  core.info(`::${token}::`)
}

function setOutputs(values: { verdict: string; errors: string; warnings: string; osaid: string }): void {
  core.setOutput('verdict', values.verdict)
  core.setOutput('errors', values.errors)
  core.setOutput('warnings', values.warnings)
  core.setOutput('osaid', values.osaid)
}

/** The pull request's head could not be read completely: the check fails, never audits something else. */
class HeadUnreadableError extends Error {}

/** Inputs this module reads itself (the rest are src/inputs.ts's). */
function networkInputs(): { deadlineMs: number; sarifCategory?: string } {
  const raw = core.getInput('api-deadline')
  const deadlineMs = parseDeadlineSeconds(raw)
  if (deadlineMs === undefined)
    throw new ConfigError(
      `input 'api-deadline': must be a number of seconds greater than 0, got '${raw.trim().slice(0, 40)}'`,
      'action inputs',
      'api-deadline'
    )
  const category = core.getInput('sarif-category').trim()
  return { deadlineMs, sarifCategory: category || undefined }
}

/**
 * Under pull_request_target the checkout is the base branch unless the workflow checked out the PR
 * (which it should not: see the README). Then the PR's head is read as data — from git objects when
 * the commit is in the checkout, else through the REST API — into a temporary folder and audited
 * there; nothing of it is executed. When it cannot be read completely the run fails (fail closed).
 */
async function prTargetHead(
  context: RunnerContext,
  repoRoot: string,
  rel: string | undefined,
  client: GitHubClient | undefined
): Promise<MaterializedBase | undefined> {
  if (context.eventName !== 'pull_request_target' || !context.headSha || rel === undefined) return undefined
  const checkedOut = await git(repoRoot, ['rev-parse', 'HEAD'])
  if (checkedOut && checkedOut.toLowerCase() === context.headSha.toLowerCase()) return undefined
  const head = await materializeBase({
    workspace: repoRoot,
    baseSha: context.headSha,
    role: 'head',
    client,
    owner: context.owner,
    repo: context.repo,
    paths: rel ? [rel] : undefined
  })
  if (head.source === 'none') {
    await head.cleanup()
    throw new HeadUnreadableError(
      `${head.reason ?? 'Could not read the pull request’s head.'} ` +
        'Under pull_request_target the checkout is not the pull request, so nothing was audited. ' +
        'Reading the head needs its commit in the checkout (actions/checkout with `fetch-depth: 0`, or ' +
        '`git fetch origin pull/<n>/head`), or a `github-token` with `contents: read`.'
    )
  }
  core.info(
    `pull_request_target: auditing the pull request’s head ${context.headSha.slice(0, 12)} read from ${head.source === 'git' ? 'git' : 'the API'} (not executed).`
  )
  return head
}

export async function run(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = []
  try {
    const inputs = readInputs()
    const { deadlineMs, sarifCategory } = networkInputs()
    // One network budget for the whole run: every GitHub API call shares it.
    const deadline = createDeadline(deadlineMs)
    const context = readRunnerContext(process.env)
    const workspace = context.workspace ?? process.cwd()
    const paths = await resolveInputPaths(inputs, workspace, process.env['RUNNER_TEMP'] || undefined)
    const root = paths.root
    const stat = await fs.stat(root).catch(() => undefined)
    if (!stat?.isDirectory())
      throw new ConfigError(
        `input 'path': folder '${inputs.path}' not found in the workspace`,
        'action inputs',
        'path'
      )
    const loaded = await loadConfig(root, inputs.config, undefined, { within: workspace })
    const config: Config = withOverrides(
      loaded.config,
      {
        policy: inputs.policy,
        'fail-on': inputs.failOn,
        comment: inputs.comment,
        'comment-tag': inputs.commentTag,
        'hub-lookup': inputs.hubLookup,
        'unknown-license': inputs.unknownLicense
      },
      'action inputs'
    )
    const hubEndpoint = process.env['HF_ENDPOINT'] || undefined
    const { repoRoot, rel } = await locate(root, workspace)
    const pathPrefix = rel || undefined
    // Only a PR comment or a base commit missing from the checkout ever needs the API.
    const client = inputs.token
      ? createClient({ apiUrl: context.apiUrl, token: inputs.token, deadline })
      : undefined

    let auditedRoot = root
    const prHead = inputs.models ? undefined : await prTargetHead(context, repoRoot, rel, client)
    if (prHead) {
      cleanups.push(prHead.cleanup)
      auditedRoot = path.join(prHead.dir, rel ?? '')
      await fs.mkdir(auditedRoot, { recursive: true })
    }
    // `models`: Hub models are audited instead of the folder (src/hub/); base models are read on the
    // Hub with `hub-lookup: true`. The run's one deadline covers GitHub's and the Hub's requests.
    const hub = new HubSession(process.env, deadline)
    cleanups.push(async () => hub.dispose())
    const hubBase = config['hub-lookup'] ? hubBaseResolver(hub.client) : undefined
    const head = inputs.models
      ? await auditHubList(inputs.models, config, hub, { configFile: loaded.file })
      : await audit(auditedRoot, config, {
          configFile: loaded.file,
          hubEndpoint,
          hubBaseResolver: hubBase,
          signal: deadline.signal,
          // the action publishes reports only: each model's facts are let go once it is judged
          keepFacts: false
        })
    let report = head.report
    let lead: string | undefined
    let headline: string | undefined
    let changed = true

    if (!inputs.models && context.comparesBase && context.baseSha && rel !== undefined) {
      const base = await materializeBase({
        workspace: repoRoot,
        baseSha: context.baseSha,
        client,
        owner: context.owner,
        repo: context.repo,
        paths: rel ? [rel] : undefined
      })
      try {
        if (base.warning) core.warning(sanitizeForLog(base.warning))
        if (base.source !== 'none') {
          const baseRoot = path.join(base.dir, rel)
          const baseReport = await fs
            .stat(baseRoot)
            .then(s =>
              s.isDirectory()
                ? audit(baseRoot, config, {
                    configFile: loaded.file,
                    hubEndpoint,
                    hubBaseResolver: hubBase,
                    signal: deadline.signal,
                    keepFacts: false
                  }).then(r => r.report)
                : null
            )
            .catch(() => null)
          report = markStatus(report, baseReport)
          const summary = summarizeChanges(report, baseReport)
          changed = summary.changed
          headline = summary.compared ? `${summary.headline}.` : undefined
          lead = renderChangesMarkdown(summary, escapeMarkdown)
        }
      } finally {
        await base.cleanup()
      }
    }

    await logReport(report, headline)
    // Findings link to the audited commit's files (the PR head, or the pushed commit).
    const sha = context.headSha ?? context.sha
    // Hub models link their files on the Hub (their `source`), never to this repository.
    const fileUrl =
      sha && context.owner && context.repo && !inputs.models
        ? blobUrl(`${trimEndChars(context.serverUrl, '/')}/${context.owner}/${context.repo}`, sha, rel ?? '')
        : undefined
    const markdown = renderMarkdown(report, { lead, runUrl: context.runUrl, fileUrl })
    const compact = renderMarkdown(report, { lead, runUrl: context.runUrl, compact: true, fileUrl })
    const published = await publish({
      report,
      markdown,
      compactMarkdown: compact,
      inputs: {
        comment: config.comment,
        commentTag: config['comment-tag'],
        token: inputs.token,
        reportFile: inputs.reportFile
      },
      changed,
      context,
      client,
      pathPrefix,
      // Annotations point at files of this repository: a Hub model's files are not here.
      ...(inputs.models ? { annotations: false } : {})
    })
    for (const w of published.warnings) core.warning(sanitizeForLog(w))

    setOutputs({
      verdict: report.verdict,
      errors: String(countSeverity(report, 'error')),
      warnings: String(countSeverity(report, 'warning')),
      osaid: overallOsaid(report)
    })
    // Never through a symbolic link: the checkout may hold one where the report is to go.
    if (paths.reportFile) {
      await writeFileNoFollow(paths.reportFile, renderJson(report))
      core.setOutput('report-file', paths.reportFile)
    }
    if (paths.sarifFile && inputs.models)
      core.warning(
        "sarif-file is not written for 'models': code scanning shows alerts on this repository's files, and a Hub model's files are not in it."
      )
    else if (paths.sarifFile)
      await writeFileNoFollow(
        paths.sarifFile,
        renderSarif(report, { pathPrefix: rel ?? '', category: sarifCategory })
      )
    if (report.verdict === 'fail') {
      const n = countSeverity(report, 'error')
      core.setFailed(
        `Model Openness Audit failed: ${n} error${n === 1 ? '' : 's'} at or above '${config['fail-on']}'. See the job summary.`
      )
    }
  } catch (err) {
    // Outputs are set on every path, so later steps can read them (`if: always()`).
    setOutputs({ verdict: 'fail', errors: '0', warnings: '0', osaid: 'unknown' })
    if (err instanceof ConfigError) {
      const message = `Configuration error: ${err.message}`
      if (err.file && err.file !== 'action inputs') {
        // An annotation on the config file itself (path relative to the audited folder → repository).
        const inputs = (() => {
          try {
            return readInputs()
          } catch {
            return undefined
          }
        })()
        const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
        const loc = inputs
          ? await locate(path.resolve(workspace, inputs.path), workspace).catch(() => undefined)
          : undefined
        const file = path.posix.normalize([loc?.rel, err.file.replace(/\\/g, '/')].filter(Boolean).join('/'))
        core.error(message, { title: 'Model Openness Audit: configuration', file, startLine: err.line })
        process.exitCode = core.ExitCode.Failure
      } else {
        core.setFailed(message)
      }
    } else if (err instanceof HeadUnreadableError) core.setFailed(`Model Openness Audit: ${err.message}`)
    else core.setFailed(`Model Openness Audit could not run: ${(err as Error).message}`)
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined)
  }
}
