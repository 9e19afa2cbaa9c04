// Publishing a finished report on GitHub: job summary, the sticky PR comment and annotations.
// Every failure here is a warning, never a job failure; outputs and exit status are main.ts's.
import * as actionsCore from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { Finding } from '../types.js'
import type { Report } from '../report/types.js'
import { emitAnnotations, type AnnotationCounts } from './annotations.js'
import { createClient, type GitHubClient } from './client.js'
import type { RunnerContext } from './context.js'
import { fitSummaryResult } from './limits.js'
import {
  defaultCommentTag,
  upsertStickyComment,
  type CommentMode,
  type UpsertResult
} from './sticky-comment.js'

/** The part of @actions/core that publish uses (the real module satisfies it). */
export interface PublishCore {
  summary: {
    emptyBuffer(): unknown
    addRaw(text: string, addEOL?: boolean): unknown
    write(options?: { overwrite?: boolean }): Promise<unknown>
  }
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  info(message: string): void
}

export interface PublishInputs {
  comment: CommentMode
  /** comment-tag input; empty means `<workflow>/<job>[/<audited path>]` (defaultCommentTag). */
  commentTag?: string
  token?: string
  reportFile?: string
  sarifFile?: string
  /** Same as PublishOptions.changed (either place works). */
  changed?: boolean
}

export interface PublishOptions {
  report: Report
  /** The full Markdown report (job summary). */
  markdown: string
  /** A shorter body for the PR comment (defaults to `markdown`). */
  commentMarkdown?: string
  /** Compact variants used when even a truncated report cannot fit. */
  compactMarkdown?: string
  inputs: PublishInputs
  context: RunnerContext
  /** Defaults to the real @actions/core. */
  core?: PublishCore
  /** Defaults to a client built from context.apiUrl and inputs.token. */
  client?: GitHubClient
  /** Defaults to report.verdict === 'fail'. */
  failed?: boolean
  /** Defaults to: any finding is new or fixed. */
  changed?: boolean
  /** Prefix for annotation paths when the audited path is not the repository root. */
  pathPrefix?: string
  /** Skip annotations (e.g. when main emits them itself). */
  annotations?: boolean
  /** Also log each warning with core.warning (default false: the caller logs result.warnings). */
  emitWarnings?: boolean
}

export interface PublishResult {
  warnings: string[]
  summary: { written: boolean; truncated: boolean; bytes: number }
  comment?: UpsertResult
  annotations?: AnnotationCounts
  /** REST calls made by publish (the client's count since publish started). */
  apiCalls: number
}

function allFindings(report: Report): Finding[] {
  return [...report.models.flatMap(m => m.findings), ...report.findings]
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const { report, context, inputs } = options
  const core: PublishCore = options.core ?? actionsCore
  const warnings: string[] = []
  const result: PublishResult = {
    warnings,
    summary: { written: false, truncated: false, bytes: 0 },
    apiCalls: 0
  }

  // 1. The job summary first: it works on fork PRs too.
  const summary = fitSummaryResult(options.markdown, {
    runUrl: context.runUrl,
    reportFile: inputs.reportFile,
    fallback: options.compactMarkdown
  })
  try {
    core.summary.emptyBuffer()
    core.summary.addRaw(summary.text, true)
    await core.summary.write()
    result.summary = { written: true, truncated: summary.truncated, bytes: summary.size }
  } catch (error) {
    warnings.push(`Could not write the job summary: ${(error as Error).message}`)
  } finally {
    try {
      core.summary.emptyBuffer()
    } catch {
      // nothing to do
    }
  }
  if (summary.truncated) warnings.push('The job summary was truncated to fit GitHub’s 1 MiB limit.')

  // 2. The sticky PR comment.
  const findings = allFindings(report)
  if (context.prNumber !== undefined && inputs.comment !== 'never') {
    if (!inputs.token && !options.client) {
      warnings.push('Could not write the PR comment: no `github-token` was given.')
    } else if (!context.owner || !context.repo) {
      warnings.push(
        'Could not write the PR comment: the repository is unknown (GITHUB_REPOSITORY is not set).'
      )
    } else {
      const client = options.client ?? createClient({ apiUrl: context.apiUrl, token: inputs.token ?? '' })
      const before = client.calls
      const comment = await upsertStickyComment({
        client,
        owner: context.owner,
        repo: context.repo,
        issueNumber: context.prNumber,
        token: inputs.token,
        tag: inputs.commentTag || defaultCommentTag(context.workflow, context.job, options.pathPrefix),
        body: options.commentMarkdown ?? options.markdown,
        fallback: options.compactMarkdown,
        mode: inputs.comment,
        failed: options.failed ?? report.verdict === 'fail',
        changed:
          options.changed ?? inputs.changed ?? findings.some(f => f.status === 'new' || f.status === 'fixed'),
        runUrl: context.runUrl
      })
      result.comment = comment
      result.apiCalls = client.calls - before
      if (comment.warning) warnings.push(comment.warning)
      else if (comment.action === 'created' || comment.action === 'updated')
        core.info(`PR comment ${comment.action}: ${comment.url ?? comment.commentId}`)
    }
  }

  // 3. Annotations.
  if (options.annotations !== false) {
    try {
      result.annotations = emitAnnotations(findings, core, { pathPrefix: options.pathPrefix })
    } catch (error) {
      warnings.push(`Could not write annotations: ${(error as Error).message}`)
    }
  }

  if (options.emitWarnings === true) for (const warning of warnings) core.warning(warning)
  return result
}
